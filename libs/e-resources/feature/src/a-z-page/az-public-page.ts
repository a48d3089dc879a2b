import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@era/platform';
import { AzListing } from '../a-z/a-z-listing';
import { AzPageAsked, AzPageRenderer } from '../a-z/a-z-page-renderer.port';
import { AZ_PAGE_CONTENT_SECURITY_POLICY } from './az-page-policy';
import { renderAzPage } from './render-az-page';

/** The public A-Z page at `GET /a-z`: the listing rendered, the as-of parameters the request named kept in its links in their canonical form. */
@Injectable()
export class AzPublicPage implements AzPageRenderer {
  readonly contentSecurityPolicy = AZ_PAGE_CONTENT_SECURITY_POLICY;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  render(listing: AzListing, asked: AzPageAsked): string {
    const asOf = { activeOn: asked.activeOn ? listing.activeOn : undefined, knownAt: asked.knownAt ? listing.knownAt : undefined };
    return renderAzPage(listing, { path: '/a-z', asOf, limit: asked.limit, cursor: asked.cursor, libraryName: this.config.aZ.libraryName });
  }
}
