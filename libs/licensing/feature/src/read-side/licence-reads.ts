import { Inject, Injectable } from '@nestjs/common';
import { defaultLicenceLists, initialLicenceLists, LicenceListsState, VocabularyTerm } from '@era/licensing-domain';
import { liveView, ProjectionView } from '@era/projection-engine';
import { LICENCE_COLLECTIONS, LICENCES_PROJECTION, LicenceDocument, ListValueDocument, listValueOf, TermDocument, termOf } from '@era/projection-licences';
import { ReadDocument, ReadStore } from '@era/read-store';
import { DomainRefusal, READ_STORE, ReadYourWrites } from '@era/platform';

/** The licences read model as a query sees it, once it reflects the position the client asked for. */
export interface LicencesSnapshot {
  view: ProjectionView;
  /** False when the projection did not reach the asked-for position in time (the answer may miss a recent write). */
  fresh: boolean;
}

export type Vocabulary = ReadonlyMap<string, VocabularyTerm>;

/** What every query on the licences projection shares: read-your-writes, the vocabulary, a licence or 404. */
@Injectable()
export class LicenceReads {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async snapshot(minPosition: number | undefined): Promise<LicencesSnapshot> {
    const fresh = await this.freshness.atLeast(LICENCES_PROJECTION, minPosition);
    return { view: await liveView(this.reads, LICENCES_PROJECTION), fresh };
  }

  async vocabulary(view: ProjectionView): Promise<Vocabulary> {
    const terms = new Map<string, VocabularyTerm>();
    for await (const document of view.findAll<TermDocument & ReadDocument>(LICENCE_COLLECTIONS.terms)) terms.set(document.id, termOf(document));
    return terms;
  }

  /** The licence lists as the read model holds them; their defaults (seeded: false) until the first write seeds them. */
  async lists(view: ProjectionView): Promise<LicenceListsState> {
    let lists = initialLicenceLists.lists;
    let seeded = false;
    for await (const document of view.findAll<ListValueDocument & ReadDocument>(LICENCE_COLLECTIONS.lists)) {
      seeded = true;
      lists = { ...lists, [document.list]: { ...lists[document.list], [document.key]: listValueOf(document) } };
    }
    return seeded ? { seeded, lists } : { ...defaultLicenceLists, seeded: false };
  }

  async licence(view: ProjectionView, licenceId: string): Promise<LicenceDocument> {
    const document = await view.get<LicenceDocument & ReadDocument>(LICENCE_COLLECTIONS.licences, licenceId);
    if (!document) throw licenceNotFound(licenceId);
    return document;
  }
}

export const licenceNotFound = (licenceId: string) => new DomainRefusal(404, 'licence-not-found', `licence ${licenceId} does not exist`);
