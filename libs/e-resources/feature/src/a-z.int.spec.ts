import { addDays, LocalCalendar } from '@era/calendar';
import { EResourceEvent, organisationStream, SUBJECT_VOCABULARY_STREAM } from '@era/e-resources-domain';
import { aRegistration, associateMetadata, startAzApi, streamOf } from './testing/a-z-api';
import { AzListing } from './a-z/a-z-listing';
import { TOKENS } from '@era/api-testing';

const PREFIX = 'https://login.proxy.example.edu/login?url=';
const today = new LocalCalendar('UTC').today();
const STANZA = 'Title JSTOR\nURL https://www.jstor.org\nDomain jstor.org';
const TRICKY_URL = 'https://search.example.com/a b/Zürich?q=x&y=1#frag';

describe('the A-Z list over HTTP (public reads, CSV, staff view, EZproxy export)', () => {
  let api: Awaited<ReturnType<typeof startAzApi>>;
  let position = 0;
  const recordIn = async (stream: string, event: { type: string; data: object }) => {
    position = (await api.events.append(stream, [event], { expectedRevision: 'any', metadata: associateMetadata })).position;
  };
  const record = (event: EResourceEvent) => recordIn(streamOf(event), event);
  const activate = (resourceId: string, effectiveFrom: string, extra: Record<string, unknown> = {}): EResourceEvent => ({
    type: 'ResourceActivated',
    data: {
      resourceId,
      activationId: `${resourceId}-1`,
      effectiveFrom,
      accessKind: 'subscription',
      audience: { kind: 'everyone' },
      reason: 'Subscribed',
      ...extra,
    },
  });
  const get = (path: string) => api.http().get(path).set('X-Min-Position', String(position));

  beforeAll(async () => {
    api = await startAzApi({ ERA_PROXY_PREFIX: PREFIX, AZ_NEW_DAYS: '30' });
    await recordIn(organisationStream('ithaka'), { type: 'OrganisationRegistered', data: { organisationId: 'ithaka', name: 'ITHAKA', roles: ['vendor'] } });
    await recordIn(SUBJECT_VOCABULARY_STREAM, { type: 'SubjectDefined', data: { key: 'history', label: 'History' } });
    await record(
      aRegistration('jstor', 'JSTOR', {
        subjects: ['history', 'arts'],
        description: 'Journal archive',
        formerNames: ['Journal Storage Project'],
        proxied: true,
        vendorId: 'ithaka',
      }),
    );
    await record(activate('jstor', addDays(today, -400)));
    await record({ type: 'EResourceStanzaSet', data: { resourceId: 'jstor', stanza: STANZA } });
    await record(
      aRegistration('zola', 'Les Œuvres d’Émile Zola', {
        resourceType: 'e-book-collection',
        subjects: ['literature'],
        alternateNames: ['Zola complete works'],
        accessUrl: TRICKY_URL,
        proxied: true,
        publicAccessNotes: 'On campus only',
        internalNotes: 'Vendor contact is slow',
      }),
    );
    await record(activate('zola', addDays(today, -5), { accessKind: 'trial', trialEndsOn: addDays(today, 20), audience: { kind: 'on-campus' } }));
    await record(aRegistration('1000-maps', '1000 Maps of Europe', { subjects: ['history'], description: '=HYPERLINK("http://evil")' }));
    await record(activate('1000-maps', addDays(today, -40)));
    await record(aRegistration('secret', 'Secret Staff Database', { hidden: true, internalNotes: 'Staff only' }));
    await record(activate('secret', addDays(today, -40)));
    await record({ type: 'EResourceStanzaSet', data: { resourceId: 'secret', stanza: 'Title Secret\nURL https://secret.example.com' } });
    await record(aRegistration('future', 'Future Database'));
    await record(activate('future', addDays(today, 10)));
    await record(aRegistration('never', 'Never Activated'));
  });
  afterAll(() => api.close());

  it('answers anyone, without a token, the resources active today in filing order, with letters, facets and public fields only', async () => {
    const response = await get('/a-z').expect(200);
    const listing = response.body as AzListing;
    expect(listing.activeOn).toBe(today);
    expect(listing.entries.map((entry) => entry.id)).toEqual(['1000-maps', 'jstor', 'zola']);
    expect(listing.letters).toEqual([
      { letter: '#', count: 1 },
      { letter: 'J', count: 1 },
      { letter: 'O', count: 1 },
    ]);
    expect(listing.facets.subjects).toEqual([
      { key: 'arts', label: 'arts', count: 1 },
      { key: 'history', label: 'History', count: 2 },
      { key: 'literature', label: 'literature', count: 1 },
    ]);
    const zola = listing.entries.find((entry) => entry.id === 'zola')!;
    expect(zola).toMatchObject({ letter: 'O', accessNotes: 'On campus only', isNew: true, isTrial: true, trialEndsOn: addDays(today, 20) });
    expect(listing.entries.find((entry) => entry.id === 'jstor')).toMatchObject({
      isNew: false,
      isTrial: false,
      vendor: { id: 'ithaka', name: 'ITHAKA' },
      resourceType: { key: 'database', label: 'Database' },
      subjects: [
        { key: 'history', label: 'History' },
        { key: 'arts', label: 'arts' },
      ],
    });
    expect(listing.facets.types).toEqual([
      { key: 'database', label: 'Database', count: 2 },
      { key: 'e-book-collection', label: 'E-book collection', count: 1 },
    ]);
    expect(response.text).not.toMatch(/Secret|Vendor contact|Staff only|stanza|internalNotes|Title JSTOR/);
  });

  it('builds each proxied link as the prefix and the encoded access URL, and the others as the URL itself', async () => {
    const { entries } = (await get('/a-z').expect(200)).body as AzListing;
    const zola = entries.find((entry) => entry.id === 'zola')!;
    expect(zola.link).toBe(PREFIX + 'https%3A%2F%2Fsearch.example.com%2Fa%2520b%2FZ%25C3%25BCrich%3Fq%3Dx%26y%3D1%23frag');
    // Decoded once (as the proxy does), the value is the access URL as a browser would send it.
    expect(decodeURIComponent(zola.link!.slice(PREFIX.length))).toBe(new URL(TRICKY_URL).href);
    expect(new URL(zola.link!).searchParams.get('url')).toBe('https://search.example.com/a%20b/Z%C3%BCrich?q=x&y=1#frag');
    expect(entries.find((entry) => entry.id === '1000-maps')!.link).toBe('https://1000-maps.example.com/');
  });

  it('filters by letter, subject, type, vendor, new, trial and words, counting letters over the rest of the filters', async () => {
    const ids = async (query: string) => ((await get(`/a-z?${query}`).expect(200)).body as AzListing).entries.map((entry) => entry.id);
    expect(await ids('letter=J')).toEqual(['jstor']);
    expect(await ids('letter=%23')).toEqual(['1000-maps']);
    expect(await ids('subject=history')).toEqual(['1000-maps', 'jstor']);
    expect(await ids('type=e-book-collection')).toEqual(['zola']);
    expect(await ids('vendor=ithaka')).toEqual(['jstor']);
    expect(await ids('trial=true')).toEqual(['zola']);
    expect(await ids('new=false')).toEqual(['1000-maps', 'jstor']);
    expect(await ids('q=emile%20zol')).toEqual(['zola']);
    expect(await ids('q=COMPLETE')).toEqual(['zola']);
    expect(await ids('q=archive')).toEqual(['jstor']);
    expect(await ids('q=zzz')).toEqual([]);
    expect(await ids('q=oeuvres')).toEqual(['zola']);
    expect(await ids('q=stor%20proj')).toEqual(['jstor']);
    expect(await ids('q=JSTOR%20Archiv')).toEqual(['jstor']);
    expect(await ids('q=jstor%20zola')).toEqual([]);
    expect(await ids('q=%20%20')).toEqual(['1000-maps', 'jstor', 'zola']);
    const letters = ((await get('/a-z?subject=history&letter=J').expect(200)).body as AzListing).letters;
    expect(letters).toEqual([
      { letter: '#', count: 1 },
      { letter: 'J', count: 1 },
    ]);
  });

  it('pages with a cursor in filing order', async () => {
    const first = (await get('/a-z?limit=2').expect(200)).body as AzListing;
    expect(first.entries.map((entry) => entry.id)).toEqual(['1000-maps', 'jstor']);
    const second = (await get(`/a-z?limit=2&cursor=${first.nextCursor}`).expect(200)).body as AzListing;
    expect(second.entries.map((entry) => entry.id)).toEqual(['zola']);
    expect(second.nextCursor).toBeUndefined();
    await get('/a-z?cursor=not-a-cursor!').expect(400);
  });

  it('refuses bad input with a problem, never a 5xx', async () => {
    for (const query of [
      'activeOn=2026-02-30',
      'activeOn=yesterday',
      'knownAt=2026-01-01',
      'knownAt=2026-13-01T00:00:00Z',
      'activeOn=9999-12-31',
      'knownAt=9999-12-31T23:59:59.999Z',
      'knownAt=9999-12-31T23:00:00-05:00',
      'letter=AB',
      'trial=yes',
      'limit=0',
      `q=${'x'.repeat(201)}`,
      `q=${Array.from({ length: 17 }, (_, n) => `w${n}`).join('%20')}`,
    ]) {
      const response = await get(`/a-z?${query}`);
      expect([query, response.status, response.headers['content-type']]).toEqual([query, 400, expect.stringContaining('application/problem+json')]);
    }
  });

  it('marks public answers cacheable with a strong ETag, and answers 304 to a client holding the same bytes', async () => {
    const first = await get('/a-z?letter=J').expect(200);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    const again = await get('/a-z?letter=J').set('If-None-Match', first.headers.etag).expect(304);
    expect(again.text).toBe('');
    await get('/a-z?letter=O').set('If-None-Match', first.headers.etag).expect(200);
    // A new recording that changes the list changes the tag.
    await record(aRegistration('jazz', 'Jazz Online'));
    await record(activate('jazz', addDays(today, -1)));
    const changed = await get('/a-z?letter=J').set('If-None-Match', first.headers.etag).expect(200);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    expect((changed.body as AzListing).entries.map((entry) => entry.id)).toEqual(['jazz', 'jstor']);
  });

  it('answers one entry, and 404 alike for hidden, unknown and not active that day', async () => {
    const zola = await get('/a-z/zola').expect(200);
    expect(zola.body).toMatchObject({ id: 'zola', name: 'Les Œuvres d’Émile Zola', isTrial: true });
    expect(zola.headers.etag).toBeDefined();
    await get('/a-z/zola').set('If-None-Match', zola.headers.etag).expect(304);
    for (const id of ['secret', 'nowhere', 'never', 'future']) await get(`/a-z/${id}`).expect(404);
    await get(`/a-z/future?activeOn=${addDays(today, 10)}`).expect(200);
  });

  it('exports the filtered list as CSV, formula-like cells neutralised', async () => {
    const response = await get('/a-z.csv?subject=history').expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    const lines = response.text
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('id,name,letter,link,type,subjects,vendor,new,trial,trial_ends_on,access_notes,description,permitted_uses');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['1000-maps', 'jstor']);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(response.text).not.toContain('Secret');
  });

  it('shows staff every resource with everything recorded, and no one else', async () => {
    await get('/e-resources').expect(401);
    const response = await get('/e-resources?limit=50').set(api.as(TOKENS.desk)).expect(200);
    const items = response.body.items as { id: string; activeOn: boolean; hidden: boolean; internalNotes?: string; stanza?: string }[];
    expect(items.map((item) => item.id)).toEqual(['1000-maps', 'future', 'jazz', 'jstor', 'never', 'zola', 'secret']);
    expect(items.find((item) => item.id === 'secret')).toMatchObject({ hidden: true, activeOn: true, internalNotes: 'Staff only' });
    expect(items.find((item) => item.id === 'never')).toMatchObject({ activeOn: false });
    expect(items.find((item) => item.id === 'jstor')).toMatchObject({ stanza: STANZA });
    const hiddenOnly = await get('/e-resources?hidden=true').set(api.as(TOKENS.auditor)).expect(200);
    expect(hiddenOnly.body.items.map((item: { id: string }) => item.id)).toEqual(['secret']);
    const found = await get('/e-resources?q=secret%20staff').set(api.as(TOKENS.desk)).expect(200);
    expect(found.body.items.map((item: { id: string }) => item.id)).toEqual(['secret']);
    const inactive = await get('/e-resources?active=false').set(api.as(TOKENS.student)).expect(200);
    expect(inactive.body.items.map((item: { id: string }) => item.id)).toEqual(['future', 'never']);
  });

  it('exports the EZproxy stanzas of resources active today and proxied, to editors only', async () => {
    await get('/e-resources/ezproxy-config').set(api.as(TOKENS.desk)).expect(403);
    const response = await get('/e-resources/ezproxy-config').set(api.as(TOKENS.associate)).expect(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    // "secret" has a stanza but is not proxied; the others have none.
    expect(response.text).toBe('# JSTOR (jstor)\nTitle JSTOR\nURL https://www.jstor.org\nDomain jstor.org\n');
  });
});
