import { effectiveTermsOn } from './effective-terms';
import { LicenceEvent, LicenceVersionRecorded } from './licence-events';
import { drafted, existing, given, permission, versionRecorded } from './testing/licence-fixtures';

/**
 * The amendment rule, one test per row of the table in docs/licences/amendment-rule.md (same case names, same days).
 * Versions are named O (original), R1 (renewal), A1, A2 (amendments); each states `ill-electronic` and/or
 * `concurrent-users`, and the answer on a day says which version each term comes from.
 */
type Dates = [from: string | null, to: string | null];
type Term = 'ill' | 'users';
const KEYS: Readonly<Record<Term, string>> = { ill: 'ill-electronic', users: 'concurrent-users' };

function version(
  versionId: string,
  kind: LicenceVersionRecorded['kind'],
  [effectiveFrom, effectiveTo]: Dates,
  terms: Term[],
  more: Partial<LicenceVersionRecorded> = {},
) {
  const stated = Object.fromEntries(terms.map((term) => [KEYS[term], term === 'ill' ? permission(`stated by ${versionId}`) : { value: versionId.length }]));
  return versionRecorded({ versionId, kind, label: versionId, effectiveFrom, effectiveTo, terms: stated, ...more });
}
const O = (dates: Dates, terms: Term[] = ['ill', 'users'], more: Partial<LicenceVersionRecorded> = {}) => version('O', 'original', dates, terms, more);
const R = (id: string, dates: Dates, terms: Term[]) => version(id, 'renewal', dates, terms);
const A = (id: string, dates: Dates, terms: Term[], more: Partial<LicenceVersionRecorded> = {}) => version(id, 'amendment', dates, terms, more);

/** What answers on a day: "not in force", or the version each term comes from (and whether the start is unknown). */
type Answer = 'not in force' | ({ [term in Term]?: string } & { startUnknown?: true });

function answerOn(events: LicenceEvent[], day: string): Answer {
  const effective = effectiveTermsOn(existing(given(drafted(), ...events)), day);
  if (!effective.inForce) return 'not in force';
  const sources = Object.fromEntries(
    (Object.keys(KEYS) as Term[]).filter((term) => effective.terms[KEYS[term]] !== undefined).map((term) => [term, effective.terms[KEYS[term]].versionId]),
  );
  return { ...sources, ...(effective.startUnknown && { startUnknown: true as const }) };
}

const DOES_NOT_APPLY = { status: 'does-not-apply', amendmentEffect: 'does-not-apply' } as const;

