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

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof id !== 'string') throw new Error('no id');
    return { value, id };
  } catch {
    throw new InvalidQueryError('invalid cursor');
  }
}
