import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { collect, TestApi, TOKENS } from '@era/api-testing';
import { FOLLOW_UP_SWEEPS_STREAM, feeFinesStreamId, titleHoldsStreamId } from '@era/circulation-domain';
import { Clock } from '@era/decider';
import { CIRCULATION_LOANS } from '@era/projection-circulation-loans';
import { CLOCK, ReadYourWrites } from '@era/platform';
import { LoanFollowUps } from '../../loans/loan-follow-ups';
import { SWEEP_BATCH_SIZE } from './follow-up-sweeper';
import { startCirculationApi } from '../../testing/circulation-api';
import { placeTestHold, registerTestBorrower } from '../../testing/circulation-fixtures';

/** The desk's routine on one API: an item lent on 1 December (due 29 December) and returned late on 4 January. */
const desk = (api: () => TestApi) => {
  const post = (path: string, body: object, token: string = TOKENS.desk) => api().http().post(path).set(api().as(token)).send(body);
  const clockOf = () => jest.spyOn(api().app.get<Clock>(CLOCK), 'now');
  return {
    post,
    at: (instant: string) => clockOf().mockReturnValue(new Date(instant)),
    async lent(titleId = `title-${randomUUID().slice(0, 8)}`) {
      const [borrowerId, barcode] = [await registerTestBorrower(api()), `it-${randomUUID().slice(0, 8)}`];
      await post('/circulation/items', { barcode, title: 'Dune', titleId, owningLocation: 'main-library', itemType: 'book', loanable: true });
      expect((await post('/circulation/check-outs', { itemBarcode: barcode, borrowerId, desk: 'main-library' })).status).toBe(201);
      return { borrowerId, barcode, titleId };
    },
    /** A check-in whose follow-ups die with the process (as the loans suite kills them): the item's append stands, nothing else. */
    async checkInKilled(barcode: string) {
      const settle = jest.spyOn(LoanFollowUps.prototype, 'settle').mockRejectedValueOnce(new Error('the process died'));
      expect((await post('/circulation/check-ins', { itemBarcode: barcode, desk: 'main-library' })).status).toBe(500);
      settle.mockRestore();
    },
    ledger: async (borrowerId: string) => collect(api().events.readStream(feeFinesStreamId(borrowerId))),
    sweep: (body: object = {}, token: string = TOKENS.deskHead) => post('/circulation/follow-ups/sweep', body, token),
  };
};

describe('the follow-up sweep (HTTP, real SQLite)', () => {
  let api: TestApi;
  const { post, at, lent, checkInKilled, ledger, sweep } = desk(() => api);

  beforeAll(async () => {
    api = await startCirculationApi();
  });
  afterAll(() => api.close());
  beforeEach(() => at('2026-12-01T10:00:00Z'));

  it('makes up a fine lost to a crash exactly once, without waiting for the item’s next write', async () => {
    const { borrowerId, barcode } = await lent();
    at('2027-01-04T10:00:00Z');
    await checkInKilled(barcode);
    expect(await ledger(borrowerId)).toEqual([]);
    const swept = await sweep();
    expect(swept.status).toBe(200);
    expect(swept.body).toMatchObject({ complete: true, batches: 1 });
    expect(swept.body.items).toBeGreaterThanOrEqual(1);
    const charged = await ledger(borrowerId);
    expect(charged.map((event) => [event.type, event.data.feeFineType])).toEqual([['FeeCharged', 'overdue-fine']]);
    expect(charged[0].metadata.actor).toEqual({ id: 's-desk-head', role: 'desk-head' });
    // Swept again, and the item scanned again: nothing more.
    expect((await sweep()).body).toMatchObject({ items: 0, batches: 0, throughPosition: swept.body.throughPosition, complete: true });
    await post('/circulation/check-ins', { itemBarcode: barcode, desk: 'main-library' });
    expect((await ledger(borrowerId)).length).toBe(1);
    const checkpoints = await collect(api.events.readStream(FOLLOW_UP_SWEEPS_STREAM));
    expect(checkpoints[checkpoints.length - 1].data).toMatchObject({ throughPosition: swept.body.throughPosition });
  });

  it('makes up a hold fill lost to a crash: the item waits on the shelf and its hold is filled once', async () => {
    const { barcode, titleId } = await lent();
    const holdId = await placeTestHold(api, titleId, await registerTestBorrower(api), 'main-library');
    await checkInKilled(barcode);
    expect((await collect(api.events.readStream(titleHoldsStreamId(titleId)))).map((event) => event.type)).toEqual(['HoldPlaced']);
    await sweep();
    await sweep();
    const holds = await collect(api.events.readStream(titleHoldsStreamId(titleId)));
    expect(holds.map((event) => event.type)).toEqual(['HoldPlaced', 'HoldFilled']);
    expect(holds[1].data).toMatchObject({ holdId, barcode });
  });

  it('stops at its batch bound and says so; the next sweep goes on from its checkpoint', async () => {
    await sweep();
    for (let n = 0; n <= SWEEP_BATCH_SIZE; n++) {
      const barcode = `it-${randomUUID().slice(0, 8)}`;
      await post('/circulation/items', { barcode, title: 'Dune', titleId: 'title-dune', owningLocation: 'main-library', itemType: 'book', loanable: true });
      await post('/circulation/check-ins', { itemBarcode: barcode, desk: 'main-library' });
    }
    const first = await sweep({ maxBatches: 1 });
    expect(first.body).toMatchObject({ items: SWEEP_BATCH_SIZE, batches: 1, complete: false });
    const second = await sweep({ maxBatches: 1 });
    expect(second.body).toMatchObject({ items: 1, batches: 1, complete: true });
    expect(second.body.throughPosition).toBeGreaterThan(first.body.throughPosition);
  });

  it.each([
    ['desk staff (not a manager)', {}, TOKENS.desk, 403],
    ['a student assistant', {}, TOKENS.student, 403],
    ['a batch bound of 0', { maxBatches: 0 }, TOKENS.deskHead, 400],
    ['a batch bound that is no whole number', { maxBatches: 1.5 }, TOKENS.deskHead, 400],
    ['an unknown field', { since: 0 }, TOKENS.deskHead, 400],
  ])('refuses %s with a problem, recording no checkpoint', async (_case, body, token, status) => {
    const before = (await collect(api.events.readStream(FOLLOW_UP_SWEEPS_STREAM))).length;
    const refused = await sweep(body, token);
    expect(refused.status).toBe(status);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect((await collect(api.events.readStream(FOLLOW_UP_SWEEPS_STREAM))).length).toBe(before);
  });
});

describe('the follow-up sweep at start-up (real SQLite, the same data folder opened again)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'era-sweep-'));
  let api: TestApi;
  const { at, lent, checkInKilled, ledger } = desk(() => api);
  afterAll(() => api.close());

  it('makes up, when the service starts again, a fine whose process died after the check-in', async () => {
    api = await startCirculationApi({ DATA_DIR: dataDir });
    at('2026-12-01T10:00:00Z');
    const { borrowerId, barcode } = await lent();
    at('2027-01-04T10:00:00Z');
    await checkInKilled(barcode);
    await api.app.get(ReadYourWrites).atLeast(CIRCULATION_LOANS, await api.head());
    await api.app.close(); // the process ends; its data folder stays
    api = await startCirculationApi({ DATA_DIR: dataDir });
    const charged = await ledger(borrowerId);
    expect(charged.map((event) => [event.type, event.data.feeFineType])).toEqual([['FeeCharged', 'overdue-fine']]);
    expect(charged[0].metadata).toMatchObject({ actor: { id: 'system', role: 'system' }, source: 'system' });
  });
});
