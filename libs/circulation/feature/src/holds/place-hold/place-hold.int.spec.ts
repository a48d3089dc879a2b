import { randomUUID } from 'node:crypto';
import { collect, TestApi, TOKENS } from '@era/api-testing';
import { titleHoldsStreamId } from '@era/circulation-domain';
import { startCirculationApi } from '../../testing/circulation-api';
import { holdsFixtures } from '../../testing/holds-fixtures';

describe('POST /circulation/holds and GET /circulation/titles/{titleId}/holds (real SQLite, real HTTP)', () => {
  let api: TestApi;
  let given: ReturnType<typeof holdsFixtures>;
  beforeAll(async () => {
    api = await startCirculationApi();
    given = holdsFixtures(api);
  });
  afterAll(() => api.close());

  const post = (body: object, token: string = TOKENS.desk) => api.http().post('/circulation/holds').set(api.as(token)).send(body);
  const queue = (titleId: string, token: string = TOKENS.desk) => api.http().get(`/circulation/titles/${titleId}/holds`).set(api.as(token));
  const hold = (titleId: string, borrowerId: string, extra: object = {}) => ({ titleId, borrowerId, pickupLocation: 'main-desk', ...extra });
  const streamOf = async (titleId: string) => collect(api.events.readStream(titleHoldsStreamId(titleId)));

  it("places holds at the end of the title's queue, in order, with the staff member in the metadata", async () => {
    const { titleId } = await given.item();
    const [ada, bob] = [await given.borrower(), await given.borrower()];
    const first = await post(hold(titleId, ada));
    expect(first.status).toBe(201);
    expect(first.headers.location).toBe(`/circulation/titles/${titleId}/holds`);
    expect(first.body).toMatchObject({ titleId, created: true, revision: 0, overrides: [] });
    expect((await post(hold(titleId, bob, { pickupLocation: 'science-desk' }))).status).toBe(201);

    const view = await queue(titleId, TOKENS.auditor);
    expect(view.status).toBe(200);
    expect(view.headers.etag).toBe('"1"');
    expect(view.body.holds).toEqual([
      expect.objectContaining({ position: 1, holdId: first.body.id, borrowerId: ada, pickupLocation: 'main-desk', status: 'open' }),
      expect.objectContaining({ position: 2, borrowerId: bob, pickupLocation: 'science-desk', status: 'open' }),
    ]);
    const [placed] = await streamOf(titleId);
    expect(placed).toMatchObject({ type: 'HoldPlaced', metadata: { actor: { id: 's-desk', role: 'desk' } } });
  });

  it('takes the same hold sent again as a retry: 200, nothing appended', async () => {
    const { titleId } = await given.item();
    const borrowerId = await given.borrower();
    const holdId = randomUUID();
    expect((await post(hold(titleId, borrowerId, { holdId }))).status).toBe(201);
    const before = await api.head();
    const retry = await post(hold(titleId, borrowerId, { holdId: holdId.toUpperCase() }));
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ id: holdId, created: false });
    expect(await api.head()).toBe(before);
  });

  it('places a hold for a borrower blocked from requests through a requestPatronBlock override, granted in the same append', async () => {
    const { titleId } = await given.item();
    const borrowerId = await given.borrower();
    await given.blockRequests(borrowerId, 'Card misused');
    const refused = await post(hold(titleId, borrowerId));
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      type: expect.stringMatching(/borrower-blocked$/),
      blocks: [{ rule: 'borrower-blocked', block: 'patronBlock', message: 'Card misused' }],
    });

    const overrideId = randomUUID();
    const placed = await post(
      hold(titleId, borrowerId, { overrides: [{ blockType: 'requestPatronBlock', comment: 'Thesis deadline next week', overrideId }] }),
    );
    expect(placed.status).toBe(201);
    expect(placed.body.overrides).toEqual([
      expect.objectContaining({ overrideId, blockType: 'requestPatronBlock', role: 'desk', reason: 'Thesis deadline next week', borrowerId }),
    ]);
    const [granted, holdPlaced] = await streamOf(titleId);
    expect([granted.type, holdPlaced.type]).toEqual(['OverrideGranted', 'HoldPlaced']);
    expect(holdPlaced.globalPosition).toBe(granted.globalPosition + 1);
    expect(granted.metadata.causationId).toBe(holdPlaced.metadata.causationId);
    expect(granted.data).toMatchObject({ message: 'Card misused', patronBlocks: [expect.objectContaining({ source: 'manual', description: 'Card misused' })] });
    expect(holdPlaced.data).toMatchObject({ overrides: [{ overrideId, block: 'patronBlock', reason: 'Thesis deadline next week', refusal: 'Card misused' }] });
  });

  describe('refusals: 4xx problem+json, nothing appended', () => {
    let titleId: string;
    let placedBy: string;
    let blocked: string;
    let expired: string;
    let unblocked: string;
    beforeAll(async () => {
      titleId = (await given.item()).titleId;
      placedBy = await given.borrower();
      blocked = await given.borrower();
      await given.blockRequests(blocked);
      expired = await given.borrower({ expiresOn: '2020-01-31' });
      unblocked = await given.borrower();
      expect((await post(hold(titleId, placedBy))).status).toBe(201);
    });

    const override = (comment: string, blockType = 'requestPatronBlock') => ({ overrides: [{ blockType, comment }] });
    it.each<[string, () => object, string, number, string]>([
      ['an unknown title', () => hold('title-nobody-has', placedBy), TOKENS.desk, 404, 'title-not-found'],
      ['an unknown borrower', () => hold(titleId, randomUUID()), TOKENS.desk, 404, 'borrower-not-found'],
      ['an expired borrower', () => hold(titleId, expired), TOKENS.desk, 422, ''],
      ['a second hold by the same borrower on the title', () => hold(titleId, placedBy), TOKENS.desk, 409, 'hold-already-placed'],
      ['a blocked borrower without an override', () => hold(titleId, blocked), TOKENS.desk, 422, 'borrower-blocked'],
      [
        'a student assistant overriding a request block',
        () => hold(titleId, blocked, override('Exam tomorrow')),
        TOKENS.student,
        403,
        'insufficient-override-permissions',
      ],
      ['an override with a blank comment', () => hold(titleId, blocked, override('   ')), TOKENS.desk, 422, 'override-comment-required'],
      ['an override of a block not in force', () => hold(titleId, unblocked, override('x')), TOKENS.desk, 422, 'block-not-in-force'],
      ['an override of no known block type', () => hold(titleId, blocked, override('x', 'anyBlock')), TOKENS.desk, 400, ''],
      ['an override comment with an e-mail address', () => hold(titleId, blocked, override('asked by jane.doe@example.edu')), TOKENS.desk, 400, ''],
      ['an override that is no object', () => hold(titleId, blocked, { overrides: ['requestPatronBlock'] }), TOKENS.desk, 400, ''],
      ['an override that is null', () => hold(titleId, blocked, { overrides: [null] }), TOKENS.desk, 400, ''],
      ['no pickup location', () => ({ titleId, borrowerId: blocked }), TOKENS.desk, 400, ''],
      ['a borrower id that is no UUID', () => hold(titleId, 'ada'), TOKENS.desk, 400, ''],
      ['a title id with spaces', () => hold('a title', blocked), TOKENS.desk, 400, ''],
      ['an unknown field', () => hold(titleId, blocked, { patronName: 'Ada' }), TOKENS.desk, 400, ''],
      ['an auditor', () => hold(titleId, blocked), TOKENS.auditor, 403, ''],
    ])('refuses %s', async (_case, body, token, status, rule) => {
      const before = await api.head();
      const response = await post(body(), token);
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      if (rule) expect(response.body.type).toMatch(new RegExp(`/${rule}$`));
      expect(await api.head()).toBe(before);
    });

    it('refuses the queue of an unknown title (404) and a malformed title id (400)', async () => {
      expect((await queue('title-nobody-has')).status).toBe(404);
      expect((await queue('a%20title')).status).toBe(400);
    });
  });
});
