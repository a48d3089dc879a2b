import { InvalidQueryError } from './errors';
import { Scalar } from './read-store.port';

/** A page cursor: the sort value and id of the last document returned. Opaque to clients. */
export interface CursorPosition {
  value: Scalar;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.value, position.id]), 'utf8').toString('base64url');
}

/** Longer than any cursor this store hands out (a sort value and an id), so never a real one. */
const MAX_CURSOR_LENGTH = 2000;
const BASE64URL = /^[\w-]*$/;

/** A cursor this store handed out, or InvalidQueryError (a 400): clients may send anything in its place. */
export function decodeCursor(cursor: string): CursorPosition {
  if (cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor)) throw new InvalidQueryError('invalid cursor');
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidQueryError('invalid cursor');
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) throw new InvalidQueryError('invalid cursor');
  const [value, id] = decoded as unknown[];
  if (typeof id !== 'string' || !isScalar(value)) throw new InvalidQueryError('invalid cursor');
  return { value, id };
}

const isScalar = (value: unknown): value is Scalar =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
