import { encodeCursor, FindQuery, InvalidQueryError, ReadDocument } from '@era/read-store';
import { runFind } from './mongo-semantics.fake';
import { afterCursor, DEFAULT_PAGE_SIZE, planFind, readCursor, sortOrder, textFilter, whereFilter } from './mongo-query';
import { toPage } from './page';
import { fromStored, StoredDocument, toStored } from './stored-document';

describe('whereFilter', () => {
  it('translates equality, ranges and membership, with id as _id', () => {
    expect(whereFilter({ branch: 'main', due: { gte: '2026-03-03', lt: '2026-03-09' }, renewals: { in: [0, 1] }, id: 'l1' })).toEqual({
      branch: { $eq: 'main' },
      due: { $gte: '2026-03-03', $lt: '2026-03-09' },
      renewals: { $in: [0, 1] },
      _id: { $eq: 'l1' },
    });
  });

  it('matches null (and so a missing field) by equality', () => {
    expect(whereFilter({ closedAt: null })).toEqual({ closedAt: { $eq: null } });
  });

  it('leaves out a condition that constrains nothing instead of matching an empty object', () => {
    expect(whereFilter({ due: {}, renewals: { gt: undefined } })).toEqual({});
    expect(whereFilter(undefined)).toEqual({});
  });

  it('refuses operators, paths and values that a client could use to reshape the filter', () => {
    const refused: FindQuery['where'][] = [
      { branch: { $ne: 'x' } as never },
      { branch: { constructor: 'x' } as never },
      { branch: ['main'] as never },
      { branch: { in: 'main' } as never },
      { branch: { in: [{ $gt: '' }] } as never },
      { branch: { gt: { $gt: '' } } as never },
      { 'a.b': 1 },
      { $where: 'x' },
      { _id: 'x' },
      { _textWords: 'x' },
    ];
    for (const where of refused) expect(() => whereFilter(where)).toThrow(InvalidQueryError);
  });
});

describe('sortOrder', () => {
  it('sorts by the field then the id, in the same direction', () => {
    expect(sortOrder('due', 'asc')).toEqual({ due: 1, _id: 1 });
    expect(Object.keys(sortOrder('due', 'desc'))).toEqual(['due', '_id']);
    expect(sortOrder('due', 'desc')).toEqual({ due: -1, _id: -1 });
    expect(sortOrder('id', 'desc')).toEqual({ _id: -1 });
  });
});

describe('afterCursor', () => {
  it('is a plain id range when sorting by id', () => {
    expect(afterCursor('id', 'asc', { value: 'b', id: 'b' })).toEqual({ _id: { $gt: 'b' } });
    expect(afterCursor('id', 'desc', { value: 'b', id: 'b' })).toEqual({ _id: { $lt: 'b' } });
  });

  it('continues after the last value and id, then into the types that sort later', () => {
    expect(afterCursor('due', 'asc', { value: '2026-03-03', id: 'l3' })).toEqual({
      $or: [{ due: { $eq: '2026-03-03' }, _id: { $gt: 'l3' } }, { due: { $gt: '2026-03-03' } }, { due: { $type: ['bool'] } }],
    });
    expect(afterCursor('due', 'desc', { value: '2026-03-03', id: 'l3' })).toEqual({
      $or: [{ due: { $eq: '2026-03-03' }, _id: { $lt: 'l3' } }, { due: { $lt: '2026-03-03' } }, { due: { $eq: null } }, { due: { $type: ['number'] } }],
    });
  });

  it('steps from a null (or missing) value to every other type ascending, and to nothing else descending', () => {
    expect(afterCursor('due', 'asc', { value: null, id: 'x' })).toEqual({
      $or: [{ due: { $eq: null }, _id: { $gt: 'x' } }, { due: { $type: ['number', 'string', 'bool'] } }],
    });
    expect(afterCursor('due', 'desc', { value: null, id: 'x' })).toEqual({ $or: [{ due: { $eq: null }, _id: { $lt: 'x' } }] });
  });
});

describe('readCursor', () => {
  it('refuses a cursor that does not decode, or whose value is not a scalar', () => {
    expect(() => readCursor('not a cursor')).toThrow(InvalidQueryError);
    const forged = Buffer.from(JSON.stringify([{ $gt: '' }, 'x'])).toString('base64url');
    expect(() => readCursor(forged)).toThrow(InvalidQueryError);
    expect(readCursor(encodeCursor({ value: 3, id: 'x' }))).toEqual({ value: 3, id: 'x' });
  });
});

describe('planFind', () => {
  it('defaults to id order and the default page, fetching one extra document', () => {
    expect(planFind({})).toEqual({ filter: {}, sort: { _id: 1 }, limit: DEFAULT_PAGE_SIZE, fetchLimit: DEFAULT_PAGE_SIZE + 1, sortField: 'id' });
  });

  it('combines the where filter and the cursor', () => {
    const cursor = encodeCursor({ value: 1, id: 'l3' });
    const plan = planFind({ where: { branch: 'main' }, sort: { field: 'renewals' }, limit: 2, cursor });
    expect(plan).toEqual({
      filter: { $and: [{ branch: { $eq: 'main' } }, afterCursor('renewals', 'asc', { value: 1, id: 'l3' })] },
      sort: { renewals: 1, _id: 1 },
      limit: 2,
      fetchLimit: 3,
      sortField: 'renewals',
    });
  });
});

