import { canonicalId } from '@era/decider';
import { LicenceRuleViolation } from './licence-rule-violation';
import { AttachedDocument, LicenceDetails, LicenceState, LicenceVersion } from './licence-state';

export type ExistingLicence = Extract<LicenceState, { exists: true }>;

export function requireLicence(state: LicenceState, licenceId: string): ExistingLicence {
  if (!state.exists) throw new LicenceRuleViolation('licence-not-found', `licence ${canonicalId(licenceId)} does not exist`);
  return state;
}

/** The version by id, whatever the case of a UUID. */
export function findVersion(licence: LicenceDetails, versionId: string): LicenceVersion | undefined {
  const wanted = canonicalId(versionId);
  return licence.versions.find((version) => canonicalId(version.versionId) === wanted);
}

export function requireVersion(licence: LicenceDetails, versionId: string): LicenceVersion {
  const version = findVersion(licence, versionId);
  if (!version) throw new LicenceRuleViolation('version-not-found', `licence ${licence.licenceId} has no version ${canonicalId(versionId)}`);
  return version;
}

/** A withdrawn version is frozen as it was withdrawn: `doing` says what was refused, e.g. "corrected". */
export function requireNotWithdrawn(version: LicenceVersion, doing: string): LicenceVersion {
  if (version.withdrawn) {
    const { actorId, recordedAt, reason } = version.withdrawn;
    throw new LicenceRuleViolation(
      'version-withdrawn',
      `version ${version.versionId} was withdrawn on ${recordedAt} by ${actorId} (${reason}) and cannot be ${doing}`,
    );
  }
  return version;
}

/** The version a command names, which must still be in effect (not withdrawn). */
export function requireOpenVersion(licence: LicenceDetails, versionId: string, doing: string): LicenceVersion {
  return requireNotWithdrawn(requireVersion(licence, versionId), doing);
}

/** The document as attached now: detached attachments of the same content stay listed but no longer count. */
export function attachedDocument(version: LicenceVersion, sha256: string): AttachedDocument | undefined {
  return version.documents.find((document) => document.sha256 === sha256 && document.detached === undefined);
}

/** Trimmed text, or undefined when absent or blank. */
export const optionalText = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export function requireText(value: unknown, what: string): string {
  const text = optionalText(value);
  if (text === undefined) throw new LicenceRuleViolation('field-required', `${what} must not be blank`);
  return text;
}

export function requireReason(value: unknown, what: string): string {
  const reason = optionalText(value);
  if (reason === undefined) throw new LicenceRuleViolation('reason-required', `${what} needs a reason`);
  return reason;
}

/** First occurrences, in the order given. */
export const distinct = (values: readonly string[]): string[] => [...new Set(values)];

/** What a request would record, or undefined when the rules refuse it: tells a retry from a different request. */
export function sentAs<T>(normalise: () => T): T | undefined {
  try {
    return normalise();
  } catch (error) {
    if (error instanceof LicenceRuleViolation) return undefined;
    throw error;
  }
}
