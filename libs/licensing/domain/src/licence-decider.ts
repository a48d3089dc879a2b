import { Decider, Folded } from '@era/decider';
import { LicenceCommand } from './commands';
import {
  decideCorrectLicenceDetails,
  decideCorrectStatus,
  decideDraftLicence,
  decideLinkResources,
  decideRecordStatus,
  decideUnlinkResources,
} from './licence';
import { decideAttachDocument, decideDetachDocument, decideRecordSignature, decideReferenceDocument, decideRemoveDocumentReference } from './licence-documents';
import { LicenceEvent } from './licence-events';
import { evolveLicence } from './licence-evolution';
import { initialLicence, LicenceState } from './licence-state';
import { decideConfirmVersion, decideCorrectVersion, decideRecordVersion, decideWithdrawVersion } from './licence-versions';
import { LicensingContext } from './licensing-context';
import { licenceProvenance } from './provenance';

function decide(command: LicenceCommand, state: LicenceState, context: LicensingContext): LicenceEvent[] {
  switch (command.type) {
    case 'DraftLicence':
      return decideDraftLicence(command, state, context);
    case 'CorrectLicenceDetails':
      return decideCorrectLicenceDetails(command, state, context);
    case 'RecordLicenceStatus':
      return decideRecordStatus(command, state, context);
    case 'CorrectLicenceStatus':
      return decideCorrectStatus(command, state, context);
    case 'LinkResources':
      return decideLinkResources(command, state);
    case 'UnlinkResources':
      return decideUnlinkResources(command, state);
    case 'RecordVersion':
      return decideRecordVersion(command, state, context);
    case 'CorrectVersion':
      return decideCorrectVersion(command, state, context);
    case 'ConfirmVersion':
      return decideConfirmVersion(command, state);
    case 'WithdrawVersion':
      return decideWithdrawVersion(command, state);
    case 'AttachDocument':
      return decideAttachDocument(command, state, context);
    case 'DetachDocument':
      return decideDetachDocument(command, state);
    case 'ReferenceDocument':
      return decideReferenceDocument(command, state, context);
    case 'RemoveDocumentReference':
      return decideRemoveDocumentReference(command, state);
    case 'RecordSignature':
      return decideRecordSignature(command, state);
  }
}

/** Each event folds in with who recorded it and when (its metadata) and on whose direction (its data). */
const evolve = (state: LicenceState, event: Folded<LicenceEvent>): LicenceState => evolveLicence(state, event, licenceProvenance(event.data, event.metadata));

/** One licence's stream: its details, status, resources, and versions with their documents and signatures. */
export const licenceDecider: Decider<LicenceCommand, LicenceState, LicenceEvent, LicensingContext> = { initialState: initialLicence, decide, evolve };
