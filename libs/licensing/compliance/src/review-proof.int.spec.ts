import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppendMetadata } from '@era/event-store';
import { sealLedger, WHOLE_LOG } from '@era/ledger-integrity';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { appendBackDated as appendBackDatedTo, tamperWith } from '@era/event-store-sqlite/testing';
import { DEFAULT_LICENCE_TERMS, DEFAULT_VOCABULARY_SEED, LicenceEvent, licenceStream, VOCABULARY_STREAM } from '@era/licensing-domain';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { produceComplianceReview } from './produce-review';
import { renderReviewHtml } from './render-review-html';
import { reviewJson } from './review-digest';
import { ComplianceReview } from './review-report';
import { reviewFindsTampering } from './review-verification';

const A = 'b0000000-0000-4000-8000-00000000000a';
const B = 'b0000000-0000-4000-8000-00000000000b';
const associate: AppendMetadata = { actor: { id: 's-associate', role: 'associate' }, correlationId: 'c', causationId: 'c', source: 'api' };
const librarian: AppendMetadata = { ...associate, actor: { id: 's-librarian', role: 'librarian' } };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What a review proves, on a real SQLite file: that it is the same whatever is legitimately recorded after asOf, and
 * that an intruder with the file cannot change it unnoticed: not by back-dating an event into the past, nor by
 * deleting a whole licence.
 */
