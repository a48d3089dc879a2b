export type LicenceRule =
  | 'licence-not-found'
  | 'licence-already-drafted'
  | 'consortium-required'
  | 'consortium-not-applicable'
  | 'status-unchanged'
  | 'illegal-status-transition'
  | 'resource-already-linked'
  | 'resource-not-linked'
  | 'version-not-found'
  | 'version-already-recorded'
  | 'original-already-recorded'
  | 'original-required'
  | 'effective-dates-reversed'
  | 'invalid-calendar-date'
  | 'unknown-term'
  | 'deprecated-term'
  | 'invalid-term-value'
  | 'reason-required'
  | 'correction-changes-nothing'
  | 'version-already-confirmed'
  | 'document-already-attached'
  | 'term-already-defined'
  | 'term-not-found'
  | 'term-already-deprecated'
  | 'label-unchanged'
  /** A name, licensor, label, signatory, file name or resource list left blank. */
  | 'field-required'
  /** A vocabulary term whose key is not kebab-case of 2–60 characters, or whose label or value type is unusable. */
  | 'invalid-term-definition'
  /** A signature names a signed document that is not attached to that version. */
  | 'document-not-attached'
  /** A correction, confirmation, document, signature or detachment for a version that has been withdrawn. */
  | 'version-withdrawn'
  | 'version-already-withdrawn'
  /** The original withdrawn while amendments or renewals that rest on it are still in effect. */
  | 'original-has-dependants'
  /** A detachment names a document that was never attached to that version. */
  | 'document-not-found'
  | 'document-already-detached';

/** A licensing command the rules refuse. Nothing is appended when one is raised. */
export class LicenceRuleViolation extends Error {
  override readonly name = 'LicenceRuleViolation';
  constructor(
    readonly rule: LicenceRule,
    message: string,
  ) {
    super(message);
  }
}
