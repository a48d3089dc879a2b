import { LicenceStatus } from './licence-events';
import { LicenceLifecycle } from './licence-lists-events';
import { LicenceDetails, LicenceVersion, Provenance } from './licence-state';
import { PermittedUsesAudience, PermittedUsesQuestion, permittedUses, WITHHELD_LABEL } from './permitted-uses';
import { NO_VALUE_LABEL } from './value-labels';
import { TermValues } from './term-values';
import { VocabularyTerm } from './vocabulary';

const TODAY = '2026-03-02';
const recorded: Provenance = { actorId: 's-associate', actorRole: 'associate', recordedAt: '2026-01-05T09:00:00.000Z' };
const confirmedBy: Provenance = { actorId: 's-librarian', actorRole: 'librarian', recordedAt: '2026-01-06T09:00:00.000Z' };

const vocabulary: PermittedUsesQuestion['vocabulary'] = new Map<string, VocabularyTerm>([
  ['ill-electronic', { key: 'ill-electronic', label: 'ILL electronic', valueType: 'permission' }],
  ['course-reserves-electronic', { key: 'course-reserves-electronic', label: 'Course reserves electronic', valueType: 'permission' }],
  ['concurrent-users', { key: 'concurrent-users', label: 'Concurrent users', valueType: 'integer' }],
]);

/** A version as recorded: an original from 2024, unconfirmed unless said otherwise. */
function version(terms: TermValues, overrides: Partial<LicenceVersion> = {}): LicenceVersion {
  return {
    versionId: 'v-original',
    kind: 'original',
    label: 'Original agreement',
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    endDateSemantics: 'open-ended',
    terms,
    sequence: 1,
    recorded,
    corrections: 0,
    documents: [],
    references: [],
    signatures: [],
    ...overrides,
  };
}

const confirmed = (terms: TermValues, overrides: Partial<LicenceVersion> = {}) => version(terms, { confirmed: confirmedBy, ...overrides });

/** An active licence of the resource, as recorded; a status key before lists was its lifecycle. */
function licence(licenceId: string, name: string, versions: LicenceVersion[], status: LicenceStatus = 'active', lifecycle?: LicenceLifecycle): LicenceDetails {
  return {
    licenceId,
    name,
    licensor: 'Licensor',
    type: 'local',
    organisations: [{ name: 'Licensor', roles: ['licensor'] }],
    alternateNames: [],
    tags: [],
    contacts: [],
    status,
    lifecycle: lifecycle ?? (status as LicenceLifecycle),
    resourceIds: ['r-1'],
    versions,
    drafted: recorded,
  };
}

const permitted = { value: 'permitted-explicit', publicNote: 'Secure transmission to the borrowing library', internalNote: 'Clause 4.2' };
const prohibited = { value: 'prohibited-explicit', publicNote: 'Electronic ILL is not allowed' };

const ask = (licences: LicenceDetails[], use?: string) => permittedUses({ licences, vocabulary, effectiveOn: TODAY, use });

describe('permitted uses: which licences answer', () => {
  it('given an active licence in force that states the use, when asked, then its value, label, public note, confirmation and version', () => {
    const answer = ask([licence('lic-a', 'JSTOR', [confirmed({ 'ill-electronic': permitted })])], 'ill-electronic');
    expect(answer.licences).toEqual([
      {
        licenceId: 'lic-a',
        licenceName: 'JSTOR',
        licenceStatus: 'active',
        inForce: true,
        applies: true,
        term: { key: 'ill-electronic', label: 'ILL electronic' },
        value: 'permitted-explicit',
        valueLabel: 'Permitted (explicit)',
        publicNote: 'Secure transmission to the borrowing library',
        confirmed: true,
        versionLabel: 'Original agreement',
      },
    ]);
  });

  it('given a licence that is not active, when asked, then it does not apply, says why, and answers nothing', () => {
    const answer = ask([licence('lic-a', 'JSTOR', [confirmed({ 'ill-electronic': permitted })], 'in-negotiation')], 'ill-electronic');
    expect(answer.licences).toEqual([
      {
        licenceId: 'lic-a',
        licenceName: 'JSTOR',
        licenceStatus: 'in-negotiation',
        inForce: true,
        applies: false,
        notApplicableBecause: 'the licence is in negotiation, not active',
        term: { key: 'ill-electronic', label: 'ILL electronic' },
        value: null,
        valueLabel: 'Does not apply: the licence is in negotiation, not active',
        confirmed: false,
      },
    ]);
  });

  it('given an active licence that no original or renewal covers today, when asked, then it does not apply, and says why', () => {
    const expired = licence('lic-a', 'JSTOR', [confirmed({ 'ill-electronic': permitted }, { effectiveTo: '2025-12-31' })]);
    expect(ask([expired], 'ill-electronic').licences).toEqual([
      expect.objectContaining({ applies: false, inForce: false, notApplicableBecause: `no original or renewal covers ${TODAY}`, value: null }),
    ]);
  });

  it('given a version withdrawn as recorded by mistake, when asked, then it counts for nothing', () => {
    const withdrawn = licence('lic-a', 'JSTOR', [confirmed({ 'ill-electronic': permitted }, { withdrawn: { ...recorded, reason: 'wrong licence' } })]);
    expect(ask([withdrawn], 'ill-electronic').licences).toEqual([expect.objectContaining({ applies: false, inForce: false })]);
  });

  it('never lets an internal note through', () => {
    expect(JSON.stringify(ask([licence('lic-a', 'JSTOR', [confirmed({ 'ill-electronic': permitted })])], 'ill-electronic'))).not.toContain('Clause 4.2');
  });
});

