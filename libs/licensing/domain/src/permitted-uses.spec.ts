import { LicenceStatus } from './licence-events';
import { LicenceLifecycle } from './licence-lists-events';
import { LicenceDetails, LicenceVersion, Provenance } from './licence-state';
import { PermittedUsesQuestion, permittedUses } from './permitted-uses';
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

/** An active licence of the resource, as recorded. */
function licence(licenceId: string, name: string, versions: LicenceVersion[], status: LicenceStatus = 'active'): LicenceDetails {
  const lifecycle = status as LicenceLifecycle;
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
    lifecycle,
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