const TABLE: [name: string, events: LicenceEvent[], answers: Record<string, Answer>][] = [
  [
    'amendment inside the original',
    [O(['2024-01-01', '2026-12-31']), A('A1', ['2025-01-01', '2025-12-31'], ['ill'])],
    { '2024-06-01': { ill: 'O', users: 'O' }, '2025-06-01': { ill: 'A1', users: 'O' }, '2026-06-01': { ill: 'O', users: 'O' } },
  ],
  [
    'open-ended amendment, no renewal',
    [O(['2024-01-01', '2024-12-31']), A('A1', ['2024-06-01', null], ['ill'])],
    { '2024-03-01': { ill: 'O', users: 'O' }, '2024-09-01': { ill: 'A1', users: 'O' }, '2025-03-01': 'not in force' },
  ],
  [
    'open-ended amendment, renewal after the original ends',
    [O(['2024-01-01', '2024-12-31']), A('A1', ['2024-06-01', null], ['ill']), R('R1', ['2025-01-01', '2025-12-31'], ['users'])],
    { '2024-09-01': { ill: 'A1', users: 'O' }, '2025-06-01': { ill: 'A1', users: 'R1' }, '2026-03-01': 'not in force' },
  ],
  [
    'renewal restating an open-ended amendment’s term',
    [O(['2024-01-01', '2024-12-31']), A('A1', ['2024-06-01', null], ['ill']), R('R1', ['2025-01-01', null], ['ill'])],
    { '2024-09-01': { ill: 'A1', users: 'O' }, '2025-06-01': { ill: 'R1', users: 'O' } },
  ],
  [
    'amendment that outlives the original',
    [O(['2024-01-01', '2024-12-31']), A('A1', ['2024-06-01', '2025-06-30'], ['ill'])],
    { '2024-09-01': { ill: 'A1', users: 'O' }, '2025-03-01': 'not in force' },
  ],
  [
    'amendment that starts before the original',
    [O(['2024-03-01', null]), A('A1', ['2024-01-01', null], ['ill'])],
    { '2024-02-01': 'not in force', '2024-03-01': { ill: 'A1', users: 'O' }, '2025-03-01': { ill: 'A1', users: 'O' } },
  ],
  ['amendment from the original’s first day', [O(['2024-01-01', null]), A('A1', ['2024-01-01', null], ['ill'])], { '2024-01-01': { ill: 'A1', users: 'O' } }],
  [
    'amendment with no start date',
    [O(['2024-01-01', null]), A('A1', [null, '2024-12-31'], ['ill'])],
    { '2024-06-01': { ill: 'A1', users: 'O', startUnknown: true }, '2025-06-01': { ill: 'O', users: 'O' } },
  ],
  [
    'amendment whose status does not apply',
    [O(['2024-01-01', null]), A('A1', ['2024-06-01', null], ['ill'], DOES_NOT_APPLY)],
    { '2024-09-01': { ill: 'O', users: 'O' } },
  ],
  [
    'overlapping amendments',
    [O(['2024-01-01', null]), A('A1', ['2024-03-01', null], ['ill', 'users']), A('A2', ['2024-06-01', '2024-12-31'], ['ill'])],
    { '2024-04-01': { ill: 'A1', users: 'A1' }, '2024-09-01': { ill: 'A2', users: 'A1' }, '2025-03-01': { ill: 'A1', users: 'A1' } },
  ],
  [
    'overlapping amendments from the same day',
    [O(['2024-01-01', null]), A('A2', ['2024-06-01', null], ['ill']), A('A1', ['2024-06-01', null], ['ill'])],
    { '2024-09-01': { ill: 'A1', users: 'O' } },
  ],
  ['original without a start date', [O([null, '2024-12-31'])], { '2020-01-01': { ill: 'O', users: 'O', startUnknown: true }, '2025-01-01': 'not in force' }],
  [
    'renewal after a gap',
    [O(['2024-01-01', '2024-12-31']), R('R1', ['2025-03-01', null], ['ill'])],
    { '2024-06-01': { ill: 'O', users: 'O' }, '2025-02-01': 'not in force', '2025-06-01': { ill: 'R1', users: 'O' } },
  ],
];

describe('the amendment rule (docs/licences/amendment-rule.md)', () => {
  it.each(TABLE)('%s: given its versions, when asked on each sample day, then the table’s answer', (_case, events, answers) => {
    const days = Object.keys(answers);
    expect(Object.fromEntries(days.map((day) => [day, answerOn(events, day)]))).toEqual(answers);
  });

  it('given the table, then its case names are those of the documented table', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(`${__dirname}/../../../../docs/licences/amendment-rule.md`, 'utf8');
    const documented = [...doc.matchAll(/^\| ([^|]+?) \|/gm)].map((match) => match[1]).filter((name) => name !== 'Case' && !/^-+$/.test(name));
    expect(documented).toEqual(TABLE.map(([name]) => name));
  });

  it('given a day only an amendment covers, when asked, then not in force, and the answer says the amendment does not extend the licence', () => {
    const events = [O(['2024-01-01', '2024-12-31']), A('A1', ['2024-06-01', null], ['ill'])];
    expect(effectiveTermsOn(existing(given(drafted(), ...events)), '2025-03-01').dateNote).toBe(
      'A1 covers 2025-03-01, but an amendment does not extend a licence: no original or renewal does',
    );
  });

  it('given an original without a start, when asked, then the answer says the effective date is unknown', () => {
    expect(effectiveTermsOn(existing(given(drafted(), O([null, null]))), '2024-01-01')).toMatchObject({
      inForce: true,
      startUnknown: true,
      dateNote: 'the effective date is unknown: O states no start',
    });
  });

  it('given an original with an implicit end, when asked, then the answer says the end is implicit', () => {
    expect(
      effectiveTermsOn(existing(given(drafted(), O(['2024-01-01', '2024-12-31'], ['ill'], { endDateSemantics: 'implicit' }))), '2024-06-01'),
    ).toMatchObject({
      inForce: true,
      endImplicit: true,
      dateNote: 'the end is implicit: O names no end of its own',
    });
  });
});
