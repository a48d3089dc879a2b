import { TestApi, TOKENS } from '@era/api-testing';
import { CirculationEvent, OverrideGranted } from '@era/circulation-domain';
import { startCirculationApi } from '../../testing/circulation-api';

const granted = (overrides: Partial<OverrideGranted> & Pick<OverrideGranted, 'overrideId' | 'grantedAt'>): OverrideGranted => ({
  blockType: 'patronBlock',
  permission: 'circulation.override-patron-block.post',
  role: 'desk',
  reason: 'Thesis deadline',
  message: 'Too many items out',
  patronBlocks: [{ source: 'automated', condition: 'maxNumberOfItemsChargedOut', limit: 5, actual: 5, message: 'Too many items out' }],
  borrowerId: 'b-1',
  itemId: 'ITEM-1',
  loanId: 'l-1',
  desk: 'main-desk',
  ...overrides,
});

const NOT_LOANABLE = {
  blockType: 'itemNotLoanableBlock',
  permission: 'circulation.override-item-not-loanable-block.post',
  role: 'desk-head',
  message: 'Item is not loanable',
  patronBlocks: undefined,
  facts: { loanable: false, itemType: 'reference' },
  dueDate: '2026-03-04T09:00:00.000Z',
} as const;

/** Who granted what: the staff member is the write's actor, as the loans slice appends it beside the check-out it permits. */
const HISTORY: [string, string, OverrideGranted][] = [
  ['s-desk-1', 'desk', granted({ overrideId: 'o-1', grantedAt: '2026-03-02T09:00:00.000Z' })],
  ['s-desk-1', 'desk', granted({ overrideId: 'o-2', grantedAt: '2026-03-02T10:00:00.000Z', desk: 'law-desk' })],
  ['s-desk-2', 'desk', granted({ overrideId: 'o-3', grantedAt: '2026-03-03T11:00:00.000Z', reason: '=HYPERLINK("http://evil.example","click")' })],
  ['s-head', 'desk-head', granted({ overrideId: 'o-4', grantedAt: '2026-03-03T12:00:00.000Z', ...NOT_LOANABLE, reason: 'One night, reference copy' })],
  [
    's-desk-1',
    'desk',
    granted({
      overrideId: 'o-5',
      grantedAt: '2026-03-05T08:00:00.000Z',
      blockType: 'renewalBlock',
      permission: 'circulation.override-renewal-block.post',
      patronBlocks: undefined,
      facts: { renewalLimit: 3, renewalsSoFar: 3 },
    }),
  ],
];

