import { Injectable } from '@nestjs/common';
import { NO_STREAM_REVISION } from '@era/event-store';
import {
  defaultResourceTypes,
  RESOURCE_TYPE_VOCABULARY_STREAM,
  resourceTypeDecider,
  ResourceVocabularyKeys,
  SUBJECT_VOCABULARY_STREAM,
  subjectDecider,
  VocabularyTerms,
} from '@era/e-resources-domain';
import { CommandPath } from '@era/platform';

const usableKeys = (terms: VocabularyTerms) => new Set(Object.values(terms).flatMap((term) => (term.deprecated ? [] : [term.key])));

/**
 * The type and subject keys a resource may be given now, read from the vocabularies' own streams (not a projection,
 * so a term defined a moment ago is usable at once). The resource-type defaults count until the vocabulary is seeded.
 */
@Injectable()
export class ResourceVocabularyKeysReader {
  constructor(private readonly commands: CommandPath) {}

  async current(): Promise<ResourceVocabularyKeys> {
    const [types, subjects] = await Promise.all([
      this.commands.load(RESOURCE_TYPE_VOCABULARY_STREAM, resourceTypeDecider),
      this.commands.load(SUBJECT_VOCABULARY_STREAM, subjectDecider),
    ]);
    const typeTerms = types.revision === NO_STREAM_REVISION ? defaultResourceTypes.terms : types.state.terms;
    return { resourceTypes: usableKeys(typeTerms), subjects: usableKeys(subjects.state.terms) };
  }
}
