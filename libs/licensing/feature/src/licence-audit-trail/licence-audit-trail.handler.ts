import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { LICENCE_COLLECTIONS, LicenceChangeDocument, LicenceChangeTermDocument } from '@era/projection-licences';
import { FieldCondition, ReadDocument } from '@era/read-store';
import { LicenceReads } from '../read-side/licence-reads';
import { Reflecting } from '../read-side/reflecting';
import { LicenceAuditTrailQuery } from './licence-audit-trail.query';

export interface AuditTrailPage extends Reflecting {
  /** Changes in log order, each with who, role, on whose direction, when, why, before → after and a summary. */
  items: LicenceChangeDocument[];
  nextCursor?: string;
}

/** The read store's own bookkeeping (the position each document was written at) is no part of the answer. */
const withoutInternals = ({ _position, ...change }: LicenceChangeDocument & ReadDocument & { _position?: number }) => change as LicenceChangeDocument;

@Injectable()
export class LicenceAuditTrailHandler {
  constructor(private readonly licences: LicenceReads) {}

  async execute({ filter: asked, limit, cursor, minPosition, requireLicence }: LicenceAuditTrailQuery): Promise<AuditTrailPage> {
    const filter = { ...asked, ...(asked.licenceId !== undefined ? { licenceId: canonicalId(asked.licenceId) } : {}) };
    const { view, fresh } = await this.licences.snapshot(minPosition);
    if (requireLicence && filter.licenceId !== undefined) await this.licences.licence(view, filter.licenceId);
    const where: Record<string, FieldCondition> = {};
    if (filter.licenceId !== undefined) where.licenceId = filter.licenceId;
    if (filter.actor !== undefined) where.actorId = filter.actor;
    if (filter.from !== undefined || filter.to !== undefined) {
      where.recordedAt = {
        ...(filter.from !== undefined ? { gte: filter.from } : {}),
        ...(filter.to !== undefined ? { [filter.to.inclusive ? 'lte' : 'lt']: filter.to.instant } : {}),
      };
    }
    // Ids are `<position>-<index>`, zero-padded: sorting by id is log order.
    if (filter.termKey === undefined) {
      const page = await view.find<LicenceChangeDocument & ReadDocument>(LICENCE_COLLECTIONS.changes, { where, limit, cursor });
      return { items: page.items.map(withoutInternals), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}), position: view.position, fresh };
    }
    // A term's trail includes the changes to the versions that state it (their dates, kind, confirmation, withdrawal).
    const concerned = await view.find<LicenceChangeTermDocument & ReadDocument>(LICENCE_COLLECTIONS.changeTerms, {
      where: { ...where, termKey: filter.termKey },
      limit,
      cursor,
    });
    const changes = await view.getMany<LicenceChangeDocument & ReadDocument>(
      LICENCE_COLLECTIONS.changes,
      concerned.items.map((item) => item.changeId),
    );
    const items = concerned.items.flatMap((item) => {
      const change = changes.get(item.changeId);
      return change ? [withoutInternals(change)] : [];
    });
    return { items, ...(concerned.nextCursor ? { nextCursor: concerned.nextCursor } : {}), position: view.position, fresh };
  }
}
