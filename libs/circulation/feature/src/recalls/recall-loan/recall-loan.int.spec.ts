import { randomUUID } from 'node:crypto';
import { collect, TestApi, TOKENS } from '@era/api-testing';
import { handleCommand } from '@era/command-handling';
import { BLOCK_CONDITIONS_STREAM, BlockCondition, blockConditionsDecider, itemStreamId, PatronGroup } from '@era/circulation-domain';
import { Clock } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { CLOCK } from '@era/platform';
import { startCirculationApi } from '../../testing/circulation-api';
import { blockAt, registerTestBorrower } from '../../testing/circulation-fixtures';

const fixture: AppendMetadata = { actor: { id: 's-desk-head', role: 'desk-head' }, correlationId: 'fixture', causationId: 'fixture', source: 'api' };

describe('recalling a loan (HTTP, real SQLite)', () => {
  let api: TestApi;
  let clock: jest.SpyInstance<Date, []>;
  const at = (instant: string) => clock.mockReturnValue(new Date(instant));

  beforeAll(async () => {
    api = await startCirculationApi();
    clock = jest.spyOn(api.app.get<Clock>(CLOCK), 'now');
  });
  afterAll(() => api.close());
  beforeEach(() => at('2026-12-01T10:00:00Z'));

  const post = (path: string, body: object, token: string = TOKENS.desk) => api.http().post(path).set(api.as(token)).send(body);
  const registerItem = async (itemType = 'book') => {
    const barcode = `it-${randomUUID().slice(0, 8)}`;
    await post('/circulation/items', { barcode, title: 'Dune', titleId: `title-${barcode}`, owningLocation: 'main-library', itemType, loanable: true });
    return barcode;
  };
  const lend = async (barcode: string, borrowerId: string) => {
    const lent = await post('/circulation/check-outs', { itemBarcode: barcode, borrowerId, desk: 'main-library' });
    expect(lent.status).toBe(201);
    return lent.body as { id: string; dueDate: string };
  };
  const recall = (barcode: string, body: object = { reason: 'Needed for a course' }, token: string = TOKENS.desk) =>
    post(`/circulation/items/${barcode}/recall`, body, token);
  const itemEvents = async (barcode: string) => (await collect(api.events.readStream(itemStreamId(barcode)))).map((event) => event.type);
  const setLimit = (condition: BlockCondition, patronGroup: PatronGroup, value: number) =>
    handleCommand(
      api.events,
      BLOCK_CONDITIONS_STREAM,
      blockConditionsDecider,
      { type: 'SetBlockLimit', data: { patronGroup, condition, value } },
      { metadata: fixture, context: () => ({ now: new Date() }) },
    );
  const blocksOf = async (borrowerId: string) => (await api.http().get(`/circulation/borrowers/${borrowerId}/blocks`).set(api.as(TOKENS.desk))).body;

  it('brings the due date forward (never before the guaranteed 14 days), shows it on the borrower’s loans, and refuses a renewal', async () => {
    const [borrowerId, barcode] = [await registerTestBorrower(api), await registerItem()];
    const { id: loanId, dueDate } = await lend(barcode, borrowerId);
    const holdId = randomUUID();
    const recalled = await recall(barcode, { holdId, reason: 'Needed for a course' });
    expect(recalled.status).toBe(200);
    expect(recalled.body).toMatchObject({ id: loanId, dueDate: '2026-12-15T23:59:59.999Z', previousDueDate: dueDate, created: false });
    const events = await collect(api.events.readStream(itemStreamId(barcode)));
    expect(events[events.length - 1]).toMatchObject({
      type: 'LoanRecalled',
      data: { loanId, borrowerId, holdId, reason: 'Needed for a course', action: 'recallrequested' },
      metadata: { actor: { role: 'desk' } },
    });
    const loans = await api.http().get(`/circulation/borrowers/${borrowerId}/loans`).set(api.as(TOKENS.desk));
    expect(loans.body.loans).toEqual([expect.objectContaining({ loanId, dueDate: '2026-12-15T23:59:59.999Z', recalledAt: '2026-12-01T10:00:00.000Z' })]);
    // The same hold's recall sent again records nothing.
    expect((await recall(barcode, { holdId, reason: 'Needed for a course' })).status).toBe(200);
    expect(await itemEvents(barcode)).toEqual(['ItemRegistered', 'ItemCheckedOut', 'LoanRecalled']);
    const renewal = await post('/circulation/renewals', { itemBarcode: barcode, borrowerId, desk: 'main-library' });
    expect(renewal.status).toBe(409);
    expect(renewal.body.type).toContain('loan-recalled');
  });

  it.each<[string, (barcode: string) => Promise<void>, object, string, number]>([
    ['an item not out', async () => undefined, { reason: 'course' }, TOKENS.desk, 409],
    ['a loan already recalled', async (barcode) => void (await recall(barcode)), { reason: 'again' }, TOKENS.desk, 409],
    ['a recall without a reason', async () => undefined, {}, TOKENS.desk, 400],
    ['a reason naming a patron by email', async () => undefined, { reason: 'for ada@example.org' }, TOKENS.desk, 400],
    ['a hold id that is no UUID', async () => undefined, { holdId: 'h-1', reason: 'course' }, TOKENS.desk, 400],
    ['an unknown field', async () => undefined, { reason: 'course', dueDate: '2026-12-02' }, TOKENS.desk, 400],
    ['an auditor', async () => undefined, { reason: 'course' }, TOKENS.auditor, 403],
  ])('refuses %s, appending nothing', async (what, before, body, token, status) => {
    const barcode = await registerItem();
    if (what !== 'an item not out') await lend(barcode, await registerTestBorrower(api));
    await before(barcode);
    const events = await itemEvents(barcode);
    const refused = await recall(barcode, body, token);
    expect(refused.status).toBe(status);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(await itemEvents(barcode)).toEqual(events);
  });

  it('refuses to recall a short loan, whose policy allows no recalls (422), and an unknown item (404)', async () => {
    const barcode = await registerItem('short-loan');
    await lend(barcode, await registerTestBorrower(api));
    expect((await recall(barcode)).status).toBe(422);
    expect((await recall('no-such-item')).status).toBe(404);
  });

  it('counts an overdue recall in "Maximum number of overdue recalls": below, at and above the limit', async () => {
    await blockAt(api, 'maxNumberOfOverdueRecalls', 'graduate', 2, 'Return your recalled items');
    const borrowerId = await registerTestBorrower(api, { patronGroup: 'graduate' });
    const [recalled, merelyOverdue] = [await registerItem(), await registerItem()];
    await lend(recalled, borrowerId);
    await lend(merelyOverdue, borrowerId);
    await recall(recalled); // due 15 December
    at('2027-01-05T12:00:00Z'); // both overdue: one recall among them
    const condition = (body: { byAction: { borrowing: { condition?: string }[] } }) =>
      body.byAction.borrowing.filter((block) => block.condition === 'maxNumberOfOverdueRecalls');
    expect(condition(await blocksOf(borrowerId))).toEqual([]); // 1 below 2
    await setLimit('maxNumberOfOverdueRecalls', 'graduate', 1);
    expect(condition(await blocksOf(borrowerId))).toEqual([]); // 1 at 1
    await setLimit('maxNumberOfOverdueRecalls', 'graduate', 0);
    expect(condition(await blocksOf(borrowerId))).toEqual([
      { source: 'automated', condition: 'maxNumberOfOverdueRecalls', limit: 0, actual: 1, message: 'Return your recalled items' },
    ]);
    const refused = await post('/circulation/check-outs', { itemBarcode: await registerItem(), borrowerId, desk: 'main-library' });
    expect(refused.status).toBe(422);
    expect(refused.body.blocks).toEqual([expect.objectContaining({ blockType: 'patronBlock', message: 'Return your recalled items' })]);
  });

  it('measures "Recall overdue by maximum number of days" by the most overdue recall: below, at and above the limit', async () => {
    await blockAt(api, 'recallOverdueByMaximumNumberOfDays', 'faculty', 5, 'A recalled item is long overdue');
    const borrowerId = await registerTestBorrower(api, { patronGroup: 'faculty' });
    const barcode = await registerItem();
    await lend(barcode, borrowerId);
    await recall(barcode); // due 15 December, end of day
    at('2026-12-20T12:00:00Z'); // four whole days late
    const condition = (body: { byAction: { renewals: { condition?: string }[] } }) =>
      body.byAction.renewals.filter((block) => block.condition === 'recallOverdueByMaximumNumberOfDays');
    expect(condition(await blocksOf(borrowerId))).toEqual([]); // 4 below 5
    await setLimit('recallOverdueByMaximumNumberOfDays', 'faculty', 4);
    expect(condition(await blocksOf(borrowerId))).toEqual([]); // 4 at 4
    await setLimit('recallOverdueByMaximumNumberOfDays', 'faculty', 3);
    expect(condition(await blocksOf(borrowerId))).toEqual([
      { source: 'automated', condition: 'recallOverdueByMaximumNumberOfDays', limit: 3, actual: 4, message: 'A recalled item is long overdue' },
    ]);
  });
});
