import { Injectable } from '@nestjs/common';
import { AzListing } from '../a-z/a-z-listing';
import { AzPageAsked, AzPageRenderer } from '../a-z/a-z-page-renderer.port';
import { AZ_PAGE_CONTENT_SECURITY_POLICY } from './az-page-policy';
import { renderAzPage } from './render-az-page';

/** The public A-Z page at `GET /a-z`: the listing rendered, the as-of parameters the request named kept in its links in their canonical form. */
@Injectable()
export class AzPublicPage implements AzPageRenderer {
  readonly contentSecurityPolicy = AZ_PAGE_CONTENT_SECURITY_POLICY;

  render(listing: AzListing, asked: AzPageAsked): string {
    const asOf = { activeOn: asked.activeOn ? listing.activeOn : undefined, knownAt: asked.knownAt ? listing.knownAt : undefined };
    return renderAzPage(listing, { path: '/a-z', asOf, limit: asked.limit, cursor: asked.cursor });
  }
}
