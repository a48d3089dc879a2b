/**
 * Tamper evidence: events recorded through the real service, the service stopped, the SQLite event log edited
 * behind its back (after dropping the triggers that forbid UPDATE and DELETE). `era verify` must exit 2 and name
 * the stream and revision that were touched, in its text output and in its --json report.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { editEvent, rehashEvent, tamperWith } from '@era/event-store-sqlite/testing';
import { ApiClient, ensureBuilt, headcount, inquiry, killAllServices, removeDir, runCli, runCliJson, startService, tempDataDir } from './support';

jest.setTimeout(60_000);

interface Problem {
  kind: string;
  streamId: string;
  streamRevision: number;
  globalPosition?: number;
  message: string;
}

interface Report {
  ok: boolean;
  eventsChecked: number;
  firstProblem?: Problem;
  problems: Problem[];
}

const dirs: string[] = [];
let pristine: string;
const inquiries = Array.from({ length: 10 }, (_, n) => inquiry(n));
const streamOf = (n: number) => `desk-inquiry-${inquiries[n].id}`;
/** Inquiries voided after all ten were recorded: their streams hold revision 0 early in the log and revision 1 later. */
const VOIDED = [2, 5, 8];
const EVENTS = inquiries.length + VOIDED.length + 2;

beforeAll(async () => {
  await ensureBuilt();
  pristine = tempDataDir('era-e2e-tamper');
  dirs.push(pristine);
  const service = await startService({ dataDir: pristine });
  const api = ApiClient.for(service);
  // Sequential, so the layout of the log is known: positions 1-10 the inquiries, 11-13 the voids, 14-15 headcounts.
  for (const body of inquiries) expect((await api.post('/desk/inquiries', body)).status).toBe(201);
  for (const n of VOIDED) expect((await api.post(`/desk/inquiries/${inquiries[n].id}/void`, { reason: 'entered twice' })).status).toBe(200);
  for (const n of [0, 1]) expect((await api.post('/desk/headcounts', headcount(n))).status).toBe(201);
  expect(await api.headPosition()).toBe(EVENTS);
  await service.stop('SIGTERM');
}, 120_000);

afterAll(async () => {
  await killAllServices();
  dirs.forEach(removeDir);
});

/** A copy of the pristine data directory, its event log edited by `tamper` with the guarding triggers dropped. */
function tamperedCopy(label: string, tamper: (db: Database.Database) => void): string {
  const dir = tempDataDir(`era-e2e-tamper-${label}`);
  dirs.push(dir);
  cpSync(pristine, dir, { recursive: true });
  tamperWith(join(dir, 'events.sqlite'), tamper);
  return dir;
}

async function verifyBoth(dataDir: string) {
  const text = await runCli(['verify'], { dataDir });
  const json = await runCliJson<Report>(['verify'], { dataDir });
  return { text, json };
}

function tamperedLine(stdout: string): string {
  const line = stdout.split('\n').find((candidate) => candidate.startsWith('TAMPERED'));
  if (!line) throw new Error(`verify printed no TAMPERED line:\n${stdout}`);
  return line;
}

describe('era verify', () => {
  it('reports the untouched log as intact (exit 0)', async () => {
    const { text, json } = await verifyBoth(pristine);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(/TAMPERED/);
    expect(text.stdout).toMatch(/^OK/m);
    expect(json.code).toBe(0);
    expect(json.json).toMatchObject({ ok: true, eventsChecked: EVENTS, problems: [] });
  });

  it('catches an edited event (UPDATE of its data) and names its stream and revision', async () => {
    const stream = streamOf(2);
    const dir = tamperedCopy('update', (db) => editEvent(db, stream, 0, (data) => ({ ...data, durationMinutes: 599 })));
    const { text, json } = await verifyBoth(dir);
    expect(text.code).toBe(2);
    const line = tamperedLine(text.stdout);
    expect(line).toContain(stream);
    expect(line).toMatch(/revision 0\b/);
    expect(json.code).toBe(2);
    expect(json.json.ok).toBe(false);
    expect(json.json.firstProblem).toMatchObject({ kind: 'hash-mismatch', streamId: stream, streamRevision: 0, globalPosition: 3 });
    // Only that event is wrong: nothing else is blamed.
    expect(json.json.problems.map((problem) => problem.streamId)).toEqual([stream]);
  });

  it('catches an edited event whose hash was recomputed: the next event no longer chains to it', async () => {
    const stream = streamOf(5);
    const dir = tamperedCopy('rehash', (db) => rehashEvent(db, stream, 0, (data) => ({ ...data, location: 'nowhere' })));
    const { text, json } = await verifyBoth(dir);
    expect(text.code).toBe(2);
    expect(tamperedLine(text.stdout)).toContain(stream);
    expect(json.code).toBe(2);
    expect(json.json.firstProblem).toMatchObject({ kind: 'chain-broken', streamId: stream, streamRevision: 1 });
  });

  it('catches a deleted event in the middle of the log whose stream goes on, and names that stream and revision', async () => {
    const stream = streamOf(5);
    const dir = tamperedCopy('delete-first', (db) => {
      const { changes } = db.prepare('DELETE FROM events WHERE stream_id = ? AND stream_revision = 0').run(stream);
      expect(changes).toBe(1);
    });
    const { text, json } = await verifyBoth(dir);
    expect(text.code).toBe(2);
    tamperedLine(text.stdout);
    expect(text.stdout).toContain(stream);
    expect(json.code).toBe(2);
    expect(json.json.ok).toBe(false);
    // The stream's own check: revision 1 follows nothing, revision 0 is missing.
    const ofStream = json.json.problems.filter((problem) => problem.streamId === stream);
    expect(ofStream).toEqual([
      expect.objectContaining({ kind: 'revision-out-of-sequence', streamRevision: 1, message: expect.stringContaining('expected revision 0') }),
    ]);
    // And the hole in the global log is reported where it is (position 6 missing).
    expect(json.json.problems).toContainEqual(expect.objectContaining({ kind: 'position-gap', globalPosition: 7 }));
  });

  it("catches a deleted event that was its stream's last, and names that stream and revision", async () => {
    const stream = streamOf(8);
    const dir = tamperedCopy('delete-last', (db) => {
      const { changes } = db.prepare('DELETE FROM events WHERE stream_id = ? AND stream_revision = 1').run(stream);
      expect(changes).toBe(1);
    });
    const { text, json } = await verifyBoth(dir);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain(stream);
    expect(json.code).toBe(2);
    expect(json.json.problems).toContainEqual(expect.objectContaining({ kind: 'stream-head-missing-events', streamId: stream, streamRevision: 1 }));
  });

  it('catches the deletion of the newest event of the whole log (no gap after it)', async () => {
    const dir = tamperedCopy('delete-newest', (db) => {
      const { changes } = db.prepare('DELETE FROM events WHERE global_position = ?').run(EVENTS);
      expect(changes).toBe(1);
    });
    const { text, json } = await verifyBoth(dir);
    expect(text.code).toBe(2);
    expect(json.json.firstProblem).toMatchObject({ kind: 'stream-head-missing-events', streamRevision: 0 });
    expect(json.json.firstProblem?.streamId).toMatch(/^desk-headcount-/);
    expect(text.stdout).toContain(json.json.firstProblem?.streamId);
  });
});
