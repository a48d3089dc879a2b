import { CursorPosition, decodeCursor, FieldCondition, FindQuery, InvalidQueryError, queryWords } from '@era/read-store';
import { Document } from 'mongodb';
import { isScalar, typesBeyond } from './bson-type-order';
import { fieldPath, TEXT_WORDS_FIELD } from './names';

/** Same default page as the SQLite adapter. */
export const DEFAULT_PAGE_SIZE = 1000;

export type MongoSort = Record<string, 1 | -1>;

/** A find, translated: what to ask Mongo for, and what the page needs to build its cursor. */
export interface FindPlan {
  filter: Document;
  sort: MongoSort;
  limit: number;
  /** One more than the page, so whether another page exists is known without a count. */
  fetchLimit: number;
  sortField: string;
}

const RANGE_OPERATORS = new Map([
  ['gt', '$gt'],
  ['gte', '$gte'],
  ['lt', '$lt'],
  ['lte', '$lte'],
]);

/** `where` as a Mongo filter. Assumes the fields were checked against the declared indexes. */
export function whereFilter(where: FindQuery['where'] = {}): Document {
  const filter: Document = {};
  for (const [field, condition] of Object.entries(where)) {
    const operators = fieldOperators(field, condition);
    // An empty condition constrains nothing (as on SQLite); `{ field: {} }` would mean "equals an empty object".
    if (Object.keys(operators).length > 0) filter[fieldPath(field)] = operators;
  }
  return filter;
}

/** Always operators, never a bare value: a bare object from a client would otherwise be read as operators. */
function fieldOperators(field: string, condition: FieldCondition): Document {
  if (isScalar(condition)) return { $eq: condition };
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) {
    throw new InvalidQueryError(`invalid condition on ${field}`);
  }
  const operators: Document = {};
  for (const [key, value] of Object.entries(condition)) {
    if (value === undefined) continue;
    if (key === 'in') {
      if (!Array.isArray(value) || !value.every(isScalar)) throw new InvalidQueryError(`${field}.in must be a list of scalars`);
      operators.$in = value;
      continue;
    }
    const operator = RANGE_OPERATORS.get(key);
    if (!operator || !isScalar(value)) throw new InvalidQueryError(`invalid condition ${key} on ${field}`);
    operators[operator] = value;
  }
  return operators;
}

/** Sort by the field, then by id to make the order total (and keyset pagination exact). */
export function sortOrder(sortField: string, direction: 'asc' | 'desc'): MongoSort {
  const order = direction === 'desc' ? -1 : 1;
  const path = fieldPath(sortField);
  return path === '_id' ? { _id: order } : { [path]: order, _id: order };
}

/**
 * Documents after the cursor in sort order: `(field > v) OR (field = v AND _id > id)` ascending, mirrored
 * descending. Mongo's range operators only match values of v's own type, so documents whose field has a type
 * sorting after v's (or is null/missing, which sorts first) are added explicitly; otherwise a page ending on a
 * null would never reach the numbers and strings after it.
 */
export function afterCursor(sortField: string, direction: 'asc' | 'desc', position: CursorPosition): Document {
  const beyond = direction === 'desc' ? '$lt' : '$gt';
  const path = fieldPath(sortField);
  if (path === '_id') return { _id: { [beyond]: position.id } };
  const { value, id } = position;
  // `$eq: null` also matches a missing field, which Mongo sorts as null.
  const clauses: Document[] = [{ [path]: { $eq: value }, _id: { [beyond]: id } }];
  if (value !== null) clauses.push({ [path]: { [beyond]: value } });
  const laterTypes = typesBeyond(value, direction);
  if (laterTypes.includes('null')) clauses.push({ [path]: { $eq: null } });
  const laterValueTypes = laterTypes.filter((type) => type !== 'null');
  if (laterValueTypes.length > 0) clauses.push({ [path]: { $type: laterValueTypes } });
  return { $or: clauses };
}

/** The cursor is client input: besides decoding, its value must be a scalar, or it could smuggle in operators. */
export function readCursor(cursor: string): CursorPosition {
  const position = decodeCursor(cursor);
  if (!isScalar(position.value)) throw new InvalidQueryError('invalid cursor');
  return position;
}

/**
 * Documents having, for every query word, a stored word starting with it. MongoDB's `$text` cannot do this (it ORs
 * the words and matches whole stemmed words only), so each word is an anchored, case-sensitive prefix regex on the
 * stored normalised words: a prefix expression, which an index on that array answers with a range scan.
 */
export function textFilter(words: readonly string[]): Document | undefined {
  if (words.length === 0) return undefined;
  return { $and: words.map((word) => ({ [TEXT_WORDS_FIELD]: { $regex: `^${escapeRegExp(word)}` } })) };
}

/** Words are letters and digits only, so this changes nothing today; it keeps them literal whatever comes. */
const escapeRegExp = (text: string) => text.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&');

export function planFind(query: FindQuery): FindPlan {
  const sortField = query.sort?.field ?? 'id';
  const direction = query.sort?.direction === 'desc' ? 'desc' : 'asc';
  const where = whereFilter(query.where);
  const text = query.text === undefined ? undefined : textFilter(queryWords(query.text));
  const cursor = query.cursor ? afterCursor(sortField, direction, readCursor(query.cursor)) : undefined;
  const parts = [where, text, cursor].filter((part): part is Document => part !== undefined);
  const filter = parts.length === 1 ? where : { $and: parts };
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  return { filter, sort: sortOrder(sortField, direction), limit, fetchLimit: limit + 1, sortField };
}
