import { Injectable } from '@nestjs/common';
import { uncertainMatches, UncertainMatch } from '@era/projection-title-a-z';
import { Page } from '@era/read-store';
import { TitleAzReads } from '../title-a-z-reads';

/** Titles kept apart as different works though they file under the same title, one of them without identifiers: for review. */
@Injectable()
export class ListUncertainMatchesHandler {
  constructor(private readonly reads: TitleAzReads) {}

  async execute(query: { limit: number; cursor?: string; minPosition?: number }): Promise<Page<UncertainMatch>> {
    const view = await this.reads.view(query.minPosition);
    return uncertainMatches(view, { limit: query.limit, ...(query.cursor !== undefined ? { cursor: query.cursor } : {}) });
  }
}
