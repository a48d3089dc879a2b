import { Injectable } from '@nestjs/common';
import { AzListing } from '../a-z/a-z-listing';
import { AzReads } from '../a-z/a-z-reads';
import { buildListing } from '../a-z/build-listing';
import { GetAzQuery } from './get-a-z.query';

/** The public A-Z list on a day as recorded by an instant: filtered, in filing order, one page, with letter and facet counts. */
@Injectable()
export class GetAzHandler {
  constructor(private readonly reads: AzReads) {}

  async execute(query: GetAzQuery): Promise<AzListing> {
    const view = await this.reads.view(query.minPosition);
    const asOf = { activeOn: query.activeOn, knownAt: await this.reads.knownAt(view, query.knownAt) };
    const listed = await this.reads.listed(view, asOf, query.filters.q);
    const listing = buildListing(listed, { ...query, ...asOf }, await this.reads.settings(listed));
    return { ...listing, entries: await this.reads.withPermittedUses(listing.entries) };
  }
}
