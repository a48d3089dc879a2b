import { InvalidQueryError } from './errors';
import { CollectionDefinition, FindQuery } from './read-store.port';
import { queryWords } from './text-search';

export const MAX_PAGE_SIZE = 10_000;

/** The same query rules on every adapter: only declared indexes and text fields, a bounded page size and text. */
export function assertQueryUsesIndexes(definition: CollectionDefinition | undefined, name: string, query: FindQuery): void {
  if (!definition) throw new InvalidQueryError(`collection ${name} has not been defined`);
  const allowed = new Set(['id', ...definition.indexes]);
  for (const field of [...Object.keys(query.where ?? {}), ...(query.sort ? [query.sort.field] : [])]) {
    if (!allowed.has(field)) throw new InvalidQueryError(`field ${field} is not indexed in collection ${name}`);
  }
  if (query.limit !== undefined && (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > MAX_PAGE_SIZE)) {
    throw new InvalidQueryError(`limit must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  if (query.text !== undefined) {
    if (!definition.textFields?.length) throw new InvalidQueryError(`collection ${name} has no text fields to search`);
    queryWords(query.text);
  }
}
