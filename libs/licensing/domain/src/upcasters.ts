import { Upcaster } from '@era/decider';
import { LicenceEvent } from './licence-events';
import { VocabularyEvent } from './vocabulary-events';

/** Old stored shapes of the licences' and the term vocabulary's events, read as current ones. None yet. */
export const LICENSING_UPCASTERS: readonly Upcaster<LicenceEvent['type'] | VocabularyEvent['type']>[] = [];
