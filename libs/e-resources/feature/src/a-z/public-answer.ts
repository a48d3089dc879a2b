import { HeldAnswer, noneMatch } from '@era/platform';

export interface CacheableResponse {
  setHeader(name: string, value: string): unknown;
  status(code: number): CacheableResponse;
  send(body?: string | Buffer): unknown;
  end(): unknown;
}

/** How long a shared cache may serve a public answer without asking again. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60';

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
