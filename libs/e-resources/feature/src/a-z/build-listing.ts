import { compareFiling } from '@era/e-resources-domain';
import { ListedResource } from '@era/projection-a-z';
import { AzEntry, AzFilters, AzListing } from './a-z-listing';
import { compareFilingPositions, pageOf } from './a-z-order';
import { LabelLookup, labelled } from './az-labels';
import { publicLink } from './public-link';

export interface ListingRequest {
  activeOn: string;
  knownAt: string;
  filters: AzFilters;
  letter?: string;
  limit: number;
  cursor?: string;
}

export interface ListingSettings {
  newDays: number;
  proxyPrefix?: string;
  labels: LabelLookup;
}

/** An entry and where it files. */
interface Filed {
  entry: AzEntry;
  filingKey: string;
}

/** The public entry of a listed resource (permitted uses are added for the page alone, after paging). */
export function azEntryOf(listed: ListedResource, activeOn: string, settings: ListingSettings): AzEntry {
  const { details } = listed;
  const trials = listed.inForce.filter((activation) => activation.accessKind === 'trial');
  const trialEndsOn = trials.every((t) => t.trialEndsOn !== undefined)
    ? trials
        .map((t) => t.trialEndsOn as string)
        .sort()
        .pop()
    : undefined;
  const link = publicLink(details.accessUrl, details.proxied, settings.proxyPrefix);
  const vendorName = details.vendorId === undefined ? undefined : (settings.labels.vendors.get(details.vendorId) ?? details.vendorId);
  return {
    id: details.resourceId,
    name: details.name,
    letter: details.letter,
    ...(details.description !== undefined ? { description: details.description } : {}),
    ...(link !== undefined ? { link } : {}),
    ...(details.publicAccessNotes !== undefined ? { accessNotes: details.publicAccessNotes } : {}),
    resourceType: labelled(settings.labels.types, details.resourceType),
    subjects: details.subjects.map((key) => labelled(settings.labels.subjects, key)),
    ...(details.vendorId !== undefined && vendorName !== undefined ? { vendor: { id: details.vendorId, name: vendorName } } : {}),
    isNew: listed.isNew,
    isTrial: trials.length > 0,
    ...(trialEndsOn !== undefined ? { trialEndsOn } : {}),
    permittedUses: [],
  };
}

type Facet = 'subject' | 'type' | 'vendor' | 'new' | 'trial';

const passes = (entry: AzEntry, filters: AzFilters, except?: Facet): boolean =>
  (except === 'subject' || filters.subject === undefined || entry.subjects.some((s) => s.key === filters.subject)) &&
  (except === 'type' || filters.type === undefined || entry.resourceType.key === filters.type) &&
  (except === 'vendor' || filters.vendor === undefined || entry.vendor?.id === filters.vendor) &&
  (except === 'new' || filters.new === undefined || entry.isNew === filters.new) &&
  (except === 'trial' || filters.trial === undefined || entry.isTrial === filters.trial);

function counted(keysOf: (entry: AzEntry) => { key: string; label: string }[], entries: readonly AzEntry[]) {
  const counts = new Map<string, { key: string; label: string; count: number }>();
  for (const entry of entries) {
    for (const { key, label } of keysOf(entry)) {
      const facet = counts.get(key) ?? { key, label, count: 0 };
      facet.count += 1;
      counts.set(key, facet);
    }
  }
  return [...counts.values()].sort((a, b) => compareFiling(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The listing: entries filtered (search already applied to `listed`), in filing order, one page; the letter index
 * over the filtered list without the letter; each facet over the filtered list without its own filter and the letter.
 */
export function buildListing(listed: readonly ListedResource[], request: ListingRequest, settings: ListingSettings): AzListing {
  const filed: Filed[] = listed
    .map((resource) => ({ entry: azEntryOf(resource, request.activeOn, settings), filingKey: resource.details.filingKey }))
    .sort((a, b) => compareFilingPositions(positionOf(a), positionOf(b)));
  const entries = filed.map((f) => f.entry);
  const { filters } = request;
  const filtered = filed.filter((f) => passes(f.entry, filters));
  const letterCounts = new Map<string, number>();
  for (const { entry } of filtered) letterCounts.set(entry.letter, (letterCounts.get(entry.letter) ?? 0) + 1);
  const letters = [...letterCounts.entries()].map(([letter, count]) => ({ letter, count })).sort((a, b) => letterOrder(a.letter) - letterOrder(b.letter));
  const inLetter = request.letter === undefined ? filtered : filtered.filter((f) => f.entry.letter === request.letter);
  const page = pageOf(inLetter, positionOf, request.limit, request.cursor);
  return {
    activeOn: request.activeOn,
    knownAt: request.knownAt,
    ...(request.letter !== undefined ? { letter: request.letter } : {}),
    letters,
    entries: page.items.map((f) => f.entry),
    facets: {
      subjects: counted(
        (e) => e.subjects,
        entries.filter((e) => passes(e, filters, 'subject')),
      ),
      types: counted(
        (e) => [e.resourceType],
        entries.filter((e) => passes(e, filters, 'type')),
      ),
    },
    filters,
    ...(page.nextCursor !== undefined ? { nextCursor: page.nextCursor } : {}),
  };
}

const positionOf = (f: Filed) => ({ filingKey: f.filingKey, name: f.entry.name, id: f.entry.id });

/** '#' (digits and the rest) files before 'A'. */
const letterOrder = (letter: string) => (letter === '#' ? 0 : letter.charCodeAt(0));
