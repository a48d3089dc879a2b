import { Inject, Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { READ_STORE, ReadYourWrites } from '@era/platform';
import { E_RESOURCE_AUDIT_COLLECTIONS, E_RESOURCE_AUDIT_TRAIL, EResourceChangeDocument } from '@era/projection-e-resource-audit-trail';
import { liveView } from '@era/projection-engine';
import { FieldCondition, ReadDocument, ReadStore } from '@era/read-store';
import { EResourceAuditTrailQuery } from './e-resource-audit-trail.query';

export interface EResourceAuditTrailPage {
  /** Changes in log order, each with who, role, when, why, field, before → after and the event's position. */
  items: EResourceChangeDocument[];
  nextCursor?: string;
  /** Global position of the last event the answer reflects. */
  position: number;
  /** False when the projection did not reach the asked-for position in time. */
  fresh: boolean;
}

/** The read store's own bookkeeping (the position each document was written at) is no part of the answer. */
const withoutInternals = ({ _position, ...change }: EResourceChangeDocument & ReadDocument & { _position?: number }): EResourceChangeDocument => change;

@Injectable()
export class EResourceAuditTrailHandler {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async execute({ filter, limit, cursor, minPosition }: EResourceAuditTrailQuery): Promise<EResourceAuditTrailPage> {
    const fresh = await this.freshness.atLeast(E_RESOURCE_AUDIT_TRAIL, minPosition);
    const view = await liveView(this.reads, E_RESOURCE_AUDIT_TRAIL);
    const where: Record<string, FieldCondition> = {};
    if (filter.resourceId !== undefined) where.resourceId = canonicalId(filter.resourceId);
    if (filter.actorId !== undefined) where.actorId = filter.actorId;
    if (filter.field !== undefined) where.field = filter.field;
    if (filter.from !== undefined || filter.to !== undefined) {
      where.recordedAt = {
        ...(filter.from !== undefined ? { gte: filter.from } : {}),
        ...(filter.to !== undefined ? { [filter.to.inclusive ? 'lte' : 'lt']: filter.to.instant } : {}),
      };
    }
    // Ids are `<position>-<index>`, zero-padded: sorting by id is log order.
    const page = await view.find<EResourceChangeDocument & ReadDocument>(E_RESOURCE_AUDIT_COLLECTIONS.changes, { where, limit, cursor });
    return { items: page.items.map(withoutInternals), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}), position: view.position, fresh };
  }
}