describe('GET /circulation/reviews/overrides (real SQLite and HTTP)', () => {
  let api: TestApi;
  let position = 0;

  const review = (query: Record<string, string | number> = {}, token: string = TOKENS.librarian) =>
    api.http().get('/circulation/reviews/overrides').query(query).set(api.as(token)).set('X-Min-Position', String(position));
  const ids = (body: { overrides: { overrideId: string }[] }) => body.overrides.map((listing) => listing.overrideId);

  beforeAll(async () => {
    api = await startCirculationApi();
    for (const [id, role, data] of HISTORY) {
      const event: CirculationEvent = { type: 'OverrideGranted', data };
      const result = await api.events.append(`override-${data.overrideId}`, [event], {
        expectedRevision: 'no_stream',
        metadata: { actor: { id, role }, correlationId: data.overrideId, causationId: data.overrideId, source: 'api' },
      });
      position = result.position;
    }
  });
  afterAll(() => api.close());

  it('lists every override newest first with who, role, when, desk, block, permission, reason and what it overrode', async () => {
    const response = await review();
    expect(response.status).toBe(200);
    expect(response.body.fresh).toBe(true);
    expect(ids(response.body)).toEqual(['o-5', 'o-4', 'o-3', 'o-2', 'o-1']);
    expect(response.body.overrides[1]).toEqual({
      id: 'o-4',
      overrideId: 'o-4',
      grantedAt: '2026-03-03T12:00:00.000Z',
      staffId: 's-head',
      role: 'desk-head',
      desk: 'main-desk',
      blockType: 'itemNotLoanableBlock',
      permission: 'circulation.override-item-not-loanable-block.post',
      reason: 'One night, reference copy',
      message: 'Item is not loanable',
      dueDate: '2026-03-04T09:00:00.000Z',
      borrowerId: 'b-1',
      itemId: 'ITEM-1',
      loanId: 'l-1',
      facts: { loanable: false, itemType: 'reference' },
      patronBlocks: [],
      factsText: 'itemType=reference; loanable=false',
      patronBlocksText: '',
      position: expect.any(Number),
    });
    expect(response.body.totals).toEqual({
      overrides: 5,
      byStaff: [
        { staffId: 's-desk-1', overrides: 3 },
        { staffId: 's-desk-2', overrides: 1 },
        { staffId: 's-head', overrides: 1 },
      ],
      byBlockType: [
        { blockType: 'patronBlock', overrides: 3 },
        { blockType: 'itemNotLoanableBlock', overrides: 1 },
        { blockType: 'renewalBlock', overrides: 1 },
      ],
    });
  });

  it('totals the whole filtered set on every page, not just the page', async () => {
    const first = await review({ limit: 2, staff: 's-desk-1' });
    expect(ids(first.body)).toEqual(['o-5', 'o-2']);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await review({ limit: 2, staff: 's-desk-1', cursor: first.body.nextCursor });
    expect(ids(second.body)).toEqual(['o-1']);
    expect(second.body.nextCursor).toBeUndefined();
    for (const page of [first, second]) {
      expect(page.body.totals).toEqual({
        overrides: 3,
        byStaff: [{ staffId: 's-desk-1', overrides: 3 }],
        byBlockType: [
          { blockType: 'patronBlock', overrides: 2 },
          { blockType: 'renewalBlock', overrides: 1 },
        ],
      });
    }
  });

  it.each([
    ['a staff member', { staff: 's-desk-2' }, ['o-3']],
    ['a block type', { blockType: 'itemNotLoanableBlock' }, ['o-4']],
    ['a desk', { desk: 'law-desk' }, ['o-2']],
    ['a local day (the whole day)', { from: '2026-03-03', to: '2026-03-03' }, ['o-4', 'o-3']],
    ['instants (inclusive)', { from: '2026-03-02T10:00:00Z', to: '2026-03-03T11:00:00Z' }, ['o-3', 'o-2']],
    ['from alone', { from: '2026-03-04' }, ['o-5']],
    ['several filters together', { staff: 's-desk-1', desk: 'main-desk', blockType: 'patronBlock' }, ['o-1']],
    ['nothing that matches', { staff: 'nobody' }, []],
  ])('filters by %s', async (_, query, expected) => {
    const response = await review(query);
    expect(response.status).toBe(200);
    expect(ids(response.body)).toEqual(expected);
    expect(response.body.totals.overrides).toBe(expected.length);
  });

  it('exports every override that matches as CSV, one cell per triggering list, formulas defused', async () => {
    const response = await review({ format: 'csv', limit: 1 });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="override-review.csv"');
    const lines = response.text
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'granted_at,staff_id,role,desk,block_type,permission,reason,due_date,message,patron_blocks,facts,borrower_id,item_id,loan_id,override_id',
    );
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe(
      '2026-03-05T08:00:00.000Z,s-desk-1,desk,main-desk,renewalBlock,circulation.override-renewal-block.post,Thesis deadline,,Too many items out,,renewalLimit=3; renewalsSoFar=3,b-1,ITEM-1,l-1,o-5',
    );
    expect(lines[3]).toContain(`,"'=HYPERLINK(""http://evil.example"",""click"")",`);
    expect(lines[5]).toContain(',maxNumberOfItemsChargedOut limit=5 actual=5: Too many items out,');
  });

  it('exports CSV when asked by the Accept header, with the same filters', async () => {
    const response = await api
      .http()
      .get('/circulation/reviews/overrides?desk=law-desk')
      .set(api.as(TOKENS.auditor))
      .set('Accept', 'text/csv')
      .set('X-Min-Position', String(position));
    expect(response.status).toBe(200);
    expect(response.text.trimEnd().split('\r\n')).toHaveLength(2);
  });

  it.each([
    ['admin', 200, TOKENS.admin],
    ['librarian', 200, TOKENS.librarian],
    ['desk head', 200, TOKENS.deskHead],
    ['auditor', 200, TOKENS.auditor],
    ['desk staff', 403, TOKENS.desk],
    ['student assistant', 403, TOKENS.student],
    ['associate', 403, TOKENS.associate],
  ])('is open to reviewers only: %s gets %i', async (_, status, token) => {
    const response = await review({}, token);
    expect(response.status).toBe(status);
    if (status === 403) expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('asks who is asking', async () => {
    expect((await api.http().get('/circulation/reviews/overrides')).status).toBe(401);
  });

  it.each([
    ['an unknown block type', { blockType: 'everythingBlock' }],
    ['a desk with characters no desk has', { desk: '<script>' }],
    ['a staff id with spaces', { staff: 's desk' }],
    ['a day that does not exist', { from: '2026-02-30' }],
    ['a from that is no date', { from: 'yesterday' }],
    ['from after to', { from: '2026-03-05', to: '2026-03-01' }],
    ['a page size of 0', { limit: 0 }],
    ['a page size that is no number', { limit: 'ten' }],
    ['an unknown format', { format: 'xlsx' }],
    ['an unknown filter', { borrower: 'b-1' }],
  ])('refuses %s with 400 problem+json', async (_, query) => {
    const response = await review(query);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