describe('permitted uses: a licence silent on the use', () => {
  it('given a licence in force whose versions are all confirmed, when asked about a use it does not state, then "not stated", confirmed', () => {
    const silent = licence('lic-a', 'JSTOR', [confirmed({ 'concurrent-users': { value: 5 } })]);
    expect(ask([silent], 'ill-electronic').licences).toEqual([
      expect.objectContaining({
        applies: true,
        term: { key: 'ill-electronic', label: 'ILL electronic' },
        value: null,
        valueLabel: 'Not stated in the licence',
        confirmed: true,
      }),
    ]);
  });

  it('given a version in force still unconfirmed, when asked, then the silence is unconfirmed', () => {
    const silent = licence('lic-a', 'JSTOR', [version({ 'concurrent-users': { value: 5 } })]);
    expect(ask([silent], 'ill-electronic').licences[0].confirmed).toBe(false);
  });

  it('given an unconfirmed version not in force that states the use, when asked, then the silence is unconfirmed (its dates may change)', () => {
    const later = version(
      { 'ill-electronic': permitted },
      { versionId: 'v-2027', kind: 'amendment', label: 'Amendment 2027', effectiveFrom: '2027-01-01', sequence: 2 },
    );
    const silent = licence('lic-a', 'JSTOR', [confirmed({ 'concurrent-users': { value: 5 } }), later]);
    expect(ask([silent], 'ill-electronic').licences).toEqual([expect.objectContaining({ value: null, confirmed: false })]);
  });
});

describe('permitted uses: asked about no use in particular', () => {
  it('given licences, when asked without a use, then every term in force of each licence that applies, one line for one that does not, and no answer', () => {
    const answer = ask([
      licence('lic-b', 'Oxford Journals', [confirmed({ 'ill-electronic': prohibited })], 'terminated'),
      licence('lic-a', 'JSTOR', [confirmed({ 'ill-electronic': permitted, 'concurrent-users': { value: 5 } })]),
    ]);
    expect(answer).not.toHaveProperty('answer');
    expect(answer).not.toHaveProperty('use');
    expect(answer.effectiveOn).toBe(TODAY);
    expect(answer.licences.map((use) => [use.licenceName, use.term?.key ?? null, use.valueLabel])).toEqual([
      ['JSTOR', 'concurrent-users', '5'],
      ['JSTOR', 'ill-electronic', 'Permitted (explicit)'],
      ['Oxford Journals', null, 'Does not apply: the licence is terminated, not active'],
    ]);
  });

  it('given no licence names the resource, when asked, then an empty list', () => {
    expect(ask([])).toEqual({ effectiveOn: TODAY, licences: [] });
  });
});

