import { Injectable } from '@nestjs/common';
import { PackageTitle } from '@era/holdings-domain';
import { activeTitlesOn } from '@era/projection-title-a-z';
import { TitleAzReads } from './title-a-z-reads';

export interface ActiveHolding {
  resourceId: string;
  packageName: string;
  title: PackageTitle;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The library's active holdings on a day as recorded by an instant, for the KBART export: every active title of every
 * package not hidden, in a deterministic order (filing key, package id, title key), as its list version gives it.
 */
@Injectable()
export class ActiveHoldingsReader {
  constructor(private readonly reads: TitleAzReads) {}

  async *activeTitles(activeOn: string, knownAt: string, minPosition?: number): AsyncIterable<ActiveHolding> {
    const view = await this.reads.view(minPosition);
    const active = await activeTitlesOn(view, { activeOn, knownAt });
    active.sort(
      (a, b) => compare(a.title.filingKey, b.title.filingKey) || compare(a.title.resourceId, b.title.resourceId) || compare(a.title.key, b.title.key),
    );
    for (const { title, package: inPackage } of active) {
      yield { resourceId: title.resourceId, packageName: inPackage.name, title: { key: title.key, values: title.values, coverage: title.coverage } };
    }
  }
}
