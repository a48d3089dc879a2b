/*
 * TEMPORARY, tests only: a stand-in for the A-Z query (branch wt-a-z) so that the public page can be built and tried
 * in a browser before that query lands. At merge, the real `GET /a-z` controller branches on `wantsHtml` and this
 * file goes. Nothing here is built into dist (a `testing/` folder).
 */
import { Controller, Get, Inject, Module, Req, Res } from '@nestjs/common';
import { Public } from '@era/platform';
import { AzEntry, AzListing } from '../a-z-page/az-listing';
import { AzPageRequest, AzPageResponse, renderAzPageResponse } from '../a-z-page/az-page-response';
import { wantsHtml } from '../a-z-page/wants-html';

export const STUB_AZ_ENTRIES = Symbol('STUB_AZ_ENTRIES');

const LETTERS = ['#', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const STUB_PAGE_SIZE = 4;

/** The filters of the query string as the real DTO will give them: an empty field (as a GET form sends it) is no filter. */
function filtersOf(query: Record<string, unknown>) {
  const text = (name: string) => (typeof query[name] === 'string' && query[name] !== '' ? String(query[name]) : undefined);
  return {
    letter: text('letter'),
    cursor: text('cursor'),
    filters: { q: text('q'), subject: text('subject'), type: text('type'), vendor: text('vendor'), new: query.new === 'true', trial: query.trial === 'true' },
  };
}

/** A listing over fixed entries, filtered and counted the way the issue describes the real one (no as-of: every entry is active). */
export function stubAzListing(all: readonly AzEntry[], query: Record<string, unknown>): AzListing {
  const { letter, cursor, filters } = filtersOf(query);
  const q = filters.q?.toLowerCase();
  const matching = all.filter(
    (entry) =>
      (!filters.subject || entry.subjects.some((subject) => subject.key === filters.subject)) &&
      (!filters.type || entry.resourceType.key === filters.type) &&
      (!filters.vendor || entry.vendor?.id === filters.vendor) &&
      (!filters.new || entry.isNew) &&
      (!filters.trial || entry.isTrial) &&
      (!q || `${entry.name} ${entry.description ?? ''}`.toLowerCase().includes(q)),
  );
  const inLetter = matching.filter((entry) => !letter || entry.letter === letter);
  const start = Number(cursor ?? 0);
  const facet = (pick: (entry: AzEntry) => { key: string; label: string }[]) => {
    const counts = new Map<string, { key: string; label: string; count: number }>();
    for (const choice of matching.flatMap(pick)) counts.set(choice.key, { ...choice, count: (counts.get(choice.key)?.count ?? 0) + 1 });
    return [...counts.values()].sort((a, b) => a.label.localeCompare(b.label));
  };
  return {
    activeOn: '2026-12-03',
    knownAt: '2026-12-03T12:00:00.000Z',
    letter,
    letters: LETTERS.map((each) => ({ letter: each, count: matching.filter((entry) => entry.letter === each).length })),
    entries: inLetter.slice(start, start + STUB_PAGE_SIZE),
    facets: { subjects: facet((entry) => entry.subjects), types: facet((entry) => [entry.resourceType]) },
    filters: { ...filters, new: filters.new || undefined, trial: filters.trial || undefined },
    nextCursor: start + STUB_PAGE_SIZE < inLetter.length ? String(start + STUB_PAGE_SIZE) : undefined,
  };
}

@Controller('a-z')
class StubAzController {
  constructor(@Inject(STUB_AZ_ENTRIES) private readonly entries: readonly AzEntry[]) {}

  /** What the real controller will do: the page for a browser, the JSON for everyone else. */
  @Get()
  @Public()
  list(@Req() request: AzPageRequest, @Res({ passthrough: true }) response: AzPageResponse): AzListing | string {
    const listing = stubAzListing(this.entries, request.query);
    return wantsHtml(typeof request.headers.accept === 'string' ? request.headers.accept : undefined)
      ? renderAzPageResponse(listing, request, response)
      : listing;
  }
}

/** The public A-Z route over the given entries, for the page's tests. */
export function stubAzModule(entries: readonly AzEntry[]) {
  @Module({ controllers: [StubAzController], providers: [{ provide: STUB_AZ_ENTRIES, useValue: entries }] })
  class StubAzModule {}
  return StubAzModule;
}
