import { EventStore } from '@era/event-store';
import { verifyEventStore } from '@era/ledger-integrity';
import { RAW_EVENT_STORE } from '@era/platform';
import { join } from 'node:path';
import { TestApi, TOKENS } from '@era/api-testing';
import { startLicensingApi } from './testing/licences';
import { instantBetweenWrites, KnownAt, postOrFail, recordIllElectronicScenario, sealAsLibrarian } from './testing/ill-electronic-scenario';
import { appendBackDated as appendBackDatedTo } from '@era/event-store-sqlite/testing';

/**
 * What a compliance review proves, over HTTP on the real SQLite file: a review as of a past instant stays byte for
 * byte the same whatever is legitimately recorded later (a status change, a new seal), and an event forged into the
 * past by someone with the file (hash chain and stream head made consistent, its date before a seal) changes it
 * visibly: the review and the ledger verification both report it.
 */
describe('compliance review over HTTP: reproducible, and a back-dated event shows', () => {
  let api: TestApi;
  let known: KnownAt;
  let licenceId = '';
  /** After a seal of the scenario: the review's instant. */
  let asOf = '';

  beforeAll(async () => {
    api = await startLicensingApi();
    ({ known, licenceId } = await recordIllElectronicScenario(api));
    await sealAsLibrarian(api, 'before the audit');
    asOf = await instantBetweenWrites();
  });
  afterAll(() => api.close());

  const getReview = (format: 'json' | 'html', id: string | null) =>
    api
      .http()
      .get(id === null ? '/compliance-review' : `/licences/${id}/compliance-review`)
      .query({ asOf, effectiveOn: '2025-01-15', format })
      .set(api.as(TOKENS.auditor));

  /** The review of the licence and of all licences, in both forms, with their digests. */
  async function reviews() {
    const answers: Record<string, { status: number; text: string; digest: string }> = {};
    for (const id of [licenceId, null]) {
      for (const format of ['json', 'html'] as const) {
        const response = await getReview(format, id);
        answers[`${id ?? 'all'} ${format}`] = { status: response.status, text: response.text, digest: response.headers['x-review-digest'] };
      }
    }
    return answers;
  }

  /** Someone with the file: an event chained onto the licence stream's head, the head moved onto it, dated in the past. */
  function appendBackDated(claimedRecordedAt: string): void {
    const metadata = { actor: { id: 's-librarian', role: 'librarian' }, correlationId: 'forged', causationId: 'forged', source: 'api' as const };
    const event = { type: 'LicenceStatusRecorded', data: { licenceId, from: 'in-negotiation', to: 'terminated' } };
    appendBackDatedTo(join(api.dataDir, 'events.sqlite'), `licence-${licenceId}`, event, metadata, claimedRecordedAt);
  }

  it('gives the same bytes after a later status change and seal; a back-dated event changes it, and the review and verify report it', async () => {
    const before = await reviews();
    for (const answer of Object.values(before)) expect(answer.status).toBe(200);
    const json = JSON.parse(before[`${licenceId} json`].text);
    expect(json.licences[0].status).toBe('in-negotiation');
    expect(json.verification).toMatchObject({ ok: true, problems: [], seals: [expect.objectContaining({ ok: true })] });

    // Legitimate history after asOf: the licence becomes active, the ledger is sealed again.
    await postOrFail(api, `/licences/${licenceId}/status-transitions`, { to: 'active' });
    await sealAsLibrarian(api);
    expect(await reviews()).toEqual(before);

    // Forged into the past: before the seal, before the amendment, as if recorded right after the licence was drafted.
    appendBackDated(new Date(Date.parse(known.afterDraft) + 1).toISOString());
    const after = await reviews();
    for (const key of Object.keys(before)) expect(after[key].digest).not.toBe(before[key].digest);
    const forgedReview = JSON.parse(after[`${licenceId} json`].text);
    // The replay stops reading at the first event recorded after asOf (the legitimate status change), so the forged
    // one, stored after it, is not taken in; what changes the review is that it reports the forgery.
    expect(forgedReview.licences[0].status).toBe('in-negotiation');
    expect(forgedReview.verification.ok).toBe(false);
    const forgedRevision = forgedReview.verification.problems[0].streamRevision;
    expect(
      forgedReview.verification.problems.map((problem: { kind: string; streamId: string; streamRevision: number }) => [
        problem.kind,
        problem.streamId,
        problem.streamRevision,
      ]),
    ).toEqual([
      ['recorded-at-out-of-order', `licence-${licenceId}`, forgedRevision],
      ['recorded-before-seal', `licence-${licenceId}`, forgedRevision],
    ]);
    expect(forgedReview.verification.seals[0].ok).toBe(false);
    expect(after[`${licenceId} html`].text).toContain('<section class="alert" role="alert">');

    // The ledger's verification (what GET /ledger/verification and era verify run) reports it too.
    const verification = await verifyEventStore(api.app.get<EventStore>(RAW_EVENT_STORE));
    expect(verification.ok).toBe(false);
    expect(verification.problems.map((problem) => problem.kind).sort()).toEqual(['recorded-at-out-of-order', 'recorded-before-seal']);
  });
});
