import { randomUUID } from 'node:crypto';
import { collect, TestApi, TOKENS } from '@era/api-testing';
import { itemStreamId } from '@era/circulation-domain';
import { Clock } from '@era/decider';
import { CLOCK } from '@era/platform';
import { startCirculationApi } from '../../testing/circulation-api';
import { blockAt, eraseTestBorrower, placeManualBlock, registerTestBorrower } from '../../testing/circulation-fixtures';

describe('checking out at the desk (HTTP, real SQLite)', () => {
  let api: TestApi;
  let clock: jest.SpyInstance<Date, []>;
  const at = (instant: string) => clock.mockReturnValue(new Date(instant));

  beforeAll(async () => {
    // Closed on Sundays and over Christmas (in Amsterdam): due dates move to the next open day.
    api = await startCirculationApi({
      LIBRARY_TIMEZONE: 'Europe/Amsterdam',
      LIBRARY_CLOSED_WEEKDAYS: 'Sun',
      LIBRARY_CLOSURES: '2026-12-25,2026-12-26',
      LIBRARY_OPENS_AT: '09:00',
      LIBRARY_CLOSES_AT: '20:00',
    });
    clock = jest.spyOn(api.app.get<Clock>(CLOCK), 'now');
  });
  afterAll(() => api.close());
  beforeEach(() => at('2026-12-01T10:00:00Z'));

  const post = (path: string, body: object, token: string = TOKENS.desk) => api.http().post(path).set(api.as(token)).send(body);
  const registerItem = async (details: Partial<{ itemType: string; loanable: boolean; titleId: string }> = {}) => {
    const barcode = `it-${randomUUID().slice(0, 8)}`;
    const body = { barcode, title: 'Dune', titleId: 'title-dune', owningLocation: 'main-library', itemType: 'book', loanable: true, ...details };
    expect((await post('/circulation/items', body)).status).toBe(201);
    return barcode;
  };
  const checkOut = (itemBarcode: string, borrowerId: string, extra: object = {}, token?: string) =>
    post('/circulation/check-outs', { itemBarcode, borrowerId, desk: 'main-library', ...extra }, token);
  const itemEvents = async (barcode: string) => (await collect(api.events.readStream(itemStreamId(barcode)))).map((event) => event.type);

  it('lends an item for the policy’s period and answers the loan id and due date; the same check-out sent again records nothing', async () => {
    const [borrowerId, barcode, loanId] = [await registerTestBorrower(api), await registerItem(), randomUUID()];
    const lent = await checkOut(barcode, borrowerId, { loanId });
    expect(lent.status).toBe(201);
    // 1 December + 28 days: Tuesday 29 December, to the end of the day in Amsterdam.
    expect(lent.body).toMatchObject({ id: loanId, created: true, dueDate: '2026-12-29T22:59:59.999Z', overrides: [] });
    const again = await checkOut(barcode, borrowerId, { loanId });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: loanId, created: false, dueDate: '2026-12-29T22:59:59.999Z' });
    expect(await itemEvents(barcode)).toEqual(['ItemRegistered', 'ItemCheckedOut']);
    const item = await api.http().get(`/circulation/items/${barcode}`).set(api.as(TOKENS.auditor));
    expect(item.body).toMatchObject({ status: 'checked out', loan: { loanId, borrowerId, dueDate: '2026-12-29T22:59:59.999Z', renewalCount: 0 } });
  });

  it('moves a due date that falls on closed days (Christmas, then a Sunday) to the next open day', async () => {
    at('2026-11-28T10:00:00Z'); // Saturday: 28 days on is Saturday 26 December (closed), then Sunday 27 (closed)
    const lent = await checkOut(await registerItem(), await registerTestBorrower(api));
    expect(lent.body.dueDate).toBe('2026-12-28T22:59:59.999Z');
  });

  it('lends a short-loan item for hours, not days', async () => {
    const lent = await checkOut(await registerItem({ itemType: 'short-loan' }), await registerTestBorrower(api));
    expect(lent.body.dueDate).toBe('2026-12-01T14:00:00.000Z');
  });

  it('makes a short loan that would fall due in a closed Sunday night due at Monday’s opening', async () => {
    at('2026-11-28T22:30:00Z'); // Saturday 23:30 in Amsterdam: four hours on is Sunday, closed; Saturday's closing has passed
    const lent = await checkOut(await registerItem({ itemType: 'short-loan' }), await registerTestBorrower(api));
    expect(lent.body.dueDate).toBe('2026-11-30T08:00:00.000Z');
  });

  describe('refused, appending nothing', () => {
    it.each([
      ['an unknown borrower', async () => ({ borrowerId: randomUUID(), barcode: await registerItem() }), TOKENS.desk, 404, 'borrower-not-found'],
      [
        'an erased borrower',
        async () => {
          const borrowerId = await registerTestBorrower(api);
          await eraseTestBorrower(api, borrowerId);
          return { borrowerId, barcode: await registerItem() };
        },
        TOKENS.desk,
        409,
        'borrower-erased',
      ],
      ['an unknown item', async () => ({ borrowerId: await registerTestBorrower(api), barcode: 'no-such-item' }), TOKENS.desk, 404, 'item-not-found'],
      ['a bad barcode', async () => ({ borrowerId: await registerTestBorrower(api), barcode: 'not a barcode!' }), TOKENS.desk, 400, undefined],
      ['a borrower id that is no UUID', async () => ({ borrowerId: 'ada', barcode: await registerItem() }), TOKENS.desk, 400, undefined],
      ['an auditor', async () => ({ borrowerId: await registerTestBorrower(api), barcode: await registerItem() }), TOKENS.auditor, 403, undefined],
    ])('for %s', async (_case, given, token, status, type) => {
      const { borrowerId, barcode } = await given();
      const before = await api.head();
      const refused = await checkOut(barcode, borrowerId, {}, token);
      expect(refused.status).toBe(status);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      if (type) expect(refused.body.type).toContain(type);
      expect(await api.head()).toBe(before);
    });

    it('for an external borrower the day after their registration ends (lent to on its last day)', async () => {
      const borrowerId = await registerTestBorrower(api, { patronGroup: 'external-borrower', expiresOn: '2027-02-01' });
      at('2027-02-01T20:00:00Z');
      expect((await checkOut(await registerItem(), borrowerId)).status).toBe(201);
      const barcode = await registerItem();
      at('2027-02-02T10:00:00Z');
      const before = await api.head();
      const refused = await checkOut(barcode, borrowerId);
      expect(refused.status).toBe(422);
      expect(refused.body.type).toContain('borrower-expired');
      expect(await api.head()).toBe(before);
    });

    it('for an item already out (409), even with an override', async () => {
      const barcode = await registerItem();
      await checkOut(barcode, await registerTestBorrower(api));
      const other = await registerTestBorrower(api);
      const before = await api.head();
      const refused = await checkOut(barcode, other, { overrides: [{ blockType: 'patronBlock', comment: 'exam' }] });
      expect(refused.status).toBe(409);
      expect(refused.body.type).toContain('item-already-checked-out');
      expect(await api.head()).toBe(before);
    });
  });

  describe('blocks and overrides', () => {
    let blocked: string;
    beforeAll(async () => {
      // Graduates may have 1 item out before the automated block refuses borrowing.
      await blockAt(api, 'maxNumberOfItemsChargedOut', 'graduate', 1, 'You have too many items out');
    });
    beforeEach(async () => {
      blocked = await registerTestBorrower(api, { patronGroup: 'graduate' });
      await checkOut(await registerItem(), blocked);
      await placeManualBlock(api, blocked, 'Library card not returned');
    });

    it('refuses 422 listing every block in force with its type, message and the permission that overrides it', async () => {
      const barcode = await registerItem({ loanable: false, itemType: 'reference' });
      const before = await api.head();
      const refused = await checkOut(barcode, blocked);
      expect(refused.status).toBe(422);
      expect(refused.body.blocks).toEqual([
        {
          blockType: 'itemNotLoanableBlock',
          message: expect.stringContaining('is not loanable'),
          permission: 'circulation.override-item-not-loanable-block.post',
        },
        { blockType: 'patronBlock', message: 'You have too many items out', permission: 'circulation.override-patron-block.post' },
        { blockType: 'patronBlock', message: 'Library card not returned', permission: 'circulation.override-patron-block.post' },
      ]);
      expect(await api.head()).toBe(before);
    });

    it.each([
      [
        'a student assistant overriding a patron block',
        TOKENS.student,
        [{ blockType: 'patronBlock', comment: 'exam tomorrow' }],
        403,
        'insufficient-override-permissions',
      ],
      ['an override without a comment', TOKENS.desk, [{ blockType: 'patronBlock', comment: ' ' }], 422, 'override-comment-required'],
      ['an override of a block not in force', TOKENS.deskHead, [{ blockType: 'itemLimitBlock', comment: 'exam' }], 422, 'block-not-in-force'],
      ['an unknown block type', TOKENS.deskHead, [{ blockType: 'anyBlock', comment: 'exam' }], 400, undefined],
    ])('refuses %s, appending nothing', async (_case, token, overrides, status, type) => {
      const barcode = await registerItem();
      const before = await api.head();
      const refused = await checkOut(barcode, blocked, { overrides }, token);
      expect(refused.status).toBe(status);
      if (type) expect(refused.body.type).toContain(type);
      if (status === 403) expect(refused.body.missingPermissions).toEqual(['circulation.override-patron-block.post']);
      expect(await api.head()).toBe(before);
    });

    it('lends through a desk member’s override with a reason: the grant and the loan in one append', async () => {
      const barcode = await registerItem();
      const overrideId = randomUUID();
      const lent = await checkOut(barcode, blocked, { overrides: [{ blockType: 'patronBlock', comment: 'Thesis due tomorrow', overrideId }] });
      expect(lent.status).toBe(201);
      expect(lent.body.overrides).toEqual([
        { overrideId, blockType: 'patronBlock', permission: 'circulation.override-patron-block.post', reason: 'Thesis due tomorrow' },
      ]);
      const events = await collect(api.events.readStream(itemStreamId(barcode)));
      expect(events.map((event) => event.type)).toEqual(['ItemRegistered', 'OverrideGranted', 'ItemCheckedOut']);
      expect(events[1].globalPosition + 1).toBe(events[2].globalPosition);
      expect(events[1].metadata.actor).toEqual({ id: expect.any(String), role: 'desk' });
      expect(events[1].data).toMatchObject({
        borrowerId: blocked,
        itemId: barcode,
        desk: 'main-library',
        message: 'You have too many items out; Library card not returned',
      });
    });

    it('lends a non-loanable item only through the head of the desk, with the due date they set', async () => {
      const barcode = await registerItem({ loanable: false, itemType: 'reference' });
      const notLoanable = { blockType: 'itemNotLoanableBlock', comment: 'Needed for the exam', dueDate: '2026-12-03T17:00:00+01:00' };
      const patron = { blockType: 'patronBlock', comment: 'Needed for the exam' };
      const asDesk = await checkOut(barcode, blocked, { overrides: [notLoanable, patron] }, TOKENS.desk);
      expect(asDesk.status).toBe(403);
      expect(asDesk.body.missingPermissions).toEqual(['circulation.override-item-not-loanable-block.post']);
      const withoutDueDate = await checkOut(barcode, blocked, { overrides: [{ ...notLoanable, dueDate: undefined }, patron] }, TOKENS.deskHead);
      expect(withoutDueDate.status).toBe(422);
      expect(withoutDueDate.body.type).toContain('override-due-date-required');
      expect(await itemEvents(barcode)).toEqual(['ItemRegistered']);
      const asHead = await checkOut(barcode, blocked, { overrides: [notLoanable, patron] }, TOKENS.deskHead);
      expect(asHead.status).toBe(201);
      expect(asHead.body.dueDate).toBe('2026-12-03T16:00:00.000Z');
      expect(await itemEvents(barcode)).toEqual(['ItemRegistered', 'OverrideGranted', 'OverrideGranted', 'ItemCheckedOut']);
    });
  });
});
