import { Document } from 'mongodb';

/**
 * For unit tests only: MongoDB's documented matching and sorting, for just the operators this adapter generates
 * and JSON scalars (plus `$regex` on strings and arrays of strings), so cursor pages can be walked without a server. Cross-type order: null/missing < numbers <
 * strings < booleans; range operators only match values of their own type (type bracketing).
 */
const rank = (value: unknown): number => (value === null || value === undefined ? 0 : typeof value === 'number' ? 1 : typeof value === 'string' ? 2 : 3);

export function compareValues(a: unknown, b: unknown): number {
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (rank(a) === 0) return 0;
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

const typeName = (value: unknown): string | undefined =>
  value === undefined ? undefined : value === null ? 'null' : typeof value === 'boolean' ? 'bool' : typeof value;

function operatorMatches(operator: string, value: unknown, argument: unknown): boolean {
  switch (operator) {
    case '$eq':
      return argument === null ? value === null || value === undefined : value === argument;
    case '$in':
      return (argument as unknown[]).some((candidate) => operatorMatches('$eq', value, candidate));
    case '$regex':
      // On an array, as Mongo does: some element matches.
      return (Array.isArray(value) ? value : [value]).some((item) => typeof item === 'string' && new RegExp(argument as string).test(item));
    case '$type':
      return (argument as string[]).includes(typeName(value) as string);
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte': {
      if (rank(value) !== rank(argument)) return false;
      if (rank(argument) === 0) return operator === '$gte' || operator === '$lte';
      const order = compareValues(value, argument);
      return { $gt: order > 0, $gte: order >= 0, $lt: order < 0, $lte: order <= 0 }[operator];
    }
    default:
      throw new Error(`operator ${operator} not modelled`);
  }
}

export function matches(document: Document, filter: Document): boolean {
  return Object.entries(filter).every(([key, condition]) => {
    if (key === '$and') return (condition as Document[]).every((part) => matches(document, part));
    if (key === '$or') return (condition as Document[]).some((part) => matches(document, part));
    return Object.entries(condition as Document).every(([operator, argument]) => operatorMatches(operator, document[key], argument));
  });
}

export function sortDocuments<T extends Document>(documents: readonly T[], sort: Record<string, 1 | -1>): T[] {
  return [...documents].sort((a, b) => {
    for (const [path, order] of Object.entries(sort)) {
      const difference = compareValues(a[path], b[path]);
      if (difference !== 0) return difference * order;
    }
    return 0;
  });
}

/** What `collection.find(filter).sort(sort).limit(limit)` returns. */
export function runFind<T extends Document>(documents: readonly T[], filter: Document, sort: Record<string, 1 | -1>, limit: number): T[] {
  return sortDocuments(
    documents.filter((document) => matches(document, filter)),
    sort,
  ).slice(0, limit);
}
