import { Injectable } from '@nestjs/common';
import { LICENCE_COLLECTIONS, LicenceDocument } from '@era/projection-licences';
import { FieldCondition, ReadDocument } from '@era/read-store';
import { LicenceReads } from '../read-side/licence-reads';
import { LicenceSummary, licenceSummary } from '../read-side/licence-summary';
import { Reflecting } from '../read-side/reflecting';
import { ListLicencesQuery } from './list-licences.query';

/** A licence in the list: enough to pick it out, with how much of it still awaits the librarian's confirmation. */
export interface LicenceListItem extends LicenceSummary {
  versionCount: number;
  unconfirmedVersionCount: number;
  /** Stream revision: the ETag to send as If-Match. */
  revision: number;
}

export interface LicencePage extends Reflecting {
  items: LicenceListItem[];
  nextCursor?: string;
}

@Injectable()
export class ListLicencesHandler {
  constructor(private readonly licences: LicenceReads) {}

  async execute(query: ListLicencesQuery): Promise<LicencePage> {
    const { view, fresh } = await this.licences.snapshot(query.minPosition);
    const where: Record<string, FieldCondition> = {};
    if (query.status) where.status = query.status;
    if (query.lifecycle) where.lifecycle = query.lifecycle;
    if (query.type) where.type = query.type;
    if (query.licensor) where.licensor = query.licensor;
    const page = await view.find<LicenceDocument & ReadDocument>(LICENCE_COLLECTIONS.licences, {
      where,
      sort: { field: 'name', direction: 'asc' },
      limit: query.limit,
      cursor: query.cursor,
    });
    return { items: page.items.map(listItemOf), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}), position: view.position, fresh };
  }
}

function listItemOf(licence: LicenceDocument): LicenceListItem {
  return {
    ...licenceSummary(licence.id, licence),
    versionCount: licence.versions.length,
    // A withdrawn version can no longer be confirmed: it awaits nothing.
    unconfirmedVersionCount: licence.versions.filter((version) => version.confirmed === undefined && version.withdrawn === undefined).length,
    revision: licence.revision,
  };
}
