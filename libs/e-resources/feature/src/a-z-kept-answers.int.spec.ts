import { addDays, LocalCalendar } from '@era/calendar';
import { EResourceEvent, SUBJECT_VOCABULARY_STREAM } from '@era/e-resources-domain';
import { aRegistration, associateMetadata, startAzApi, streamOf } from './testing/a-z-api';

const today = new LocalCalendar('UTC').today();

/**
 * The public A-Z answers are kept whole (bytes and ETag) by the read models' positions: these would fail if a kept
 * answer outlived a recording that changes it, or if a client holding the bytes stopped getting 304.
 */
describe('the kept public A-Z answers over HTTP', () => {
  let api: Awaited<ReturnType<typeof startAzApi>>;
  let position = 0;
  const recordIn = async (stream: string, event: { type: string; data: object }) => {
    position = (await api.events.append(stream, [event], { expectedRevision: 'any', metadata: associateMetadata })).position;
  };
  const record = (event: EResourceEvent) => recordIn(streamOf(event), event);
  const get = (path: string, accept = 'application/json') => api.http().get(path).set('Accept', accept).set('X-Min-Position', String(position));
  const reads: [name: string, path: string, accept: string][] = [
    ['JSON list', '/a-z?subject=history', 'application/json'],
    ['HTML page', '/a-z?subject=history', 'text/html'],
    ['one entry', '/a-z/jstor', 'application/json'],
    ['CSV', '/a-z.csv?subject=history', 'text/csv'],
  ];

  beforeAll(async () => {
    api = await startAzApi();
    await recordIn(SUBJECT_VOCABULARY_STREAM, { type: 'SubjectDefined', data: { key: 'history', label: 'History' } });
    await record(aRegistration('jstor', 'JSTOR', { subjects: ['history'] }));
    await record({
      type: 'ResourceActivated',
      data: {
        resourceId: 'jstor',
        activationId: 'jstor-1',
        effectiveFrom: addDays(today, -30),
        accessKind: 'subscription',
        audience: { kind: 'everyone' },
        reason: 'Subscribed',
      },
    });
  });
  afterAll(() => api.close());

  it.each(reads)('%s: the same bytes and tag again, and 304 to a client holding them', async (_name, path, accept) => {
    const first = await get(path, accept).expect(200);
    const again = await get(path, accept).expect(200);
    expect([again.headers.etag, again.text]).toEqual([first.headers.etag, first.text]);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    const held = await get(path, accept).set('If-None-Match', first.headers.etag).expect(304);
    expect(held.text).toBe('');
  });

  let renames = 0;
  it.each(reads)('%s: a rename recorded after it was kept shows at once, under a new tag', async (_name, path, accept) => {
    const before = await get(path, accept).expect(200);
    const name = `JSTOR Archive ${++renames}`;
    expect(before.text).not.toContain(name);
    await record({
      type: 'EResourceDetailsRevised',
      data: { resourceId: 'jstor', name, alternateNames: [], formerNames: ['JSTOR'], resourceType: 'database', subjects: ['history'] },
    });
    const after = await get(path, accept).set('If-None-Match', before.headers.etag).expect(200);
    expect(after.text).toContain(name);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it.each(reads)('%s: a relabelled subject (the register alone moves) shows at once', async (_name, path, accept) => {
    const label = `History ${position}`;
    await get(path, accept).expect(200);
    await recordIn(SUBJECT_VOCABULARY_STREAM, { type: 'SubjectRelabelled', data: { key: 'history', label } });
    const after = await get(path, accept).expect(200);
    expect(after.text).toContain(label);
  });

  it('answers a past knownAt with the bytes it had then, a write since notwithstanding', async () => {
    const knownAt = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const before = await get(`/a-z?knownAt=${knownAt}`).expect(200);
    await record(aRegistration('later', 'Later Database'));
    await record({
      type: 'ResourceActivated',
      data: {
        resourceId: 'later',
        activationId: 'later-1',
        effectiveFrom: addDays(today, -1),
        accessKind: 'subscription',
        audience: { kind: 'everyone' },
        reason: 'x',
      },
    });
    await get(`/a-z?knownAt=${knownAt}`).set('If-None-Match', before.headers.etag).expect(304);
    const now = await get('/a-z').expect(200);
    expect(now.body.entries.map((entry: { id: string }) => entry.id)).toEqual(['jstor', 'later']);
  });
});
