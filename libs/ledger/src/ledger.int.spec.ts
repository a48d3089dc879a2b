import { RecordedEvent } from '@era/event-store';
import { SEAL_STREAM, VerificationReport } from '@era/ledger-integrity';
import { APP_CONFIG, AppConfig } from '@era/platform';
import { TestApi, TOKENS } from '@era/api-testing';
import { recordSomething, startLedgerApi } from './testing/ledger-api';
import { rewriteStream, tamperWith } from '@era/event-store-sqlite/testing';

const ADMIN = 'dev-admin-token';
const ASSOCIATE = 'dev-associate-token';

describe('ledger API over HTTP (real SQLite)', () => {
  let api: TestApi;
  /** A stream recorded before any seal: sealed at revision 0. */
  let sealedStream: string;

  beforeAll(async () => {
    api = await startLedgerApi();
    sealedStream = await recordSomething(api);
  });
  afterAll(() => api.close());

  const seal = (token: string, body: object = {}) => api.http().post('/ledger/seals').set(api.as(token)).send(body);

  describe('POST /ledger/seals', () => {
    it('records a seal of every stream as the librarian, answering with the digest to keep', async () => {
      const head = await api.head();
      const response = await seal(TOKENS.librarian, { reason: 'year-end review' }).set('X-Correlation-Id', 'review-2026');
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        digest: expect.stringMatching(/^[0-9a-f]{64}$/),
        sealedThroughPosition: head,
        streamCount: expect.any(Number),
        position: head + 1,
      });
      expect(response.headers['x-event-position']).toBe(String(head + 1));
      const [event] = await collect(api.events.readStream(SEAL_STREAM, { direction: 'backwards', maxCount: 1 }));
      expect(event).toMatchObject({ type: 'LedgerSealed', globalPosition: head + 1 });
      expect(event.data).toMatchObject({ digest: response.body.digest, sealedThroughPosition: head });
      expect(event.metadata).toMatchObject({
        actor: { id: 's-librarian', role: 'librarian' },
        reason: 'year-end review',
        correlationId: 'review-2026',
        source: 'api',
      });
    });

    it('lets an administrator seal too, with no body at all', async () => {
      expect((await api.http().post('/ledger/seals').set(api.as(ADMIN))).status).toBe(201);
    });

    it.each([
      ['the auditor', TOKENS.auditor],
      ['an associate', ASSOCIATE],
      ['the desk', TOKENS.desk],
      ['a student assistant', TOKENS.student],
    ])('refuses %s with 403 and appends nothing', async (_, token) => {
      const before = await api.head();
      const response = await seal(token);
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(await api.head()).toBe(before);
    });

    it.each([
      ['an unknown field', { heads: [] }, 'heads'],
      ['a blank reason', { reason: '   ' }, 'reason'],
      ['a reason that is not text', { reason: 7 }, 'reason'],
    ])('refuses %s with 400 and appends nothing', async (_, body, field) => {
      const before = await api.head();
      const response = await seal(TOKENS.librarian, body);
      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(await api.head()).toBe(before);
    });
  });

  describe('GET /ledger/seals', () => {
    it('lists every seal, oldest first, with who sealed it and what it covers', async () => {
      const response = await api.http().get('/ledger/seals').set(api.as(TOKENS.auditor));
      expect(response.status).toBe(200);
      expect(response.body.items).toEqual([
        {
          digest: expect.stringMatching(/^[0-9a-f]{64}$/),
          recordedAt: expect.stringMatching(/Z$/),
          sealedBy: { id: 's-librarian', role: 'librarian' },
          reason: 'year-end review',
          sealedThroughPosition: expect.any(Number),
          streamCount: expect.any(Number),
          position: expect.any(Number),
        },
        expect.objectContaining({ sealedBy: { id: 's-admin', role: 'admin' } }),
      ]);
      const [first, second] = response.body.items;
      // The second seal covers the first one's stream too.
      expect(second.streamCount).toBe(first.streamCount + 1);
      expect(second.sealedThroughPosition).toBe(first.position);
    });

    it.each([
      ['the desk', TOKENS.desk],
      ['a student assistant', TOKENS.student],
    ])('is not for %s', async (_, token) => {
      expect((await api.http().get('/ledger/seals').set(api.as(token))).status).toBe(403);
    });
  });

  describe('GET /ledger/verification', () => {
    it('reports the log intact and each seal holding, for the auditor and an associate', async () => {
      for (const token of [TOKENS.auditor, ASSOCIATE]) {
        const response = await api.http().get('/ledger/verification').set(api.as(token));
        expect(response.status).toBe(200);
        const report = response.body as VerificationReport;
        expect(report).toMatchObject({ ok: true, problems: [], headPosition: await api.head() });
        expect(report.seals.sealsChecked).toBe(2);
        expect(report.seals.seals.every((result) => result.ok)).toBe(true);
      }
    });

    it('verifies only the streams asked for', async () => {
      const response = await api.http().get('/ledger/verification').query({ streamPrefix: sealedStream }).set(api.as(TOKENS.auditor));
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ ok: true, eventsChecked: 1, streamsChecked: 1 });
    });

    it('checks digests kept outside the system: ok only when each is a recorded seal that holds', async () => {
      const seals = await api.http().get('/ledger/seals').set(api.as(TOKENS.auditor));
      const kept = seals.body.items[0].digest as string;
      const held = await api.http().get('/ledger/verification').query({ sealDigest: kept }).set(api.as(TOKENS.auditor));
      expect(held.body).toMatchObject({ ok: true, assertedSeals: [{ digest: kept, found: true, holds: true }] });
      const lost = 'f'.repeat(64);
      const missing = await api
        .http()
        .get('/ledger/verification')
        .query({ sealDigest: [kept, lost] })
        .set(api.as(TOKENS.auditor));
      expect(missing.body).toMatchObject({
        ok: false,
        assertedSeals: [
          { digest: kept, found: true, holds: true },
          { digest: lost, found: false, holds: false },
        ],
      });
      const malformed = await api.http().get('/ledger/verification').query({ sealDigest: 'not-a-digest' }).set(api.as(TOKENS.auditor));
      expect(malformed.status).toBe(400);
    });

    it('refuses a stream prefix outside the stream-id alphabet', async () => {
      const response = await api.http().get('/ledger/verification').query({ streamPrefix: "x' OR 1=1" }).set(api.as(TOKENS.auditor));
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    });

    it.each([
      ['the desk', TOKENS.desk],
      ['a student assistant', TOKENS.student],
    ])('is not for %s', async (_, token) => {
      expect((await api.http().get('/ledger/verification').set(api.as(token))).status).toBe(403);
    });

    // Last: it alters the log behind the service's back.
    it('names a sealed event rewritten with consistent hashes, which only the seals can tell', async () => {
      rewriteSealedStream(api.app.get<AppConfig>(APP_CONFIG), sealedStream);
      const response = await api.http().get('/ledger/verification').set(api.as(TOKENS.auditor));
      expect(response.status).toBe(200);
      const report = response.body as VerificationReport;
      expect(report.ok).toBe(false);
      expect(report.firstProblem).toMatchObject({ kind: 'sealed-event-changed', streamId: sealedStream, streamRevision: 0 });
      // Both seals hold that head; one problem names the earlier, and neither seal holds any more.
      expect(report.problems.map((problem) => problem.kind)).toEqual(['sealed-event-changed']);
      expect(report.seals.seals.map((result) => result.ok)).toEqual([false, false]);
    });
  });
});

/** An intruder with the file: edits the inquiry, recomputes its hash and its recorded stream head. */
function rewriteSealedStream(config: AppConfig, streamId: string): void {
  if (config.eventStore.kind !== 'sqlite') throw new Error('needs the SQLite store');
  tamperWith(config.eventStore.file, (db) => rewriteStream(db, streamId, 0, (data) => ({ ...data, durationMinutes: 59 })));
}

async function collect(events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}
