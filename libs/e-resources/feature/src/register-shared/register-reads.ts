import { Inject, Injectable } from '@nestjs/common';
import { liveView, ProjectionView } from '@era/projection-engine';
import {
  E_RESOURCE_REGISTER_PROJECTION,
  OrganisationDocument,
  organisationNames,
  PlatformDocument,
  REGISTER_COLLECTIONS,
  vocabularyLabels,
  VocabularyLabels,
} from '@era/projection-e-resource-register';
import { ReadDocument, ReadStore } from '@era/read-store';
import { DomainRefusal, READ_STORE, ReadYourWrites } from '@era/platform';

/** What a register answer reflects, for the X-Projection-Position header. */
export interface Reflecting {
  position: number;
  /** False when the projection did not reach the asked-for position in time. */
  fresh: boolean;
}

/** The register's read model as a query sees it, once it reflects the position the client asked for; an entry or 404. */
@Injectable()
export class RegisterReads {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async snapshot(minPosition: number | undefined): Promise<{ view: ProjectionView; fresh: boolean }> {
    const fresh = await this.freshness.atLeast(E_RESOURCE_REGISTER_PROJECTION, minPosition);
    return { view: await liveView(this.reads, E_RESOURCE_REGISTER_PROJECTION), fresh };
  }

  async organisation(view: ProjectionView, id: string): Promise<OrganisationDocument> {
    const document = await view.get<OrganisationDocument & ReadDocument>(REGISTER_COLLECTIONS.organisations, id);
    if (!document) throw new DomainRefusal(404, 'organisation-not-found', `organisation ${id} is not in the register`);
    return document;
  }

  async platform(view: ProjectionView, id: string): Promise<PlatformDocument> {
    const document = await view.get<PlatformDocument & ReadDocument>(REGISTER_COLLECTIONS.platforms, id);
    if (!document) throw new DomainRefusal(404, 'platform-not-found', `platform ${id} is not in the register`);
    return document;
  }
}

/**
 * Labels for other slices (the A-Z list and its facets): each vocabulary's labels by key, and organisation names by id,
 * from the register's read model as it stands.
 */
@Injectable()
export class RegisterLabels {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async vocabularyLabels(): Promise<VocabularyLabels> {
    return vocabularyLabels(await liveView(this.reads, E_RESOURCE_REGISTER_PROJECTION));
  }

  /** Every organisation's name, or those of the ids given. */
  async organisationNames(ids?: readonly string[]): Promise<Map<string, string>> {
    return organisationNames(await liveView(this.reads, E_RESOURCE_REGISTER_PROJECTION), ids);
  }
}
