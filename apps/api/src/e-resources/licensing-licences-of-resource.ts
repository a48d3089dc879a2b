import { Inject, Injectable } from '@nestjs/common';
import { LocalCalendar } from '@era/calendar';
import { LicenceOfResource, LicencesOfResource } from '@era/e-resources';
import { permittedUses, VocabularyTerm } from '@era/licensing-domain';
import { liveView, ProjectionView } from '@era/projection-engine';
import {
  LICENCE_COLLECTIONS,
  LICENCES_PROJECTION,
  LicenceDocument,
  licenceDetailsOf,
  ResourceLicencesDocument,
  TermDocument,
  termOf,
} from '@era/projection-licences';
import { ReadDocument, ReadStore } from '@era/read-store';
import { APP_CONFIG, AppConfig, READ_STORE } from '@era/platform';

/**
 * e-resources' LicencesOfResource over licensing's read model: the licences that name the resource, and for each the
 * terms in force today (in the library's zone) when the licence applies (active, and an original or renewal covers
 * today), with their labels and public notes. Internal notes never leave.
 */
@Injectable()
export class LicensingLicencesOfResource implements LicencesOfResource {
  private vocabulary?: { position: number; terms: ReadonlyMap<string, VocabularyTerm> };

  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async licencesOf(resourceId: string): Promise<LicenceOfResource[]> {
    const view = await liveView(this.reads, LICENCES_PROJECTION);
    const governing = await view.get<ResourceLicencesDocument & ReadDocument>(LICENCE_COLLECTIONS.resourceLicences, resourceId);
    if (!governing || governing.licenceIds.length === 0) return [];
    const vocabulary = await this.vocabularyOf(view);
    const today = new LocalCalendar(this.config.timeZone).today();
    const documents = await view.getMany<LicenceDocument & ReadDocument>(LICENCE_COLLECTIONS.licences, governing.licenceIds);
    return governing.licenceIds.flatMap((licenceId) => {
      const document = documents.get(licenceId);
      if (!document) return [];
      const answer = permittedUses({ licences: [licenceDetailsOf(document)], vocabulary, effectiveOn: today });
      const uses = answer.licences
        .filter((use) => use.applies && use.term !== null && use.value !== null)
        .map((use) => ({
          use: use.term?.key ?? '',
          label: use.term?.label,
          value: use.value,
          ...(use.publicNote !== undefined ? { publicNote: use.publicNote } : {}),
        }));
      return [{ licenceId, name: document.name, status: document.status, permittedUses: uses }];
    });
  }

  /** The term vocabulary, read once per position of the read model (the A-Z list asks for one resource after another). */
  private async vocabularyOf(view: ProjectionView): Promise<ReadonlyMap<string, VocabularyTerm>> {
    if (this.vocabulary?.position === view.position) return this.vocabulary.terms;
    const terms = new Map<string, VocabularyTerm>();
    for await (const term of view.findAll<TermDocument & ReadDocument>(LICENCE_COLLECTIONS.terms)) terms.set(term.id, termOf(term));
    this.vocabulary = { position: view.position, terms };
    return terms;
  }
}
