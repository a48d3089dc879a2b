import {
  evolveLicence,
  evolveVocabulary,
  initialLicence,
  initialVocabulary,
  LicenceEvent,
  LicenceState,
  VocabularyEvent,
  VocabularyState,
} from '@era/licensing-domain';
import { StreamModel } from '@era/platform';
import { licenceProvenance } from '@era/projection-licences';

/** A licence stream folded into its state, each event with who recorded it, when, and on whose direction. */
export const licenceModel: StreamModel<LicenceState, LicenceEvent> = {
  initial: initialLicence,
  evolve: (state, event) => evolveLicence(state, event, licenceProvenance(event.data, event.metadata)),
};

export const vocabularyModel: StreamModel<VocabularyState, VocabularyEvent> = {
  initial: initialVocabulary,
  evolve: (state, event) => evolveVocabulary(state, event),
};
