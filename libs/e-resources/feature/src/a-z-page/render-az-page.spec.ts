import { createHash } from 'node:crypto';
import { AppConfig } from '@era/platform';
import { AzEntry, AzListing } from '../a-z/a-z-listing';
import { AZ_ENTRIES, listingOf } from '../testing/az-listings.fixtures';
import { AzPublicPage } from './az-public-page';
import { renderAzPage } from './render-az-page';

const listingFor = (query: Record<string, string> = {}, entries: AzEntry[] = AZ_ENTRIES): AzListing => listingOf(entries, query);
const pageFor = (query: Record<string, string> = {}, entries?: AzEntry[]) => renderAzPage(listingFor(query, entries), { path: '/a-z' });
const letterItem = (page: string, letter: string) => page.split('\n').find((line) => line.includes(`>${letter}<span class="vh">`));

describe('the public A-Z page', () => {
  it('shows every value as text: markup in a name, a description, a note or the search is escaped, and a non-web link is not a link', () => {
    const hostile = '<script>alert("x")</script> & \'co\'';
    const entry: AzEntry = {
      ...AZ_ENTRIES[1],
      name: hostile,
      description: '<img src=x onerror=alert(1)>',
      accessNotes: '"><b>bold</b>',
      link: 'javascript:alert(1)',
      permittedUses: [{ key: 'ill', label: '<i>ILL</i>', note: '</dd><script>' }],
    };
    const page = pageFor({ q: '"><script>' }, [entry]).concat(pageFor({}, [entry]));
    expect(page).not.toMatch(/<script|<img|<b>|<i>|javascript:/i);
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;');
    expect(page).toContain('<dt>Link</dt><dd>Not available online; ask at the library.</dd>');
  });

  it('is one self-contained document: language, title, a skip link to main, one h1, nothing fetched, no script', () => {
    const page = pageFor({ letter: 'B' });
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).toContain('<title>Databases A–Z starting with B – Library</title>');
    expect(page).toMatch(/<body>\n<a class="skip" href="#main">/);
    expect(page).toContain('<main id="main" tabindex="-1">');
    expect(page.match(/<h1>/g)).toHaveLength(1);
    expect(page).not.toMatch(/<script|<link|src=|@import|url\(/i);
  });

  it('links each letter that has resources, keeping the filters in force; a letter with none is shown but is no link; the current one is marked', () => {
    const page = pageFor({ letter: 'B', subject: 'history' });
    expect(letterItem(page, 'B')).toBe('<li><a href="/a-z?letter=B&amp;subject=history" aria-current="page">B<span class="vh"> (1 resource)</span></a></li>');
    expect(letterItem(page, '#')).toContain('<a href="/a-z?letter=%23&amp;subject=history">#<span class="vh"> (digits, 1 resource)</span>');
    expect(letterItem(page, 'A')).toBe('<li><span class="empty">A<span class="vh"> (no resources)</span></span></li>');
    expect(page).toContain('<li><a href="/a-z?subject=history">All</a></li>');
  });

  it('shows each resource with its link, description, access notes, type, subjects and the permitted uses of its licence', () => {
    const page = pageFor({ letter: 'J' });
    expect(page).toContain(`<h3><a href="https://login.proxy.example.edu/login?url=https%3A%2F%2Fwww.jstor.org%2F">JSTOR</a></h3>`);
    expect(page).toContain('<dt>Type</dt><dd>E-journal package</dd>\n<dt>Subjects</dt><dd>History, Biology</dd>');
    expect(page).toContain('<li><strong>Course reserves:</strong> Link from the course page; no copies.</li>');
    expect(page).toContain('<li><strong>Text and data mining:</strong> Through JSTOR Data for Research only.</li>');
    expect(pageFor({ letter: 'B' })).toContain('<dt>Access</dt><dd>On campus only.</dd>');
  });

  it('says "New" and "Trial (ends …)" in words, with the trial end as a date a reader cannot misread', () => {
    const page = pageFor({ letter: 'B' });
    expect(page).toContain('<span class="badge badge-new">New</span>');
    expect(page).toContain('<span class="badge badge-trial">Trial (ends <time datetime="2026-12-31">31 December 2026</time>)</span>');
  });

  it('fills the search form with the filters in force, with counts per subject and type, and keeps a vendor filter it has no control for', () => {
    const page = pageFor({ q: 'journals', type: 'e-journal-package', vendor: 'ithaka' });
    expect(page).toContain('<form role="search" aria-label="Databases" method="get" action="/a-z">');
    expect(page).toContain('<input type="search" id="q" name="q" value="journals">');
    expect(page).toContain('<option value="e-journal-package" selected>E-journal package (1)</option>');
    expect(page).toContain('<input type="checkbox" id="new" name="new" value="true">');
    expect(page).toContain('<input type="hidden" name="vendor" value="ithaka">');
    expect(page).toContain('<h3><a href="https://login.proxy.example.edu/login?url=https%3A%2F%2Fwww.jstor.org%2F">JSTOR</a></h3>');
    expect(pageFor({ trial: 'true' })).toContain('<input type="checkbox" id="trial" name="trial" value="true" checked>');
  });

  it('keeps a filter in force selected even when nothing matches it any more', () => {
    expect(pageFor({ subject: 'chemistry' })).toContain('<option value="chemistry" selected>chemistry (0)</option>');
  });

  it('says when nothing matches, and how to see everything again', () => {
    expect(pageFor({ q: 'nothing like this' })).toContain('<p>No database matches your search. <a href="/a-z">Show every database</a>.</p>');
    expect(pageFor({ letter: 'Q' })).toContain('<p>No database is listed under Q. <a href="/a-z">Show every database</a>.</p>');
  });

  it('links to the next page with the letter and filters in force', () => {
    const page = pageFor({ subject: 'history' });
    expect(page).not.toContain('rel="next"');
    const all = pageFor({});
    expect(all).toContain('<p>4 databases on this page.</p>');
    expect(all).toContain('<a href="/a-z?cursor=4" rel="next">Next page</a>');
  });

  it('keeps the as-of day in every link and the form, and says which day the list is of', () => {
    const page = renderAzPage(listingFor({}), { path: '/a-z', asOf: { activeOn: '2026-12-03' } });
    expect(page).toContain('<p class="notice">This is the list as it was on <time datetime="2026-12-03">3 December 2026</time>.</p>');
    expect(page).toContain('href="/a-z?letter=B&amp;activeOn=2026-12-03"');
    expect(page).toContain('<input type="hidden" name="activeOn" value="2026-12-03">');
  });
});

