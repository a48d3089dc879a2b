import { deciderSpecification } from '@era/decider/testing';
import { RecordTitleList } from './commands';
import { PackageTitle } from './package-title';
import { packageTitlesOf, titleTableOf } from './title-table';
import { titleListDecider } from './title-list-decider';
import { ImportSummary, TitleListEvent } from './title-list-events';

const NOW = new Date('2026-03-10T12:00:00Z');
const spec = deciderSpecification(titleListDecider, { now: NOW, timeZone: 'UTC' });

const title = (id: string, from = '2000', publisher = 'Press'): PackageTitle => ({
  key: `id:${id}`,
  values: { publication_title: `Title ${id}`, title_id: id, publisher_name: publisher },
  coverage: [{ date_first_issue_online: from }],
});
const file = (sha256: string) => ({ sha256, sizeBytes: 100, encoding: 'utf-8', encodingSource: 'valid-utf8', phase: 'II' as const });
const report = { sha256: 'r'.repeat(64), sizeBytes: 10 };
const summaryOf = (titles: number, rejected = 0): ImportSummary => ({
  rows: titles + rejected,
  imported: titles,
  repaired: 0,
  rejected,
  duplicates: 0,
  titles,
});

const record = (titles: PackageTitle[], extra: Partial<RecordTitleList['data']> = {}): RecordTitleList => ({
  type: 'RecordTitleList',
  data: { resourceId: 'springer-journals', titles, file: file('a'.repeat(64)), report, summary: summaryOf(titles.length), strict: false, ...extra },
});

/** The events a first import of these titles appends, effective on 2026-01-01. */
function firstVersion(titles: PackageTitle[], sha = 'a'.repeat(64)): readonly TitleListEvent[] {
  return titleListDecider.decide(record(titles, { file: file(sha), effectiveFrom: '2026-01-01' }), titleListDecider.initialState, {
    now: NOW,
    timeZone: 'UTC',
  });
}

describe('the title-list decider', () => {
  it('given no list yet, when a list is recorded, then version 1 effective today, then its titles added', () => {
    spec
      .given()
      .when(record([title('b'), title('a')]))
      .then([
        {
          type: 'TitleListImported',
          data: {
            resourceId: 'springer-journals',
            version: 1,
            effectiveFrom: '2026-03-10',
            file: file('a'.repeat(64)),
            report,
            summary: summaryOf(2),
            changes: { added: 2, removed: 0, revised: 0 },
            strict: false,
          },
        },
        { type: 'PackageTitlesAdded', data: { resourceId: 'springer-journals', version: 1, titles: titleTableOf([title('a'), title('b')]) } },
      ]);
  });

  it('given version 1, when the same file is recorded again, then exactly one "found unchanged" record of version 1', () => {
    spec
      .given(firstVersion([title('a'), title('b')]))
      .when(record([title('a'), title('b')]))
      .then([
        {
          type: 'TitleListFoundUnchanged',
          data: { resourceId: 'springer-journals', version: 1, file: file('a'.repeat(64)), report, summary: summaryOf(2), strict: false },
        },
      ]);
  });

  it('given version 1, when another file gives the same titles with their ranges in another order, then found unchanged', () => {
    const twoRanges = (order: string[]): PackageTitle => ({ ...title('a'), coverage: order.map((from) => ({ date_first_issue_online: from })) });
    const events = spec
      .given(firstVersion([twoRanges(['1990', '2000'])]))
      .when(record([twoRanges(['2000', '1990'])], { file: file('c'.repeat(64)) }))
      .events();
    expect(events.map((event) => event.type)).toEqual(['TitleListFoundUnchanged']);
  });

  it('given version 1, when a list adds one title, removes one and revises one, then version 2 with exactly those three changes', () => {
    spec
      .given(firstVersion([title('a'), title('b'), title('c')]))
      .when(record([title('a'), title('b', '1995'), title('d')], { effectiveFrom: '2026-02-01', reason: 'Spring list' }))
      .then([
        {
          type: 'TitleListImported',
          data: {
            resourceId: 'springer-journals',
            version: 2,
            effectiveFrom: '2026-02-01',
            file: file('a'.repeat(64)),
            report,
            summary: summaryOf(3),
            changes: { added: 1, removed: 1, revised: 1 },
            strict: false,
            reason: 'Spring list',
          },
        },
        { type: 'PackageTitlesAdded', data: { resourceId: 'springer-journals', version: 2, titles: titleTableOf([title('d')]) } },
        { type: 'PackageTitlesRemoved', data: { resourceId: 'springer-journals', version: 2, titles: [{ key: 'id:c', publication_title: 'Title c' }] } },
        { type: 'PackageTitlesRevised', data: { resourceId: 'springer-journals', version: 2, titles: titleTableOf([title('b', '1995')]) } },
      ]);
  });

  it('given version 1, when only a descriptive value changes, then that title is revised', () => {
    const events = spec
      .given(firstVersion([title('a')]))
      .when(record([title('a', '2000', 'New Press')]))
      .events();
    expect(events.map((event) => event.type)).toEqual(['TitleListImported', 'PackageTitlesRevised']);
  });

  it('given no list, when 600 titles are recorded, then they are added in chunks of 250, 250 and 100, in key order', () => {
    const titles = Array.from({ length: 600 }, (_, i) => title(String(i).padStart(4, '0')));
    const events = spec
      .given()
      .when(record([...titles].reverse()))
      .events();
    const added = events.filter((event) => event.type === 'PackageTitlesAdded');
    expect(added.map((event) => packageTitlesOf(event.data.titles).length)).toEqual([250, 250, 100]);
    expect(added.flatMap((event) => packageTitlesOf(event.data.titles).map((t) => t.key))).toEqual(titles.map((t) => t.key));
  });

  it('given a strict import with rejected rows, when recorded, then refused and nothing appended', () => {
    spec
      .given()
      .when(record([title('a')], { strict: true, summary: summaryOf(1, 2) }))
      .thenRefused('rows-rejected', /2 of 3 rows were rejected/);
  });

  it('given a lenient import with rejected rows, when recorded, then its good titles are recorded', () => {
    const events = spec
      .given()
      .when(record([title('a')], { summary: summaryOf(1, 2) }))
      .events();
    expect(events[0]).toMatchObject({ type: 'TitleListImported', data: { summary: { rejected: 2 } } });
  });

  it('given a file without titles, when recorded, then refused as an empty title list', () => {
    spec.given().when(record([])).thenRefused('empty-title-list');
  });

  it('given an effective date that is no date, when recorded, then refused', () => {
    spec
      .given()
      .when(record([title('a')], { effectiveFrom: '2026-02-30' }))
      .thenRefused('invalid-effective-from');
  });

  it('given version 1 effective 2026-01-01, when a new version would take effect before it, then refused', () => {
    spec
      .given(firstVersion([title('a')]))
      .when(record([title('b')], { effectiveFrom: '2025-12-31' }))
      .thenRefused('effective-from-before-current-version', /2026-01-01/);
  });

  it('given no list, when two titles share a key, then refused', () => {
    spec
      .given()
      .when(record([title('a'), title('a', '1990')]))
      .thenRefused('duplicate-title-keys');
  });

  it('given the library in Auckland, when recorded without a date late on the 10th UTC, then effective on the 11th there', () => {
    const events = spec
      .given()
      .when(record([title('a')]), { now: new Date('2026-03-10T13:00:00Z'), timeZone: 'Pacific/Auckland' })
      .events();
    expect(events[0]).toMatchObject({ data: { effectiveFrom: '2026-03-11' } });
  });
});
