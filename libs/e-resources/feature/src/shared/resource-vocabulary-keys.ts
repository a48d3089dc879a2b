import { Injectable } from '@nestjs/common';
import { ResourceVocabularyKeys, SUBJECT_VOCABULARY_STREAM, subjectDecider, VocabularyTerms } from '@era/e-resources-domain';
import { CommandPath } from '@era/platform';
import { ResourceTypeSeeder } from '../register-shared/resource-type-seeder';

const usableKeys = (terms: VocabularyTerms) => new Set(Object.values(terms).flatMap((term) => (term.deprecated ? [] : [term.key])));

/**
 * The type and subject keys a resource may be given now, read from the vocabularies' own streams (not a projection,
 * so a term defined a moment ago is usable at once). The resource-type defaults count until the vocabulary is seeded.
 */
@Injectable()
export class ResourceVocabularyKeysReader {
  constructor(
    private readonly commands: CommandPath,
    private readonly resourceTypes: ResourceTypeSeeder,
  ) {}

  async current(): Promise<ResourceVocabularyKeys> {
    const [types, subjects] = await Promise.all([this.resourceTypes.current(), this.commands.load(SUBJECT_VOCABULARY_STREAM, subjectDecider)]);
    return { resourceTypes: usableKeys(types.state.terms), subjects: usableKeys(subjects.state.terms) };
  }
}
