import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { EventStore } from '@era/event-store';
import {
  explicitHeadsOf,
  LedgerSealed,
  ledgerSealOf,
  LedgerSealReceipt,
  SEAL_STREAM,
  SealAssertion,
  sealLedger,
  VerificationReport,
} from '@era/ledger-integrity';
import { appendBackDated, rewriteStream, tamperWith } from '@era/event-store-sqlite/testing';
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
    tamperWith(join(dir.path, 'events.sqlite'), (db) => db.prepare(sql).run(...params));
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
    expect(further).toMatch(
      new RegExp(`^position-gap\\s+${streams.b}\\s+0\\s+2\\s+1 event\\(s\\) missing from the global log before position 2 \\(after 0\\)$`),
    );
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

  it('lists stored documents that no event names, without calling the log tampered with', async () => {
    const seeding = await openTestStores(dir.path);
    const { sha256 } = await seeding.documents.put(Readable.from([Buffer.from('%PDF-1.4 an upload whose attachment was refused')]), { maxBytes: 1_000 });
    await seeding.close();
    const { code, out } = await run();
    expect(code).toBe(0);
    expect(out.split('\n').slice(-2)).toEqual(['unreferenced documents: 1 stored document named by no event (not part of the record)', `  ${sha256}`]);
  });

  it('re-hashes the title lists and row reports that holdings events name, and names an altered one', async () => {
    const seeding = await openTestStores(dir.path);
    const put = (text: string) => seeding.documents.put(Readable.from([Buffer.from(text)]), { maxBytes: 1_000 });
    const file = await put('publication_title\tonline_identifier\nAnnals of Astronomy\t1111-1119\n');
    const report = await put('{"lines":[]}');
    const imported = {
      resourceId: 'pkg-a',
      version: 1,
      effectiveFrom: '2026-01-01',
      file: { sha256: file.sha256, sizeBytes: file.sizeBytes, fileName: 'alpha-2026.txt', encoding: 'utf-8', encodingSource: 'valid-utf8', phase: 'II' },
      report: { sha256: report.sha256, sizeBytes: report.sizeBytes },
      summary: { rows: 1, imported: 1, repaired: 0, rejected: 0, duplicates: 0, titles: 1 },
      changes: { added: 1, removed: 0, revised: 0 },
      strict: false,
    };
    const metadata = { actor: { id: 's-associate', role: 'associate' }, correlationId: 'c-1', causationId: 'c-1', source: 'api' as const };
    await seeding.events.append('title-list-pkg-a', [{ type: 'TitleListImported', data: imported }], { expectedRevision: 'no_stream', metadata });
    await seeding.close();
    expect((await run()).out).not.toContain('unreferenced');

    const stored = join(dir.path, 'documents', 'sha256', file.sha256.slice(0, 2), file.sha256.slice(2, 4), file.sha256);
    chmodSync(stored, 0o644);
    writeFileSync(stored, 'publication_title\tonline_identifier\nForged Journal\t1111-1119\n');
    await stores?.close();
    stores = undefined;
    const { code, out } = await run();
    expect(code).toBe(2);
    expect(out).toContain(`document alpha-2026.txt (${file.sha256}), attached in stream title-list-pkg-a revision 0, no longer matches its SHA-256`);
  });

  it('returns 1 with a one-line message when the store fails', async () => {
    const unreachable = (): never => {
      throw new Error('not reached: verify starts with the head position');
    };
    const broken: EventStore = {
      positionsAreContiguous: true,
      headPosition: async () => {
        throw new Error('database disk image is malformed');
      },
      append: unreachable,
      readStream: unreachable,
      readAll: unreachable,
      subscribe: unreachable,
      close: async () => undefined,
    };
    const io = captureIo();
    expect(await verify({ rawEvents: broken }, {}, io)).toBe(1);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toBe('error: database disk image is malformed');
  });

  describe('with ledger seals', () => {
    let sealed: LedgerSealReceipt;
    const sealMetadata = { actor: { id: 's-librarian', role: 'librarian' }, correlationId: 'c', causationId: 'c', source: 'cli' as const };

    beforeEach(async () => {
      const sealing = await openTestStores(dir.path);
      sealed = await sealLedger(sealing.rawEvents, sealMetadata);
      await sealing.close();
    });

    /**
     * A careful intruder: changes one event and rehashes its stream onwards, so that every chain still holds together.
     * `D` is what the test knows the data to be (a seal, say).
     */
    function rewrite<D extends object = Record<string, unknown>>(streamId: string, revision: number, change: (data: D) => object): void {
      tamperWith(join(dir.path, 'events.sqlite'), (db) => rewriteStream<D>(db, streamId, revision, change));
    }

    it('prints each seal and whether it holds', async () => {
      const { code, out } = await run();
      expect(code).toBe(0);
      const lines = out.split('\n');
      expect(lines[0]).toBe('OK: 5 events in 4 streams verified, head position 5');
      expect(lines).toContain('seals (1):');
      expect(lines.find((line) => line.startsWith(sealed.digest))).toMatch(new RegExp(`^${sealed.digest}\\s+4\\s+5\\s+\\S+Z\\s+holds$`));
    });

    it('confirms a kept digest with --seal-digest', async () => {
      const { code, out } = await run({ sealDigest: [sealed.digest.toUpperCase()] });
      expect(code).toBe(0);
      expect(out.split('\n').slice(-2)).toEqual(['kept digests:', `  seal ${sealed.digest} holds`]);
    });

    it('exits 2 when no recorded seal has a kept digest', async () => {
      const unknown = 'ab'.repeat(32);
      const { code, out } = await run({ sealDigest: [sealed.digest, unknown] });
      expect(code).toBe(2);
      expect(out.split('\n')[0]).toBe(`TAMPERED: seal ${unknown} is not in the log: no recorded seal has this digest (removed or altered)`);
    });

    it('refuses a --seal-digest that is not a SHA-256 digest', async () => {
      const { code, err } = await run({ sealDigest: ['abc'] });
      expect(code).toBe(1);
      expect(err).toBe('error: --seal-digest "abc" is not a SHA-256 digest (64 hex digits)');
    });

    it('finds a sealed stream rewritten with consistent hashes, naming its stream and revision', async () => {
      rewrite(streams.a, 0, (data) => ({ ...data, durationMinutes: 45 }));
      const { code, out } = await run({ sealDigest: [sealed.digest] });
      expect(code).toBe(2);
      const lines = out.split('\n');
      expect(lines[0]).toMatch(
        new RegExp(
          `^TAMPERED: stream ${streams.a} revision 1: not the event sealed at position 5 \\(seal ${sealed.digest}\\).* \\[sealed-event-changed, global position 3\\]$`,
        ),
      );
      expect(lines.find((line) => line.startsWith(sealed.digest))).toMatch(/BROKEN$/);
      expect(lines[lines.length - 1]).toBe(`  seal ${sealed.digest} is recorded but no longer holds`);
    });

    it('finds the last event of a sealed stream deleted with its recorded head, which only the seal can name', async () => {
      tamper('DELETE FROM events WHERE stream_id = ?', streams.c);
      tamper('DELETE FROM stream_heads WHERE stream_id = ?', streams.c);
      const { code, out } = await run({ json: true });
      expect(code).toBe(2);
      const report = JSON.parse(out) as VerificationReport;
      expect(report.problems).toContainEqual(
        expect.objectContaining({ kind: 'sealed-events-lost', streamId: streams.c, streamRevision: 0, sealDigest: sealed.digest }),
      );
    });

    it('names an event back-dated before the seal (chain and recorded head made consistent) as back-dated, and the seal as broken', async () => {
      const metadata = { actor: { id: 's-desk', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api' as const };
      appendBackDated(join(dir.path, 'events.sqlite'), streams.b, { type: 'InquiryVoided', data: {} }, metadata, '2020-01-01T00:00:00.000Z');

      const { code, out } = await run({ sealDigest: [sealed.digest] });
      expect(code).toBe(2);
      const lines = out.split('\n');
      expect(lines[0]).toMatch(
        new RegExp(
          `^TAMPERED: stream ${streams.b} revision 1 \\(position 6\\): recorded at 2020-01-01T00:00:00.000Z, before the seal ${sealed.digest} .* back-dated, inserted after the seal \\[recorded-before-seal, global position 6\\]$`,
        ),
      );
      expect(lines.slice(1, 3)).toEqual([
        '  BACK-DATED: an event that comes after a ledger seal in the log claims to have been recorded before that seal: it was inserted later with a false date, and would slip into reviews of the past',
        '  BACK-DATED: an event claims to have been recorded before an event that precedes it in the log, which the store never writes: it was inserted later with a false date (or moved), and would slip into reviews of the past',
      ]);
      expect(lines.find((line) => line.startsWith('recorded-at-out-of-order'))).toContain(
        `stream ${streams.b} revision 1 (position 6): recorded at 2020-01-01T00:00:00.000Z, earlier than`,
      );
      expect(lines.find((line) => line.startsWith(sealed.digest))).toMatch(/BROKEN$/);
      expect(lines[lines.length - 1]).toBe(`  seal ${sealed.digest} is recorded but no longer holds`);
    });

    it('finds a forged seal (heads edited, digest and hashes recomputed) only through the kept digest', async () => {
      rewrite<LedgerSealed>(SEAL_STREAM, 0, (seal) => ({
        ...ledgerSealOf(
          seal.sealedThroughPosition,
          explicitHeadsOf(seal).filter((head) => head.streamId !== streams.b),
        ),
      }));
      expect((await run()).code).toBe(0);
      await stores?.close();
      const { code, out } = await run({ json: true, sealDigest: [sealed.digest] });
      expect(code).toBe(2);
      const report = JSON.parse(out) as VerificationReport & { assertedSeals: SealAssertion[] };
      expect(report.ok).toBe(true);
      expect(report.assertedSeals).toEqual([{ digest: sealed.digest, found: false, holds: false }]);
    });
  });
});
