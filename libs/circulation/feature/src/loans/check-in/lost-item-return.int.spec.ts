import { randomUUID } from 'node:crypto';
import { collect, TestApi, TOKENS } from '@era/api-testing';
import { handleCommand } from '@era/command-handling';
import { CANCELLED_ITEM_RETURNED, feeFineLedgerDecider, feeFinesStreamId } from '@era/circulation-domain';
import { Clock } from '@era/decider';
import { CLOCK } from '@era/platform';
import { startCirculationApi } from '../../testing/circulation-api';
import { registerTestBorrower } from '../../testing/circulation-fixtures';
import { LoanFollowUps } from '../loan-follow-ups';

describe('a lost item found and checked in (HTTP, real SQLite)', () => {
  let api: TestApi;
  let clock: jest.SpyInstance<Date, []>;
  const at = (instant: string) => clock.mockReturnValue(new Date(instant));

  beforeAll(async () => {
    api = await startCirculationApi();
    clock = jest.spyOn(api.app.get<Clock>(CLOCK), 'now');
  });
  afterAll(() => api.close());
  beforeEach(() => at('2026-12-01T10:00:00Z'));

  const post = (path: string, body: object) => api.http().post(path).set(api.as(TOKENS.desk)).send(body);
  const ledger = async (borrowerId: string) => collect(api.events.readStream(feeFinesStreamId(borrowerId)));
  /** Lent on 1 December (due 29 December), declared lost on 10 December: the borrower and the loan. */
  const lostLoan = async () => {
    const [borrowerId, barcode] = [await registerTestBorrower(api), `it-${randomUUID().slice(0, 8)}`];
    await post('/circulation/items', { barcode, title: 'Dune', titleId: 'title-dune', owningLocation: 'main-library', itemType: 'book', loanable: true });
    const loanId = (await post('/circulation/check-outs', { itemBarcode: barcode, borrowerId, desk: 'main-library' })).body.id as string;
    at('2026-12-10T10:00:00Z');
    expect((await post(`/circulation/items/${barcode}/declared-lost`, {})).status).toBe(200);
    return { borrowerId, barcode, loanId };
  };
  const id = (kind: string, loanId: string) => LoanFollowUps.chargeIdOf(kind, loanId);

  it('cancels its lost item fee and processing fee as returned, charges the overdue fine as usual, once however often it is scanned', async () => {
    const { borrowerId, barcode, loanId } = await lostLoan();
    at('2027-01-05T10:00:00Z'); // seven days past the due date
    const returned = await post('/circulation/check-ins', { itemBarcode: barcode, desk: 'science-library' });
    expect(returned.body).toMatchObject({
      status: 'in transit',
      fine: { chargeId: id('overdue-fine', loanId), amount: { minor: 175, currency: 'EUR' } },
      lostFees: { cancelled: [id('lost-item-fee', loanId), id('lost-item-processing-fee', loanId)], kept: [] },
    });
    await post('/circulation/check-ins', { itemBarcode: barcode, desk: 'main-library' });
    const events = await ledger(borrowerId);
    expect(events.map((event) => [event.type, (event.data as { chargeId: string }).chargeId])).toEqual([
      ['FeeCharged', id('lost-item-fee', loanId)],
      ['FeeCharged', id('lost-item-processing-fee', loanId)],
      ['FeeCharged', id('overdue-fine', loanId)],
      ['ChargeCancelledAsError', id('lost-item-fee', loanId)],
      ['ChargeCancelledAsError', id('lost-item-processing-fee', loanId)],
    ]);
    expect(events[3].data).toMatchObject({
      reason: CANCELLED_ITEM_RETURNED,
      amount: { minor: 5000 },
      balanceAfter: { minor: 0 },
      servicePointId: 'science-library',
    });
    const blocks = await api.http().get(`/circulation/borrowers/${borrowerId}/blocks`).set(api.as(TOKENS.desk));
    expect(blocks.body.balance).toEqual({ minor: 175, currency: 'EUR' });
  });

  it('leaves a lost item fee with money paid on it for staff to refund, and cancels the processing fee', async () => {
    const { borrowerId, barcode, loanId } = await lostLoan();
    await handleCommand(
      api.events,
      feeFinesStreamId(borrowerId),
      feeFineLedgerDecider,
      {
        type: 'PayFeesFines',
        data: {
          borrowerId,
          actionId: randomUUID(),
          amount: { minor: 1000, currency: 'EUR' },
          chargeIds: [id('lost-item-fee', loanId)],
          method: 'cash',
          servicePointId: 'main-library',
        },
      },
      {
        metadata: { actor: { id: 's-desk', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api' },
        context: () => ({ now: new Date(), staffId: 's-desk', staffRole: 'desk' }),
      },
    );
    at('2026-12-20T10:00:00Z'); // found before its due date: no fine
    const returned = await post('/circulation/check-ins', { itemBarcode: barcode, desk: 'main-library' });
    // The desk is told which fee was kept, and why: refunding what was paid is the staff's decision.
    expect(returned.body.lostFees).toEqual({
      cancelled: [id('lost-item-processing-fee', loanId)],
      kept: [{ chargeId: id('lost-item-fee', loanId), rule: 'charge-has-payments' }],
    });
    const events = await ledger(borrowerId);
    expect(events.map((event) => event.type)).toEqual(['FeeCharged', 'FeeCharged', 'FinePaid', 'ChargeCancelledAsError']);
    expect(events[3].data).toMatchObject({ chargeId: id('lost-item-processing-fee', loanId) });
  });
});