describe('textFilter', () => {
  it('asks for a stored word starting with each query word, all of them', () => {
    expect(textFilter(['soc', 'sci'])).toEqual({ $and: [{ _textWords: { $regex: '^soc' } }, { _textWords: { $regex: '^sci' } }] });
    expect(textFilter([])).toBeUndefined();
  });

  it('keeps regular-expression syntax literal', () => {
    expect(textFilter(['a.b*'])).toEqual({ $and: [{ _textWords: { $regex: '^a\\.b\\*' } }] });
  });

  it('joins the where filter, the text and the cursor; text without words adds nothing', () => {
    const cursor = encodeCursor({ value: 'b', id: 'b' });
    expect(planFind({ where: { branch: 'main' }, text: 'Soc', cursor }).filter).toEqual({
      $and: [{ branch: { $eq: 'main' } }, textFilter(['soc']), afterCursor('id', 'asc', { value: 'b', id: 'b' })],
    });
    expect(planFind({ text: '"*' }).filter).toEqual({});
    expect(() => planFind({ text: 'x'.repeat(201) })).toThrow(InvalidQueryError);
  });
});

/** Pages walked against a model of Mongo's matching and sorting: every document once, in sort order. */
describe('keyset pages', () => {
  const documents: ReadDocument[] = [
    { id: 'a', due: '2026-03-05', renewals: 0 },
    { id: 'b', due: '2026-03-01', renewals: 2 },
    { id: 'c', due: '2026-03-03', renewals: 1 },
    { id: 'd', due: '2026-03-03', renewals: 3 },
    { id: 'e', due: null, renewals: 0 },
    { id: 'f', renewals: 1 },
    { id: 'g', due: 7, renewals: 0 },
    { id: 'h', due: true, renewals: 2 },
    { id: 'i', due: null, renewals: 1 },
    { id: 'j', due: 7, renewals: 0 },
  ];
  const stored: StoredDocument[] = documents.map((document) => toStored(document));

  function walk(query: FindQuery): string[] {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const plan = planFind({ ...query, cursor });
      const page = toPage(
        runFind(stored, plan.filter, plan.sort, plan.fetchLimit).map((d) => fromStored(d)),
        plan,
      );
      seen.push(...page.items.map((d) => d.id));
      cursor = page.nextCursor;
      if (!cursor) return seen;
    }
    throw new Error('pages never ended');
  }

  it.each([1, 2, 3, 100])('in both directions, %i at a time', (limit) => {
    const ascending = ['e', 'f', 'i', 'g', 'j', 'b', 'c', 'd', 'a', 'h'];
    expect(walk({ sort: { field: 'due' }, limit })).toEqual(ascending);
    expect(walk({ sort: { field: 'due', direction: 'desc' }, limit })).toEqual([...ascending].reverse());
    expect(walk({ limit })).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
  });

  it('with text, a filter and a sort, in both directions', () => {
    const texts: StoredDocument[] = [
      { id: 'r1', name: 'Web of Science', subject: 'multi' },
      { id: 'r2', name: 'JSTOR', alt: ['Journal Storage', 'Social sciences archive'], subject: 'multi' },
      { id: 'r3', name: 'Social Science Premium', subject: 'social' },
      { id: 'r4', name: 'Résumé', subject: 'multi' },
    ].map((document) => toStored(document, ['name', 'alt']));
    const walkTexts = (query: FindQuery) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const plan = planFind({ ...query, cursor });
        const page = toPage(
          runFind(texts, plan.filter, plan.sort, plan.fetchLimit).map((d) => fromStored(d)),
          plan,
        );
        seen.push(...page.items.map((d) => d.id));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    expect(walkTexts({ text: 'soc sci', limit: 1 })).toEqual(['r2', 'r3']);
    expect(walkTexts({ text: 'sci', where: { subject: 'multi' }, sort: { field: 'name', direction: 'desc' }, limit: 1 })).toEqual(['r1', 'r2']);
    expect(walkTexts({ text: 'RESU', limit: 1 })).toEqual(['r4']);
    expect(walkTexts({ text: 'ience', limit: 1 })).toEqual([]);
  });

  it('with a filter', () => {
    expect(walk({ where: { renewals: { lte: 1 } }, sort: { field: 'renewals' }, limit: 2 })).toEqual(['a', 'e', 'g', 'j', 'c', 'f', 'i']);
    expect(walk({ where: { due: { in: [7, null] } }, sort: { field: 'due', direction: 'desc' }, limit: 1 })).toEqual(['j', 'g', 'i', 'f', 'e']);
  });
});
