import { createHash } from 'node:crypto';
import { STRICT_CONTENT_SECURITY_POLICY } from '@era/platform';
import { AzListing } from './az-listing';
import { AZ_PAGE_STYLE_HASH } from './az-page-styles';
import { renderAzPage } from './render-az-page';

/**
 * The strict policy, widened by what the page needs and no more: its own stylesheet by hash, and its search form
 * submitting to this origin. No script runs, nothing is fetched, the page may not be framed.
 */
export const AZ_PAGE_CONTENT_SECURITY_POLICY = Object.entries({
  ...STRICT_CONTENT_SECURITY_POLICY,
  'form-action': ["'self'"],
  'style-src': [`'${AZ_PAGE_STYLE_HASH}'`],
})
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');

/** Anyone may cache the public page for a minute, then revalidate it by its ETag. */
export const AZ_PAGE_CACHE_CONTROL = 'public, max-age=60';

export interface AzPageRequest {
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, unknown>;
}

export interface AzPageResponse {
  setHeader(name: string, value: string): unknown;
  status(code: number): unknown;
}

/**
 * The page for a listing, as the body of a `@Res({ passthrough: true })` handler: headers set here (type, policy,
 * Vary, ETag of the bytes, Cache-Control), and 304 with an empty body when the client already holds these bytes.
 * The as-of parameters the request carried are kept in the page's links, in the listing's canonical form.
 */
export function renderAzPageResponse(listing: AzListing, request: AzPageRequest, response: AzPageResponse, path = '/a-z'): string {
  const asked = (name: string) => typeof request.query[name] === 'string' && request.query[name] !== '';
  const asOf = { activeOn: asked('activeOn') ? listing.activeOn : undefined, knownAt: asked('knownAt') ? listing.knownAt : undefined };
  const body = renderAzPage(listing, { path, asOf, cursor: asked('cursor') ? String(request.query.cursor) : undefined });
  const etag = `"${createHash('sha256').update(body, 'utf8').digest('base64url')}"`;
  response.setHeader('Vary', 'Accept');
  response.setHeader('ETag', etag);
  response.setHeader('Cache-Control', AZ_PAGE_CACHE_CONTROL);
  if (ifNoneMatchHolds(request.headers['if-none-match'], etag)) {
    response.status(304);
    return '';
  }
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Content-Security-Policy', AZ_PAGE_CONTENT_SECURITY_POLICY);
  return body;
}

/** If-None-Match names this ETag (weakly compared, as RFC 9110 says for GET) or is `*`. */
function ifNoneMatchHolds(header: string | string[] | undefined, etag: string): boolean {
  if (typeof header !== 'string') return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}
