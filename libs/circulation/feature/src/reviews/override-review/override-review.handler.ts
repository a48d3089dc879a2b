import { Inject, Injectable } from '@nestjs/common';
import { EventLoopTurns } from '@era/event-store';
import { DomainRefusal, READ_STORE, ReadYourWrites } from '@era/platform';
import { CIRCULATION_OVERRIDES, OVERRIDE_LIST, OverrideListing } from '@era/projection-circulation-overrides';
import { liveView, ProjectionView } from '@era/projection-engine';
import { FieldCondition, ReadDocument, ReadStore } from '@era/read-store';
import { OverrideReviewFilter, OverrideReviewQuery } from './override-review.query';

export interface OverrideTotals {
  overrides: number;
  /** Per staff member, most overrides first. */
  byStaff: { staffId: string; overrides: number }[];
  /** Per block type, most overrides first. */
  byBlockType: { blockType: string; overrides: number }[];
}

export interface OverrideReviewPage {
  /** Newest first. */
  overrides: OverrideListing[];
  nextCursor?: string;
  /** Over every override that matches the filter, not only this page. */
  totals: OverrideTotals;
  /** Global position of the last event the answer reflects. */
  position: number;
  /** False when the projection did not reach the asked-for position in time. */
  fresh: boolean;
}

/** Most rows one CSV export holds: a year of a busy library's overrides, far below what a spreadsheet opens. */
export const MAX_OVERRIDE_EXPORT = 100_000;

const NEWEST_FIRST = { field: 'grantedAt', direction: 'desc' } as const;

/** The read store's own bookkeeping (the position each document was written at) is no part of the answer. */
const withoutInternals = ({ _position, ...listing }: OverrideListing & ReadDocument & { _position?: number }): OverrideListing => listing as OverrideListing;

function whereOf(filter: OverrideReviewFilter): Record<string, FieldCondition> {
  const where: Record<string, FieldCondition> = {};
  if (filter.staff !== undefined) where.staffId = filter.staff;
  if (filter.blockType !== undefined) where.blockType = filter.blockType;
  if (filter.desk !== undefined) where.desk = filter.desk;
  if (filter.from !== undefined || filter.to !== undefined) {
    where.grantedAt = {
      ...(filter.from !== undefined ? { gte: filter.from } : {}),
      ...(filter.to !== undefined ? { [filter.to.inclusive ? 'lte' : 'lt']: filter.to.instant } : {}),
    };
  }
  return where;
}

const ranked = <K extends string>(counts: Map<string, number>, key: K) =>
  [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([name, overrides]) => ({ [key]: name, overrides }) as Record<K, string> & { overrides: number });

@Injectable()
export class OverrideReviewHandler {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  /** One page of the overrides that match, with the totals over all of them. */
  async page({ filter, limit, cursor, minPosition }: OverrideReviewQuery): Promise<OverrideReviewPage> {
    const fresh = await this.freshness.atLeast(CIRCULATION_OVERRIDES, minPosition);
    const view = await liveView(this.reads, CIRCULATION_OVERRIDES);
    const where = whereOf(filter);
    const page = await view.find<OverrideListing & ReadDocument>(OVERRIDE_LIST, { where, sort: NEWEST_FIRST, limit, cursor });
    return {
      overrides: page.items.map(withoutInternals),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
      totals: await totalsOf(view, where),
      position: view.position,
      fresh,
    };
  }

  /** Every override that matches, newest first, for the CSV export; refused past MAX_OVERRIDE_EXPORT. */
  async all({ filter, minPosition }: OverrideReviewQuery): Promise<{ overrides: OverrideListing[]; position: number }> {
    await this.freshness.atLeast(CIRCULATION_OVERRIDES, minPosition);
    const view = await liveView(this.reads, CIRCULATION_OVERRIDES);
    const overrides: OverrideListing[] = [];
    const turns = new EventLoopTurns();
    for await (const listing of view.findAll<OverrideListing & ReadDocument>(OVERRIDE_LIST, { where: whereOf(filter), sort: NEWEST_FIRST })) {
      if (turns.due()) await turns.give();
      if (overrides.length >= MAX_OVERRIDE_EXPORT) {
        throw new DomainRefusal(422, 'export-too-large', `more than ${MAX_OVERRIDE_EXPORT} overrides match: ask for a shorter period or fewer of them`);
      }
      overrides.push(withoutInternals(listing));
    }
    return { overrides, position: view.position };
  }
}

async function totalsOf(view: ProjectionView, where: Record<string, FieldCondition>): Promise<OverrideTotals> {
  const byStaff = new Map<string, number>();
  const byBlockType = new Map<string, number>();
  let overrides = 0;
  const turns = new EventLoopTurns();
  for await (const listing of view.findAll<OverrideListing & ReadDocument>(OVERRIDE_LIST, { where })) {
    if (turns.due()) await turns.give();
    overrides += 1;
    byStaff.set(listing.staffId, (byStaff.get(listing.staffId) ?? 0) + 1);
    byBlockType.set(listing.blockType, (byBlockType.get(listing.blockType) ?? 0) + 1);
  }
  return { overrides, byStaff: ranked(byStaff, 'staffId'), byBlockType: ranked(byBlockType, 'blockType') };
}