describe('permitted uses: one answer across licences', () => {
  const jstor = (terms: TermValues, overrides: Partial<LicenceVersion> = {}) => licence('lic-a', 'JSTOR', [confirmed(terms, overrides)]);
  const oxford = (terms: TermValues) => licence('lic-b', 'Oxford Journals', [confirmed(terms)]);

  it('given no licence that applies, when asked, then no licence in force covers the resource', () => {
    expect(ask([licence('lic-a', 'JSTOR', [confirmed({ 'ill-electronic': permitted })], 'expired')], 'ill-electronic')).toMatchObject({
      use: 'ill-electronic',
      answer: { value: null, valueLabel: 'No licence in force covers this resource today', confirmed: false },
    });
  });

  it('given licences that agree, value and note, when asked, then their answer with the public note, confirmed when all are', () => {
    expect(ask([jstor({ 'ill-electronic': permitted }), oxford({ 'ill-electronic': permitted })], 'ill-electronic').answer).toEqual({
      value: 'permitted-explicit',
      valueLabel: 'Permitted (explicit)',
      publicNote: 'Secure transmission to the borrowing library',
      confirmed: true,
    });
  });

  it('given one licence unconfirmed, when the licences agree, then the answer is unconfirmed', () => {
    const unconfirmed = licence('lic-b', 'Oxford Journals', [version({ 'ill-electronic': permitted })]);
    expect(ask([jstor({ 'ill-electronic': permitted }), unconfirmed], 'ill-electronic').answer).toMatchObject({
      value: 'permitted-explicit',
      confirmed: false,
    });
  });

  it('given licences that disagree, when asked, then no value: they differ, see each licence', () => {
    expect(ask([jstor({ 'ill-electronic': permitted }), oxford({ 'ill-electronic': prohibited })], 'ill-electronic').answer).toEqual({
      value: null,
      valueLabel: 'The licences in force differ: see each licence',
      confirmed: true,
    });
  });

  it('given one licence that states the use and one silent on it, when asked, then they differ', () => {
    expect(ask([jstor({ 'ill-electronic': permitted }), oxford({ 'concurrent-users': { value: 5 } })], 'ill-electronic').answer).toMatchObject({
      value: null,
      valueLabel: 'The licences in force differ: see each licence',
    });
  });

  it('given the same permission under different conditions, when asked, then the permission, no note, and word that the conditions differ', () => {
    const otherConditions = { value: 'permitted-explicit', publicNote: 'Print and post only' };
    expect(ask([jstor({ 'ill-electronic': permitted }), oxford({ 'ill-electronic': otherConditions })], 'ill-electronic').answer).toEqual({
      value: 'permitted-explicit',
      valueLabel: 'Permitted (explicit), under conditions that differ by licence: see each licence',
      confirmed: true,
    });
  });

  it('lists the licences by name, then id, whatever order they come in', () => {
    const answer = ask(
      [
        oxford({ 'ill-electronic': prohibited }),
        licence('lic-c', 'JSTOR', [confirmed({ 'ill-electronic': permitted })]),
        jstor({ 'ill-electronic': permitted }),
      ],
      'ill-electronic',
    );
    expect(answer.licences.map((use) => use.licenceId)).toEqual(['lic-a', 'lic-c', 'lic-b']);
  });
});

describe('permitted uses: a use the vocabulary does not know', () => {
  it('given any licences, when asked about a use that is no term of the vocabulary, then refused as an unknown term', () => {
    expect(() => permittedUses({ licences: [], vocabulary: new Map(), effectiveOn: '2025-01-15', use: 'ill-by-pigeon' })).toThrow(
      expect.objectContaining({ rule: 'unknown-term', message: 'ill-by-pigeon is not a term of the licence vocabulary' }),
    );
  });
});

