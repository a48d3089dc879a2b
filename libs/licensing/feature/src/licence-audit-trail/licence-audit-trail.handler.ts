import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { LICENCE_COLLECTIONS, LicenceChangeDocument } from '@era/projection-licences';
import { FieldCondition, ReadDocument } from '@era/read-store';
import { LicenceReads } from '../read-side/licence-reads';
import { Reflecting } from '../read-side/min-position';
import { LicenceAuditTrailQuery } from './licence-audit-trail.query';

export interface AuditTrailPage extends Reflecting {
  /** Changes in log order, each with who, role, on whose direction, when, why, before → after and a summary. */
  items: LicenceChangeDocument[];
  nextCursor?: string;
}

@QueryHandler(LicenceAuditTrailQuery)
export class LicenceAuditTrailHandler implements IQueryHandler<LicenceAuditTrailQuery, AuditTrailPage> {
  constructor(private readonly licences: LicenceReads) {}

  async execute({ filter, limit, cursor, minPosition, requireLicence }: LicenceAuditTrailQuery): Promise<AuditTrailPage> {
    const { view, fresh } = await this.licences.snapshot(minPosition);
    if (requireLicence && filter.licenceId !== undefined) await this.licences.licence(view, filter.licenceId);
    const where: Record<string, FieldCondition> = {};
    if (filter.licenceId !== undefined) where.licenceId = filter.licenceId;
    if (filter.actor !== undefined) where.actorId = filter.actor;
    if (filter.termKey !== undefined) where.termKey = filter.termKey;
    if (filter.from !== undefined || filter.to !== undefined) {
      where.recordedAt = {
        ...(filter.from !== undefined ? { gte: filter.from } : {}),
        ...(filter.to !== undefined ? { [filter.to.inclusive ? 'lte' : 'lt']: filter.to.instant } : {}),
      };
    }
    // Ids are `<position>-<index>`, zero-padded: sorting by id is log order.
    const page = await view.find<LicenceChangeDocument & ReadDocument & { _position?: number }>(LICENCE_COLLECTIONS.changes, { where, limit, cursor });
    const items = page.items.map(({ _position, ...change }) => change as LicenceChangeDocument);
    return { items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}), position: view.position, fresh };
  }
}
