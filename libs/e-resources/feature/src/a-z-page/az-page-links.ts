import { AzListing } from '../a-z/a-z-listing';

/** The query parameters of a page of the list, in the order its links spell them. */
export interface AzPageState {
  letter?: string;
  q?: string;
  subject?: string;
  type?: string;
  vendor?: string;
  new?: boolean;
  trial?: boolean;
  activeOn?: string;
  knownAt?: string;
  limit?: number;
  cursor?: string;
}

/** The filters and as-of parameters in force, without letter or cursor: what every link of the page keeps. */
export function stateOf(listing: AzListing, asOf: { activeOn?: string; knownAt?: string } = {}): AzPageState {
  const { q, subject, type, vendor } = listing.filters;
  return { q, subject, type, vendor, new: listing.filters.new, trial: listing.filters.trial, activeOn: asOf.activeOn, knownAt: asOf.knownAt };
}

/** The page's address for a state: only the parameters that are set, URL-encoded (`#` becomes `%23`). */
export function hrefOf(path: string, state: AzPageState): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(state)) {
    if (value === undefined || value === false || value === '') continue;
    query.set(name, String(value));
  }
  const text = query.toString();
  return text === '' ? path : `${path}?${text}`;
}

/** A resource's link if it is one a browser should follow from a public page (http or https), else undefined. */
export function safeLink(link: string | undefined): string | undefined {
  if (link === undefined || !URL.canParse(link)) return undefined;
  const { protocol } = new URL(link);
  return protocol === 'https:' || protocol === 'http:' ? link : undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2026-12-31 as "31 December 2026": unambiguous to every reader, whatever their locale. A value of another shape is shown as given. */
export function longDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!Number.isInteger(year) || !Number.isInteger(date) || MONTHS[month - 1] === undefined) return day;
  return `${date} ${MONTHS[month - 1]} ${year}`;
}
