import Database from 'better-sqlite3';
import { join } from 'node:path';
import { EventStore, VerificationReport } from '@era/event-store';
import { OpenStores } from '@era/platform';
import { captureIo, openTestStores, recordInquiry, tempDataDir, TempDataDir, voidInquiry } from '../testing/cli-fixtures';
import { verify } from './verify';

describe('era verify', () => {
  let dir: TempDataDir;
  let stores: OpenStores | undefined;
  /** Stream ids by name: a is recorded then voided (two revisions), b and c have one event each. */
  let streams: { a: string; b: string; c: string };

  beforeEach(async () => {
    dir = tempDataDir();
    const seeding = await openTestStores(dir.path);
    const a = await recordInquiry(seeding.events, { inquiryId: 'a0000000-0000-4000-8000-000000000001' });
    const b = await recordInquiry(seeding.events);
    await voidInquiry(seeding.events, 'a0000000-0000-4000-8000-000000000001');
    const c = await recordInquiry(seeding.events);
    streams = { a: a.events[0].streamId, b: b.events[0].streamId, c: c.events[0].streamId };
    await seeding.close();
  });
  afterEach(async () => {
    await stores?.close();
    stores = undefined;
    dir.remove();
  });

  /** Alters the file behind the store's back, as someone with file access could: triggers off, then SQL. */
  function tamper(sql: string, ...params: unknown[]): void {
    const db = new Database(join(dir.path, 'events.sqlite'));
    db.exec('DROP TRIGGER events_are_immutable; DROP TRIGGER events_are_never_deleted;');
    db.prepare(sql).run(...params);
    db.close();
  }

  async function run(options: Parameters<typeof verify>[1] = {}) {
    stores = await openTestStores(dir.path);
    const io = captureIo();
    const code = await verify(stores, options, io);
    return { code, out: io.stdout(), err: io.stderr() };
  }

  it('reports an intact log as OK with exit code 0', async () => {
    const { code, out, err } = await run();
    expect(code).toBe(0);
    expect(out).toBe('OK: 4 events in 3 streams verified, head position 4');
    expect(err).toBe('');
  });

  it('prints the report as JSON with --json', async () => {
    const { code, out } = await run({ json: true });
    expect(code).toBe(0);
    const report = JSON.parse(out) as VerificationReport;
    expect(report).toMatchObject({ ok: true, eventsChecked: 4, streamsChecked: 3, headPosition: 4, problems: [] });
  });

  it('reports progress on stderr during the walk', async () => {
    const { err } = await run({ progressEvery: 2 });
    expect(err.split('\n')).toEqual(['verified 2 / 4 events', 'verified 4 / 4 events']);
  });

  it('finds an altered event, naming its stream and revision, with exit code 2', async () => {
    tamper(`UPDATE events SET data = json_set(data, '$.durationMinutes', 1) WHERE stream_id = ? AND stream_revision = 0`, streams.b);
    const { code, out } = await run();
    expect(code).toBe(2);
    expect(out.split('\n')[0]).toBe(`TAMPERED: stream ${streams.b} revision 0: content does not match its hash (altered) [hash-mismatch, global position 2]`);
    expect(out).toContain('1 problem found in 4 events in 3 streams checked, head position 4');
  });

  it('finds a deleted event, then lists every further problem on its own line', async () => {
    tamper('DELETE FROM events WHERE stream_id = ? AND stream_revision = 0', streams.a);
    const { code, out } = await run();
    expect(code).toBe(2);
    const lines = out.split('\n');
    // The headline names the stream that lost an event; the hole in the global log is listed after it.
    expect(lines[0]).toBe(
      `TAMPERED: stream ${streams.a}: expected revision 0 but found 1 (missing or reordered events) [revision-out-of-sequence, global position 3]`,
    );
    expect(lines).toContain('further problems (1):');
    const further = lines.find((line) => line.startsWith('position-gap'));
    expect(further).toMatch(new RegExp(`^position-gap\\s+${streams.b}\\s+0\\s+2\\s+1 event\\(s\\) missing from the global log before position 2 \\(after 0\\)$`));
    expect(lines[lines.length - 1]).toBe('2 problems found in 3 events in 3 streams checked, head position 4');
  });

  it('finds the last event of the log deleted, through the recorded stream heads', async () => {
    tamper('DELETE FROM events WHERE stream_id = ?', streams.c);
    const { code, out } = await run();
    expect(code).toBe(2);
    expect(out.split('\n')[0]).toBe(`TAMPERED: stream ${streams.c}: revisions 0..0 are recorded as written but missing (deleted) [stream-head-missing-events]`);
  });

  it('verifies only the streams asked for with --stream-prefix', async () => {
    tamper(`UPDATE events SET data = json_set(data, '$.durationMinutes', 1) WHERE stream_id = ?`, streams.b);
    const { code, out } = await run({ streamPrefix: [streams.a, streams.c] });
    expect(code).toBe(0);
    expect(out).toBe(`OK: 3 events in 2 streams verified (streams starting with ${streams.a}, ${streams.c}), head position 4`);
  });

  it('returns 1 with a one-line message when the store fails', async () => {
    const broken = {
      headPosition: async () => {
        throw new Error('database disk image is malformed');
      },
    } as unknown as EventStore;
    const io = captureIo();
    expect(await verify({ rawEvents: broken }, {}, io)).toBe(1);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toBe('error: database disk image is malformed');
  });
});
