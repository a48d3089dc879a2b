import {
  LicenceDetailsCorrected,
  LicenceDocumentAttached,
  LicenceDrafted,
  LicenceEvent,
  LicenceSignatureRecorded,
  LicenceStatus,
  LicenceVersionCorrected,
  LicenceVersionRecorded,
} from './licence-events';
import { LicenceState, Provenance } from './licence-state';
import { VocabularyState } from './vocabulary';

/** Which status may follow which; anything else is refused as an illegal transition. */
export const STATUS_TRANSITIONS: Readonly<Record<LicenceStatus, readonly LicenceStatus[]>> = {
  'in-negotiation': ['not-yet-active', 'active', 'rejected'],
  'not-yet-active': ['active', 'terminated'],
  active: ['expired', 'terminated'],
  expired: ['active'],
  rejected: ['in-negotiation'],
  terminated: [],
};

/** `provenance` comes from the event's metadata (and `directedBy` from its data). */
export function evolveLicence(_state: LicenceState, _event: LicenceEvent, _provenance: Provenance): LicenceState {
  throw new Error('not implemented');
}

export function decideDraftLicence(_state: LicenceState, _command: LicenceDrafted): LicenceEvent[] {
  throw new Error('not implemented');
}

export function decideCorrectLicenceDetails(_state: LicenceState, _command: LicenceDetailsCorrected): LicenceEvent[] {
  throw new Error('not implemented');
}

export function decideRecordStatus(_state: LicenceState, _command: { licenceId: string; to: LicenceStatus; reason?: string }): LicenceEvent[] {
  throw new Error('not implemented');
}

export function decideLinkResources(_state: LicenceState, _command: { licenceId: string; resourceIds: string[] }): LicenceEvent[] {
  throw new Error('not implemented');
}

export function decideUnlinkResources(_state: LicenceState, _command: { licenceId: string; resourceIds: string[]; reason?: string }): LicenceEvent[] {
  throw new Error('not implemented');
}

export function decideRecordVersion(_state: LicenceState, _command: LicenceVersionRecorded, _vocabulary: VocabularyState): LicenceEvent[] {
  throw new Error('not implemented');
}

export function decideCorrectVersion(_state: LicenceState, _command: LicenceVersionCorrected, _vocabulary: VocabularyState): LicenceEvent[] {
  throw new Error('not implemented');
}

export function decideConfirmVersion(_state: LicenceState, _command: { licenceId: string; versionId: string; note?: string }): LicenceEvent[] {
  throw new Error('not implemented');
}

/** The same document attached again to the same version decides nothing (a retried upload). */
export function decideAttachDocument(_state: LicenceState, _command: LicenceDocumentAttached): LicenceEvent[] {
  throw new Error('not implemented');
}

export function decideRecordSignature(_state: LicenceState, _command: LicenceSignatureRecorded): LicenceEvent[] {
  throw new Error('not implemented');
}
