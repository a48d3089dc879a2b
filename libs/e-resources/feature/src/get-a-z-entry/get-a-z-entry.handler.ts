import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { DomainRefusal } from '@era/platform';
import { AzEntry } from '../a-z/a-z-listing';
import { AzReads } from '../a-z/a-z-reads';
import { azEntryOf } from '../a-z/build-listing';

export interface GetAzEntryQuery {
  resourceId: string;
  activeOn: string;
  knownAt?: string;
  minPosition?: number;
}

const notOnTheList = (resourceId: string, activeOn: string) => new DomainRefusal(404, 'not-on-the-list', `${resourceId} is not on the A-Z list on ${activeOn}`);

/** One public entry: 404 alike for an unknown resource, a hidden one and one not active that day (nothing told apart). */
@Injectable()
export class GetAzEntryHandler {
  constructor(private readonly reads: AzReads) {}

  async execute(query: GetAzEntryQuery): Promise<AzEntry> {
    if (query.resourceId.length > 200) throw notOnTheList(query.resourceId.slice(0, 200), query.activeOn);
    const resourceId = canonicalId(query.resourceId);
    const view = await this.reads.view(query.minPosition);
    const asOf = { activeOn: query.activeOn, knownAt: await this.reads.knownAt(view, query.knownAt) };
    const [listed] = await this.reads.listed(view, asOf, undefined, resourceId);
    if (!listed) throw notOnTheList(resourceId, query.activeOn);
    const [entry] = await this.reads.withPermittedUses([azEntryOf(listed, query.activeOn, await this.reads.settings([listed]))]);
    return entry;
  }
}
