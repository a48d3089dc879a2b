import { RefusalKind, ruleViolationClass } from '@era/decider';

const KIND_OF_RULE = {
  'licence-not-found': 'not-found',
  'version-not-found': 'not-found',
  'term-not-found': 'not-found',
  /** A detachment names a document that was never attached to that version. */
  'document-not-found': 'not-found',
  /** The id of a drafted licence sent again with other details (the same details are a retry, and decide nothing). */
  'licence-already-drafted': 'conflict',
  'status-unchanged': 'conflict',
  'illegal-status-transition': 'conflict',
  'resource-already-linked': 'conflict',
  'resource-not-linked': 'conflict',
  /** The id of a recorded version sent again with another version (the same version is a retry). */
  'version-already-recorded': 'conflict',
  'version-already-confirmed': 'conflict',
  /** The key of a term sent again with another definition (the same definition is a retry). */
  'term-already-defined': 'conflict',
  'term-already-deprecated': 'conflict',
  'label-unchanged': 'conflict',
  /** A correction, confirmation, document, signature or detachment for a version that has been withdrawn. */
  'version-withdrawn': 'conflict',
  'version-already-withdrawn': 'conflict',
  /** The original withdrawn while amendments or renewals that rest on it are still in effect. */
  'original-has-dependants': 'conflict',
  'document-already-detached': 'conflict',
  'consortium-required': 'unprocessable',
  'consortium-not-applicable': 'unprocessable',
  'original-already-recorded': 'unprocessable',
  'original-required': 'unprocessable',
  'effective-dates-reversed': 'unprocessable',
  'invalid-calendar-date': 'unprocessable',
  'unknown-term': 'unprocessable',
  'deprecated-term': 'unprocessable',
  'invalid-term-value': 'unprocessable',
  /** A list of values for a term whose definition takes one value. */
  'term-takes-one-value': 'unprocessable',
  /** A term value left out without a note that says what the licence says. */
  'term-value-needs-note': 'unprocessable',
  'correction-changes-nothing': 'unprocessable',
  /** A vocabulary term whose key is not kebab-case of 2–60 characters, or whose label or value type is unusable. */
  'invalid-term-definition': 'unprocessable',
  /** A signature names a signed document that is not attached to that version. */
  'document-not-attached': 'unprocessable',
  /** "As directed by" names no staff member who directs licence work. */
  'unknown-director': 'unprocessable',
  /** Licence lists: a list that does not exist, a value it does not have, a key sent again with another definition. */
  'list-not-found': 'not-found',
  'list-value-not-found': 'not-found',
  'list-value-already-defined': 'conflict',
  'list-value-already-deprecated': 'conflict',
  /** A list value whose key is not kebab-case, whose label is blank or too long, or whose lifecycle or amendment effect is missing or misplaced. */
  'invalid-list-value': 'unprocessable',
  /** A licence names a type, status, role or contact role its list does not have (a director defines it first). */
  'unknown-list-value': 'unprocessable',
  /** A licence takes anew a list value that was deprecated. */
  'deprecated-list-value': 'unprocessable',
  /** A licence becomes active (or is drafted active) without an organisation in the licensor role. */
  'licensor-required': 'unprocessable',
  /** An organisation named twice, or one without a role. */
  'invalid-organisations': 'unprocessable',
  /** A description, alternate name, tag or contact over its limits, or a contact whose staff id is malformed. */
  'invalid-licence-details': 'unprocessable',
  'reason-required': 'invalid',
  /** A name, licensor, label, signatory, file name or resource list left blank. */
  'field-required': 'invalid',
  // Version dates, amendment status and document references (issue 15).
  /** An explicit end-date semantics without an end date. */
  'end-date-required': 'unprocessable',
  /** An end date on a version whose end-date semantics say it is open-ended. */
  'end-date-not-applicable': 'unprocessable',
  /** An amendment status given to an original or a renewal. */
  'amendment-status-not-applicable': 'unprocessable',
  /** A description, name, note, location or URL longer than its cap. */
  'text-too-long': 'invalid',
  /** A document reference with neither a URL nor a location, or a URL that is not an absolute http(s) URL. */
  'invalid-document-reference': 'invalid',
  /** The id of a document reference sent again with another reference (the same reference is a retry). */
  'document-reference-already-recorded': 'conflict',
  'document-reference-not-found': 'not-found',
  'document-reference-already-removed': 'conflict',
} as const satisfies Record<string, RefusalKind>;

export type LicenceRule = keyof typeof KIND_OF_RULE;

/** The rules licensing commands are held to, each with how its refusal reads to a caller. */
export const LICENCE_RULES = Object.keys(KIND_OF_RULE) as readonly LicenceRule[];

/** A licensing command the rules refuse. Nothing is appended when one is raised. */
export class LicenceRuleViolation extends ruleViolationClass('LicenceRuleViolation', KIND_OF_RULE) {}
