import { DomainRefusal } from '@era/platform';

/** Where an entry files: by filing key, then by name, then by id, so that the order is total. */
export interface FilingPosition {
  filingKey: string;
  name: string;
  id: string;
}

export function compareFilingPositions(a: FilingPosition, b: FilingPosition): number {
  if (a.filingKey !== b.filingKey) return a.filingKey < b.filingKey ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export const encodeFilingCursor = (p: FilingPosition) => Buffer.from(JSON.stringify([p.filingKey, p.name, p.id]), 'utf8').toString('base64url');

const BASE64URL = /^[\w-]{1,2000}$/;

/** A cursor this API handed out, or 400: clients may send anything in its place. */
export function decodeFilingCursor(cursor: string): FilingPosition {
  const invalid = () => new DomainRefusal(400, 'invalid-cursor', 'cursor must be the nextCursor of a previous page');
  if (!BASE64URL.test(cursor)) throw invalid();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(decoded) || decoded.length !== 3 || !decoded.every((part) => typeof part === 'string')) throw invalid();
  const [filingKey, name, id] = decoded as string[];
  return { filingKey, name, id };
}

/** One page of sorted items after the cursor, and the cursor of the next page when more follow. */
export function pageOf<T>(sorted: readonly T[], position: (item: T) => FilingPosition, limit: number, cursor?: string): { items: T[]; nextCursor?: string } {
  const after = cursor === undefined ? undefined : decodeFilingCursor(cursor);
  const start = after === undefined ? 0 : sorted.findIndex((item) => compareFilingPositions(position(item), after) > 0);
  if (start < 0) return { items: [] };
  const items = sorted.slice(start, start + limit);
  const more = start + limit < sorted.length;
  return { items, ...(more ? { nextCursor: encodeFilingCursor(position(items[items.length - 1])) } : {}) };
}
