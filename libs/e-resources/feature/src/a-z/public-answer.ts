import { createHash } from 'node:crypto';
import { HeldAnswer } from './whole-answers';

export interface CacheableResponse {
  setHeader(name: string, value: string): unknown;
  status(code: number): CacheableResponse;
  send(body?: string | Buffer): unknown;
  end(): unknown;
}

/** How long a shared cache may serve a public answer without asking again. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60';

/** A strong validator: the same bytes, the same tag. */
export const strongEtagOf = (body: string | Buffer) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** Whether If-None-Match names this tag (a list, `*`, or weak forms: GET compares weakly, RFC 9110 13.1.2). */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return (trimmed.startsWith('W/') ? trimmed.slice(2) : trimmed) === etag;
  });
}

/** The answer as kept and sent: its bytes once, their tag once. */
export function heldAnswerOf(body: string, contentType: string): HeldAnswer {
  const bytes = Buffer.from(body, 'utf8');
  return { body: bytes, etag: strongEtagOf(bytes), contentType };
}

/**
 * A public answer already built (and tagged): its strong ETag and Cache-Control, or 304 with no body when the client
 * already holds those bytes.
 */
export function sendHeld(response: CacheableResponse, ifNoneMatch: string | undefined, { body, etag, contentType }: HeldAnswer): void {
  response.setHeader('ETag', etag);
  response.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
  if (noneMatch(ifNoneMatch, etag)) {
    response.status(304).end();
    return;
  }
  response.setHeader('Content-Type', contentType);
  response.status(200).send(body);
}
