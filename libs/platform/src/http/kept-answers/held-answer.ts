import { createHash } from 'node:crypto';

/** An answer as kept and sent again: its bytes, their ETag and content type. */
export interface HeldAnswer {
  body: Buffer;
  etag: string;
  contentType: string;
}

/** A strong validator: the same bytes, the same tag. */
export const strongEtagOf = (body: string | Buffer) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** A tag compared weakly (GET compares weakly, RFC 9110 13.1.2): `W/"x"` and `"x"` are the same tag. */
const weakly = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag);

/** Whether If-None-Match names this tag (a list, `*`, or weak forms). */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const wanted = weakly(etag);
  return header.split(',').some((tag) => weakly(tag.trim()) === wanted);
}

/** The answer as kept and sent: its bytes once, their tag once. */
export function heldAnswerOf(body: string, contentType: string): HeldAnswer {
  const bytes = Buffer.from(body, 'utf8');
  return { body: bytes, etag: strongEtagOf(bytes), contentType };
}
