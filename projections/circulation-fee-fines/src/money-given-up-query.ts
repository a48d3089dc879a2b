import { Money, money } from '@era/circulation-domain';
import { ProjectionView } from '@era/projection-engine';
import { FieldCondition } from '@era/read-store';
import { FEE_FINE_COLLECTIONS, GivenUpDocument, GivenUpKind } from './documents';

/** Who gave up what, where and when: every filter optional; `from` inclusive, `to` exclusive (ISO instants). */
export interface MoneyGivenUpFilter {
  staffId?: string;
  servicePointId?: string;
  kind?: GivenUpKind;
  from?: string;
  to?: string;
}

export interface GivenUpTotal {
  count: number;
  amount: Money;
}

export interface MoneyGivenUpReport {
  entries: Omit<GivenUpDocument, 'id'>[];
  /** Per staff member and currency, then per kind and currency. */
  totals: { byStaff: (GivenUpTotal & { staffId: string; roles: string[] })[]; byKind: (GivenUpTotal & { kind: GivenUpKind })[] };
}

/** A review longer than this is refused: narrow it by period, desk, staff member or kind. */
export const MAX_GIVEN_UP_ENTRIES = 20_000;

export class TooManyGivenUpEntriesError extends Error {
  override readonly name = 'TooManyGivenUpEntriesError';
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function totalBy<K extends string>(entries: readonly Omit<GivenUpDocument, 'id'>[], keyOf: (entry: Omit<GivenUpDocument, 'id'>) => K) {
  const totals = new Map<string, { key: K; currency: string; count: number; minor: number; roles: Set<string> }>();
  for (const entry of entries) {
    const key = keyOf(entry);
    const id = JSON.stringify([key, entry.amount.currency]);
    const total = totals.get(id) ?? { key, currency: entry.amount.currency, count: 0, minor: 0, roles: new Set<string>() };
    total.count += 1;
    total.minor += entry.amount.minor;
    total.roles.add(entry.staffRole);
    totals.set(id, total);
  }
  return [...totals.values()].sort((a, b) => compare(a.key, b.key) || compare(a.currency, b.currency));
}

/** Every waiver, refund, transfer and cancellation matching, oldest first, with totals per staff member and per kind. */
export async function moneyGivenUpOf(view: ProjectionView, filter: MoneyGivenUpFilter): Promise<MoneyGivenUpReport> {
  const actedAt: Exclude<FieldCondition, null | string | number | boolean> = {
    ...(filter.from !== undefined && { gte: filter.from }),
    ...(filter.to !== undefined && { lt: filter.to }),
  };
  const where: Record<string, FieldCondition> = {
    ...(Object.keys(actedAt).length > 0 && { actedAt }),
    ...(filter.staffId !== undefined && { staffId: filter.staffId }),
    ...(filter.servicePointId !== undefined && { servicePointId: filter.servicePointId }),
    ...(filter.kind !== undefined && { kind: filter.kind }),
  };
  const entries: Omit<GivenUpDocument, 'id'>[] = [];
  for await (const document of view.findAll<GivenUpDocument>(FEE_FINE_COLLECTIONS.givenUp, { where, sort: { field: 'actedAt' } })) {
    if (entries.length === MAX_GIVEN_UP_ENTRIES) throw new TooManyGivenUpEntriesError(`more than ${MAX_GIVEN_UP_ENTRIES} entries match`);
    const { id: _id, _position, ...entry } = document as GivenUpDocument & { _position?: number };
    entries.push(entry);
  }
  return {
    entries,
    totals: {
      byStaff: totalBy(entries, (entry) => entry.staffId).map(({ key, currency, count, minor, roles }) => ({
        staffId: key,
        roles: [...roles].sort(compare),
        count,
        amount: money(minor, currency),
      })),
      byKind: totalBy(entries, (entry) => entry.kind).map(({ key, currency, count, minor }) => ({ kind: key, count, amount: money(minor, currency) })),
    },
  };
}
