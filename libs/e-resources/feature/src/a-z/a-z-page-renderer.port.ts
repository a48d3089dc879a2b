import { AzListing } from './a-z-listing';

/**
 * The HTML page of the list (the public web page). `GET /a-z` answers JSON by default; when a renderer is provided
 * (AzModule.register({ pageRenderer })) and the client prefers text/html, the same listing is answered as its page,
 * with the same caching headers. This is the one place HTML branches off.
 */
export interface AzPageRenderer {
  render(listing: AzListing): string;
}

export const AZ_PAGE_RENDERER = Symbol('AzPageRenderer');
