import { LicenceEvent } from './licence-events';
import { LicenceState } from './licence-state';

export type LicenceChangeKind =
  | 'drafted'
  | 'details-corrected'
  | 'status-recorded'
  | 'resources-linked'
  | 'resources-unlinked'
  | 'version-recorded'
  | 'version-corrected'
  | 'version-confirmed'
  | 'document-attached'
  | 'signature-recorded';

/**
 * One line of the audit trail: a field of the licence (or of a version, or one term) before and after an event.
 * `field` is e.g. "name", "status", "effectiveFrom", "confirmation", "document", or "term" with `termKey` set.
 */
export interface LicenceChange {
  kind: LicenceChangeKind;
  field: string;
  versionId?: string;
  termKey?: string;
  before: unknown;
  after: unknown;
}

/**
 * What an event changed, in human terms. For a new version each term's `before` is the value that was in force on
 * the version's effective-from date before it was recorded; for a correction it is the value recorded until then.
 */
export function describeLicenceChanges(_before: LicenceState, _event: LicenceEvent, _after: LicenceState): LicenceChange[] {
  throw new Error('not implemented');
}