describe('the page as GET /a-z serves it', () => {
  const publicPage = (libraryName = 'Library') => new AzPublicPage({ aZ: { newDays: 30, libraryName } } as AppConfig);

  it('names the library as LIBRARY_NAME says, escaped', () => {
    const page = publicPage('Bibliothèque <Centrale> & Co').render(listingFor(), { activeOn: false, knownAt: false });
    expect(page).toContain('<title>Databases A–Z – Bibliothèque &lt;Centrale&gt; &amp; Co</title>');
    expect(page).toContain('<p class="site">Bibliothèque &lt;Centrale&gt; &amp; Co</p>');
  });

  it('allows exactly its own stylesheet and a form sent to itself, and nothing else', () => {
    const page = publicPage().render(listingFor(), { activeOn: false, knownAt: false });
    const style = /<style>([^<]*)<\/style>/.exec(page)?.[1] ?? '';
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    expect(publicPage().contentSecurityPolicy).toBe(
      `default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; style-src 'sha256-${hash}'`,
    );
  });

  it('keeps in its links only the as-of parameters and page size the request named, the as-of in the listing’s canonical form', () => {
    const listing = { ...listingFor(), knownAt: '2026-11-30T00:00:00.000Z' };
    const page = publicPage().render(listing, { activeOn: false, knownAt: true, limit: 4 });
    expect(page).toContain('href="/a-z?letter=B&amp;knownAt=2026-11-30T00%3A00%3A00.000Z&amp;limit=4"');
    expect(page).toContain('<input type="hidden" name="limit" value="4">');
    expect(page).not.toContain('activeOn=');
  });
});