describe('compliance review: reproducible, and tamper-evident', () => {
  let dir: string;
  let file: string;
  let store: SqliteEventStore;
  /** After both licences were recorded and the ledger sealed. */
  let asOf = '';
  /** recordedAt of the first licence event: a forger's date "long ago". */
  let firstRecordedAt = '';

  const appendLicence = async (licenceId: string, event: LicenceEvent, metadata = associate) => {
    await pause(3);
    return store.append(licenceStream(licenceId), [event], { expectedRevision: 'any', metadata });
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'era-review-proof-'));
    file = join(dir, 'events.sqlite');
    store = new SqliteEventStore({ file });
    await store.append(VOCABULARY_STREAM, [{ type: 'LicenceTermVocabularySeeded', data: { seed: DEFAULT_VOCABULARY_SEED, terms: DEFAULT_LICENCE_TERMS } }], {
      expectedRevision: 'no_stream',
      metadata: { ...associate, actor: { id: 'system', role: 'system' }, source: 'system' },
    });
    const drafted = await appendLicence(A, {
      type: 'LicenceDrafted',
      data: { licenceId: A, name: 'Alpha Journals', licensor: 'Alpha', type: 'local', resourceIds: [] },
    });
    firstRecordedAt = drafted.events[0].metadata.recordedAt;
    await appendLicence(A, {
      type: 'LicenceVersionRecorded',
      data: {
        licenceId: A,
        versionId: 'b0000000-0000-4000-8000-0000000000a1',
        kind: 'original',
        label: 'Agreement',
        effectiveFrom: '2024-01-01',
        effectiveTo: null,
        terms: { 'ill-electronic': { value: 'prohibited-explicit' } },
      },
    });
    await appendLicence(B, { type: 'LicenceDrafted', data: { licenceId: B, name: 'Beta Books', licensor: 'Beta', type: 'local', resourceIds: [] } });
    await store.append('desk-inquiry-1', [{ type: 'InquiryRecorded', data: {} }], { expectedRevision: 'no_stream', metadata: associate });
    await pause(3);
    await sealLedger(store, librarian);
    await pause(3);
    asOf = new Date().toISOString();
    await pause(3);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const review = (licenceId?: string, at = asOf) =>
    produceComplianceReview(
      { events: store, rawEvents: store, documents: { check: async () => 'intact' }, openScratch: () => new SqliteReadStore({ file: '' }) },
      { asOf: at, effectiveOn: '2025-01-15', timeZone: 'UTC', provisional: false, ...(licenceId !== undefined && { licenceId }) },
    );
  const bytes = (report: ComplianceReview) => ({ json: reviewJson(report), html: renderReviewHtml(report), digest: report.reviewDigest });
  const problemsOf = (report: ComplianceReview) => report.verification.problems.map((problem) => [problem.kind, problem.streamId, problem.streamRevision]);

  /** An intruder with the file (through the store's own connection), lifting the triggers that forbid changing or deleting rows. */
  function tamper(change: (db: SqliteEventStore['database']) => void): void {
    tamperWith(store.database, change);
  }

  /** A careful intruder: an event chained onto the stream's head with correct hashes, its head moved, its date in the past. */
  function appendBackDated(streamId: string, event: LicenceEvent, claimedRecordedAt: string): void {
    appendBackDatedTo(store.database, streamId, event, librarian, claimedRecordedAt);
  }

  describe('reproducible', () => {
    it('gives the same bytes and digest after a legitimate change to the same licence and a new seal, and differs once tampered with', async () => {
      const [one, all] = [await review(A), await review()];
      expect(one.verification).toMatchObject({ ok: true, eventsCheckedUpToAsOf: 1 + 2 + 1, problems: [] });
      expect(all.verification).toMatchObject({ ok: true, eventsCheckedUpToAsOf: 1 + 2 + 1 + 1, problems: [] });

      await appendLicence(A, { type: 'LicenceStatusRecorded', data: { licenceId: A, from: 'in-negotiation', to: 'active' } });
      await sealLedger(store, librarian);
      expect(bytes(await review(A))).toEqual(bytes(one));
      expect(bytes(await review())).toEqual(bytes(all));

      tamper((db) =>
        db.prepare(`UPDATE events SET data = json_set(data, '$.name', 'Forged') WHERE stream_id = ? AND stream_revision = 0`).run(licenceStream(A)),
      );
      const tampered = await review(A);
      expect(tampered.reviewDigest).not.toBe(one.reviewDigest);
      expect(problemsOf(tampered)).toEqual([['hash-mismatch', licenceStream(A), 0]]);
    });
  });

  describe('an event back-dated into the past', () => {
    it('changes what the review shows, and the review says so: recorded out of order, and before the seal it follows', async () => {
      const before = await review(A);
      expect(before.licences[0].status).toBe('in-negotiation');
      appendBackDated(
        licenceStream(A),
        { type: 'LicenceStatusRecorded', data: { licenceId: A, from: 'in-negotiation', to: 'terminated' } },
        new Date(Date.parse(firstRecordedAt) + 1).toISOString(),
      );
      const after = await review(A);
      // The replay takes events by their recordedAt: the forged one slips into the past...
      expect(after.licences[0].status).toBe('terminated');
      // ...but not unnoticed.
      expect(after.verification.ok).toBe(false);
      expect(problemsOf(after)).toEqual([
        ['recorded-at-out-of-order', licenceStream(A), 2],
        ['recorded-before-seal', licenceStream(A), 2],
      ]);
      expect(after.verification.seals).toEqual([expect.objectContaining({ ok: false })]);
      expect(reviewFindsTampering(after)).toBe(true);
      expect(renderReviewHtml(after)).toContain(`<strong>${licenceStream(A)}</strong>, revision 2 (recorded-before-seal)`);
    });
  });

  describe('a whole licence deleted, events and recorded head', () => {
    const deleteLicence = (licenceId: string) =>
      tamper((db) => {
        db.prepare('DELETE FROM events WHERE stream_id = ?').run(licenceStream(licenceId));
        db.prepare('DELETE FROM stream_heads WHERE stream_id = ?').run(licenceStream(licenceId));
      });

    it('is reported by a review of all licences: the sealed licence is lost, and the log has gaps', async () => {
      deleteLicence(B);
      const report = await review();
      expect(report.licences.map((licence) => licence.licenceId)).toEqual([A]);
      expect(report.verification.streams).toContain(licenceStream(B));
      expect(report.verification.ok).toBe(false);
      expect(problemsOf(report)).toEqual([
        ['log-has-gaps', WHOLE_LOG, -1],
        ['sealed-events-lost', licenceStream(B), 0],
      ]);
      expect(report.verification.problems[0].message).toBe('1 event(s) missing somewhere in the global log (deleted); run `era verify` to locate them');
      expect(renderReviewHtml(report)).toContain('<strong>(whole log)</strong> (log-has-gaps)');
    });

    it('is reported by a review as of before any seal, and by a review of another licence, through the count of the log', async () => {
      deleteLicence(B);
      const early = await review(undefined, new Date(Date.parse(firstRecordedAt) + 1).toISOString());
      expect(problemsOf(early)).toEqual([['log-has-gaps', WHOLE_LOG, -1]]);
      expect(problemsOf(await review(A))).toEqual([['log-has-gaps', WHOLE_LOG, -1]]);
    });
  });
});
