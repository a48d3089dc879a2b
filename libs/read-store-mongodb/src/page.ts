import { encodeCursor, Page, ReadDocument, Scalar } from '@era/read-store';
import { FindPlan } from './mongo-query';

/** A page from the `fetchLimit` documents read: the extra one, if there, only says that a next page exists. */
export function toPage<T extends ReadDocument>(fetched: readonly T[], plan: Pick<FindPlan, 'limit' | 'sortField'>): Page<T> {
  if (fetched.length <= plan.limit) return { items: [...fetched] };
  const items = fetched.slice(0, plan.limit);
  const last = items[items.length - 1];
  // A missing sort field sorts as null in Mongo, so the cursor carries null for it.
  const value = plan.sortField === 'id' ? last.id : ((last[plan.sortField] ?? null) as Scalar);
  return { items, nextCursor: encodeCursor({ value, id: last.id }) };
}