describe('permitted uses: values marked internal', () => {
  const INTERNAL_NOTE = 'Clause 9: ILL only through the consortium hub';
  const PUBLIC_NOTE = 'Ask the ILL office first';
  const internalIll = { value: 'permitted-explicit-under-conditions', internal: true, internalNote: INTERNAL_NOTE, publicNote: PUBLIC_NOTE };
  const several: PermittedUsesQuestion['vocabulary'] = new Map([
    ...vocabulary,
    ['authorised-sites', { key: 'authorised-sites', label: 'Authorised sites', valueType: 'text', multiple: true }],
  ]);
  const askAs = (audience: PermittedUsesAudience | undefined, licences: LicenceDetails[], use?: string) =>
    permittedUses({ licences, vocabulary: several, effectiveOn: TODAY, use, ...(audience !== undefined && { audience }) });
  const withInternalIll = [licence('lic-a', 'JSTOR', [confirmed({ 'ill-electronic': internalIll, 'concurrent-users': { value: 5 } })])];

  it.each([['public' as const], [undefined]])(
    'given the only value in force is internal, when %s asks, then it is withheld: no content, no notes',
    (audience) => {
      const answer = askAs(audience, withInternalIll, 'ill-electronic');
      expect(answer.licences).toEqual([expect.objectContaining({ value: null, valueLabel: WITHHELD_LABEL, withheld: true, confirmed: true })]);
      expect(answer.answer).toEqual({ value: null, valueLabel: WITHHELD_LABEL, withheld: true, confirmed: true });
      const text = JSON.stringify(answer);
      for (const leaked of [INTERNAL_NOTE, PUBLIC_NOTE, 'permitted-explicit-under-conditions', 'under conditions']) expect(text).not.toContain(leaked);
    },
  );

  it('given the only value in force is internal, when licence staff ask, then the value and its public note, marked internal', () => {
    const answer = askAs('licence-staff', withInternalIll, 'ill-electronic');
    expect(answer.licences).toEqual([
      expect.objectContaining({ value: 'permitted-explicit-under-conditions', publicNote: PUBLIC_NOTE, internal: true, confirmed: true }),
    ]);
    expect(answer.answer).toMatchObject({ value: 'permitted-explicit-under-conditions', internal: true });
    expect(JSON.stringify(answer)).not.toContain(INTERNAL_NOTE);
  });

  it('given every term in force, when the public asks, then the internal term is listed withheld and the others as they are', () => {
    expect(askAs('public', withInternalIll).licences.map((use) => [use.term?.key, use.valueLabel, use.withheld ?? false])).toEqual([
      ['concurrent-users', '5', false],
      ['ill-electronic', WITHHELD_LABEL, true],
    ]);
  });

  it('given several values, one internal, when the public asks, then the public ones, and word that more are for the licensing staff', () => {
    const sites = [
      { value: 'Main campus', publicNote: 'Walk-ins welcome' },
      { value: 'Hospital annex', internal: true, publicNote: 'Staff badge needed' },
    ];
    const answer = askAs('public', [licence('lic-a', 'JSTOR', [confirmed({ 'authorised-sites': sites })])], 'authorised-sites');
    expect(answer.licences[0]).toMatchObject({
      value: 'Main campus',
      valueLabel: 'Main campus; further values: ask the licensing staff',
      publicNote: 'Walk-ins welcome',
      values: [{ value: 'Main campus', valueLabel: 'Main campus', publicNote: 'Walk-ins welcome' }],
      withheld: true,
    });
    expect(JSON.stringify(answer)).not.toContain('Hospital annex');
    expect(JSON.stringify(answer)).not.toContain('Staff badge needed');
  });

  it('given several values, one internal, when licence staff ask, then every value in order, the internal one marked', () => {
    const sites = [{ value: 'Main campus' }, { value: 'Hospital annex', internal: true }];
    const [use] = askAs('licence-staff', [licence('lic-a', 'JSTOR', [confirmed({ 'authorised-sites': sites })])], 'authorised-sites').licences;
    expect(use).toMatchObject({
      value: null,
      valueLabel: 'Main campus; Hospital annex',
      values: [
        { value: 'Main campus', valueLabel: 'Main campus' },
        { value: 'Hospital annex', valueLabel: 'Hospital annex', internal: true },
      ],
    });
    expect(use).not.toHaveProperty('internal');
    expect(use).not.toHaveProperty('withheld');
  });

  it.each([
    ['a public note', { publicNote: 'Only by post' }, 'public', NO_VALUE_LABEL, 'Only by post', false],
    ['only an internal note', { internalNote: 'Licensor asked' }, 'public', WITHHELD_LABEL, undefined, true],
    ['only an internal note', { internalNote: 'Licensor asked' }, 'licence-staff', NO_VALUE_LABEL, undefined, false],
  ] as const)('given a value left out with %s, when %s asks, then %s', (_, termValue, audience, valueLabel, publicNote, withheld) => {
    const [use] = askAs(audience, [licence('lic-a', 'JSTOR', [confirmed({ 'ill-electronic': termValue })])], 'ill-electronic').licences;
    expect({ value: use.value, valueLabel: use.valueLabel, publicNote: use.publicNote, withheld: use.withheld ?? false }).toEqual({
      value: null,
      valueLabel,
      publicNote,
      withheld,
    });
    expect(JSON.stringify(use)).not.toContain('Licensor asked');
  });

  it('given one licence withheld and one silent on the use, when the public asks, then they differ (neither answer stands for the other)', () => {
    const silent = licence('lic-b', 'Oxford Journals', [confirmed({ 'concurrent-users': { value: 5 } })]);
    expect(askAs('public', [...withInternalIll, silent], 'ill-electronic').answer).toMatchObject({
      value: null,
      valueLabel: 'The licences in force differ: see each licence',
    });
  });

  it('given a status whose lifecycle is active (a list key such as FOLIO\'s "current"), when asked, then the licence answers', () => {
    const current = licence('lic-a', 'JSTOR', [confirmed({ 'ill-electronic': permitted })], 'current', 'active');
    expect(ask([current], 'ill-electronic').licences).toEqual([
      expect.objectContaining({ applies: true, licenceStatus: 'current', value: 'permitted-explicit' }),
    ]);
  });

  it('given a status key "active" whose lifecycle is not, when asked, then it does not apply', () => {
    const suspended = licence('lic-a', 'JSTOR', [confirmed({ 'ill-electronic': permitted })], 'active', 'in-negotiation');
    expect(ask([suspended], 'ill-electronic').licences).toEqual([expect.objectContaining({ applies: false, value: null })]);
  });
});
