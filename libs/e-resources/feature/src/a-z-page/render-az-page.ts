import { Html, html } from '@era/html';
import { entryHtml } from './az-entry-html';
import { AzListing } from '../a-z/a-z-listing';
import { AzPageState, hrefOf, longDate, stateOf } from './az-page-links';
import { AZ_PAGE_STYLES } from './az-page-styles';

export interface AzPageOptions {
  /** Where the page is served: its links and its form point here. */
  path: string;
  /** The as-of parameters the request carried (not the defaults), kept in every link so that a past list stays browsable. */
  asOf?: { activeOn?: string; knownAt?: string };
  /** The page size the request named, kept in every link. */
  limit?: number;
  /** The cursor of this page, when it is not the first. */
  cursor?: string;
  /** Shown above the letter bar. */
  libraryName?: string;
}

/**
 * The public A-Z list as one self-contained HTML page that works without JavaScript: a letter bar, a GET search
 * form, the results and a link to the next page. Every value goes through `html`, which escapes it. The focus
 * order is skip link, letter bar, search box, results; the one stylesheet is inline (its hash is in the page's
 * Content-Security-Policy).
 */
export function renderAzPage(listing: AzListing, options: AzPageOptions): string {
  const state = { ...stateOf(listing, options.asOf), limit: options.limit };
  const letterTitle = listing.letter ? ` starting with ${listing.letter === '#' ? 'a digit' : listing.letter}` : '';
  const searchTitle = listing.filters.q ? ` matching “${listing.filters.q}”` : '';
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Databases A–Z${letterTitle}${searchTitle} – ${options.libraryName ?? 'Library'}</title>
<style>${new Html(AZ_PAGE_STYLES)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the search and results</a>
<header>
<p class="site">${options.libraryName ?? 'Library'}</p>
${letterBar(listing, options.path, state)}</header>
<main id="main" tabindex="-1">
<h1>Databases A–Z</h1>
${asOfNotice(options.asOf)}${searchForm(listing, options)}${results(listing, options, state)}</main>
<footer>
<p>Resources available on <time datetime="${listing.activeOn}">${longDate(listing.activeOn)}</time>.</p>
</footer>
</body>
</html>
`;
  return page.markup;
}

/** `#` (titles filed under a digit) and A to Z, in filing order. */
const LETTERS = ['#', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** Every letter and `#`: a link when it has resources (keeping the filters), plain text when it has none, the current one marked. */
function letterBar(listing: AzListing, path: string, state: AzPageState): Html {
  const counts = new Map(listing.letters.map(({ letter, count }) => [letter, count]));
  const letters = LETTERS.map((letter) => {
    const count = counts.get(letter) ?? 0;
    // The letter is what the eye and a voice command find; a screen reader also hears how many resources it holds.
    const digits = letter === '#' ? 'digits, ' : '';
    if (count === 0) return html`<li><span class="empty">${letter}<span class="vh"> (${digits}no resources)</span></span></li>\n`;
    const current = listing.letter === letter ? html` aria-current="page"` : '';
    const noun = count === 1 ? 'resource' : 'resources';
    return html`<li><a href="${hrefOf(path, { letter, ...state })}"${current}>${letter}<span class="vh"> (${digits}${count} ${noun})</span></a></li>\n`;
  });
  const all = listing.letter === undefined ? html` aria-current="page"` : '';
  return html`<nav aria-label="Letters">
<ul class="letters">
<li><a href="${hrefOf(path, state)}"${all}>All</a></li>
${letters}</ul>
</nav>
`;
}

function asOfNotice(asOf: AzPageOptions['asOf']): Html | string {
  if (!asOf?.activeOn && !asOf?.knownAt) return '';
  const on = asOf.activeOn ? html` as it was on <time datetime="${asOf.activeOn}">${longDate(asOf.activeOn)}</time>` : '';
  const by = asOf.knownAt ? html`, according to what had been recorded by ${asOf.knownAt}` : '';
  return html`<p class="notice">This is the list${on}${by}.</p>\n`;
}

/**
 * Search and filters as a plain GET form. It starts a new search over every letter (it does not keep the letter);
 * a vendor filter, the as-of parameters and the page size, which have no control here, ride along as hidden fields.
 */
function searchForm(listing: AzListing, options: AzPageOptions): Html {
  const { filters, facets } = listing;
  const hidden = { vendor: filters.vendor, activeOn: options.asOf?.activeOn, knownAt: options.asOf?.knownAt, limit: options.limit?.toString() };
  return html`<form role="search" aria-label="Databases" method="get" action="${options.path}">
<div class="field"><label for="q">Search names and descriptions</label><input type="search" id="q" name="q" value="${filters.q ?? ''}"></div>
<div class="field"><label for="subject">Subject</label>${select('subject', 'All subjects', facets.subjects, filters.subject)}</div>
<div class="field"><label for="type">Type</label>${select('type', 'All types', facets.types, filters.type)}</div>
<fieldset><legend>Show only</legend>
<input type="checkbox" id="new" name="new" value="true"${filters.new ? html` checked` : ''}><label for="new">New</label>
<input type="checkbox" id="trial" name="trial" value="true"${filters.trial ? html` checked` : ''}><label for="trial">On trial</label>
</fieldset>
${Object.entries(hidden).map(([name, value]) => (value ? html`<input type="hidden" name="${name}" value="${value}">\n` : ''))}<button type="submit">Search</button>
</form>
`;
}

/** A filter's choices with their counts; the value in force stays selectable even when it has no count (nothing matches it). */
function select(name: string, anyLabel: string, choices: AzListing['facets']['subjects'], selected: string | undefined): Html {
  const known = selected === undefined || choices.some((choice) => choice.key === selected);
  const options = known ? choices : [...choices, { key: selected, label: selected, count: 0 }];
  return html`<select id="${name}" name="${name}">
<option value="">${anyLabel}</option>
${options.map((choice) => html`<option value="${choice.key}"${choice.key === selected ? html` selected` : ''}>${choice.label} (${choice.count})</option>\n`)}</select>`;
}

function results(listing: AzListing, options: AzPageOptions, state: AzPageState): Html {
  const { entries } = listing;
  if (entries.length === 0) {
    return html`<h2>Results</h2>
<p>${nothingFound(listing)} <a href="${hrefOf(options.path, { activeOn: state.activeOn, knownAt: state.knownAt, limit: state.limit })}">Show every database</a>.</p>
`;
  }
  const noun = entries.length === 1 ? 'database' : 'databases';
  const here = { letter: listing.letter, ...state };
  return html`<h2>Results</h2>
<p>${entries.length} ${noun}${listing.nextCursor ? ' on this page' : ''}.</p>
<ul class="results">
${entries.map(entryHtml)}</ul>
${pages(listing, options, here)}`;
}

function nothingFound(listing: AzListing): string {
  const under = listing.letter === undefined ? '' : ` under ${listing.letter === '#' ? 'a digit' : listing.letter}`;
  return hasFilters(listing) ? `No database${under} matches your search.` : `No database is listed${under}.`;
}

function hasFilters(listing: AzListing): boolean {
  const { q, subject, type, vendor } = listing.filters;
  return Boolean(q || subject || type || vendor || listing.filters.new || listing.filters.trial);
}

function pages(listing: AzListing, options: AzPageOptions, here: AzPageState): Html | string {
  if (!listing.nextCursor && !options.cursor) return '';
  return html`<nav class="pages" aria-label="Pages"><ul>
${options.cursor ? html`<li><a href="${hrefOf(options.path, here)}">First page</a></li>\n` : ''}${
    listing.nextCursor ? html`<li><a href="${hrefOf(options.path, { ...here, cursor: listing.nextCursor })}" rel="next">Next page</a></li>\n` : ''
  }</ul></nav>
`;
}
