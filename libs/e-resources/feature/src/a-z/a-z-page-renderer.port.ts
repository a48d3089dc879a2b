import { AzListing } from './a-z-listing';

/** What the request itself named beyond the listing: the page keeps these in its links (the listing's defaults it does not). */
export interface AzPageAsked {
  activeOn: boolean;
  knownAt: boolean;
  limit?: number;
  cursor?: string;
}

/**
 * The HTML page of the list (the public web page). `GET /a-z` answers JSON by default; when the client prefers
 * text/html, the same listing is answered as its page, with the same caching headers and the page's own
 * Content-Security-Policy. This is the one place HTML branches off.
 */
export interface AzPageRenderer {
  /** The strict policy, widened only for what the page itself carries (its stylesheet, its form). */
  readonly contentSecurityPolicy: string;
  render(listing: AzListing, asked: AzPageAsked): string;
}

export const AZ_PAGE_RENDERER = Symbol('AzPageRenderer');
