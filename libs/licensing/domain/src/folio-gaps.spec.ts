/**
 * Issue 15's "Why" list, one row per gap that real FOLIO licences ran into: each is now either recorded as the licence
 * says it, or refused by a rule a librarian configured (a term's type or range, a list's values), with a message that
 * says what to do. Every row runs through the real deciders, from an empty ledger with the service's defaults.
 */
import { Command, DomainEvent, RuleViolation } from '@era/decider';
import { DefineListValue, DefineTerm, LicenceCommand } from './commands';
import { effectiveTermsOn } from './effective-terms';
import { licenceDecider } from './licence-decider';
import { LicenceDetails, LicenceState } from './licence-state';
import { defaultLicenceLists, licenceListsDecider } from './licence-lists-decider';
import { LicenceListsState } from './licence-lists';
import { LicensingContext } from './licensing-context';
import { permittedUses } from './permitted-uses';
import { defaultVocabulary, vocabularyDecider, VocabularyState } from './vocabulary';
import { TermValue } from './term-values';

const LICENCE = 'b2b3a0de-5c4e-4a7b-9b1f-0f6a2e1d9c01';
const ORIGINAL = 'b2b3a0de-5c4e-4a7b-9b1f-0f6a2e1d9c02';
const AMENDMENT = 'b2b3a0de-5c4e-4a7b-9b1f-0f6a2e1d9c03';
const RENEWAL = 'b2b3a0de-5c4e-4a7b-9b1f-0f6a2e1d9c04';

type Step = DefineTerm | DefineListValue | LicenceCommand;

interface Ledger {
  vocabulary: VocabularyState;
  lists: LicenceListsState;
  licence: LicenceState;
}

const context = (ledger: Ledger): LicensingContext => ({
  now: new Date('2026-03-05T12:00:00Z'),
  vocabulary: ledger.vocabulary,
  lists: ledger.lists,
  staffRoleOf: () => undefined,
});

function fold<C extends Command, S, E extends DomainEvent, X extends { now: Date }>(
  decider: { decide(command: C, state: S, context: X): readonly E[]; evolve(state: S, event: E): S },
  command: C,
  state: S,
  decisionContext: X,
): S {
  return decider.decide(command, state, decisionContext).reduce((folded, event) => decider.evolve(folded, event), state);
}

/** Each step decided against the ledger as the steps before it left it; a refusal throws. */
function run(steps: readonly Step[]): Ledger {
  let ledger: Ledger = { vocabulary: defaultVocabulary, lists: defaultLicenceLists, licence: licenceDecider.initialState };
  for (const step of steps) {
    if (step.type === 'DefineTerm') ledger = { ...ledger, vocabulary: fold(vocabularyDecider, step, ledger.vocabulary, context(ledger)) };
    else if (step.type === 'DefineListValue') ledger = { ...ledger, lists: fold(licenceListsDecider, step, ledger.lists, context(ledger)) };
    else ledger = { ...ledger, licence: fold(licenceDecider, step, ledger.licence, context(ledger)) };
  }
  return ledger;
}

const licenceOf = (ledger: Ledger): LicenceDetails => {
  if (!ledger.licence.exists) throw new Error('no licence was drafted');
  return ledger.licence;
};

const draft = (data: Partial<Extract<LicenceCommand, { type: 'DraftLicence' }>['data']> = {}): LicenceCommand => ({
  type: 'DraftLicence',
  data: { licenceId: LICENCE, name: 'License 1', type: 'local', ...data },
});

const original = (data: Partial<Extract<LicenceCommand, { type: 'RecordVersion' }>['data']> = {}): LicenceCommand => ({
  type: 'RecordVersion',
  data: { licenceId: LICENCE, versionId: ORIGINAL, kind: 'original', label: 'Original', effectiveFrom: '2024-01-01', terms: {}, ...data },
});

const amendment = (data: Partial<Extract<LicenceCommand, { type: 'RecordVersion' }>['data']> = {}): LicenceCommand => ({
  type: 'RecordVersion',
  data: { licenceId: LICENCE, versionId: AMENDMENT, kind: 'amendment', label: 'Amendment 1', terms: {}, ...data },
});

const term = (key: string, valueType: DefineTerm['data']['valueType'], more: Partial<DefineTerm['data']> = {}): DefineTerm => ({
  type: 'DefineTerm',
  data: { key, label: key, valueType, ...more },
});

const listValue = (data: DefineListValue['data']): DefineListValue => ({ type: 'DefineListValue', data });

const termsOf = (ledger: Ledger, versionId = ORIGINAL) => licenceOf(ledger).versions.find((version) => version.versionId === versionId)?.terms ?? {};

const ill: TermValue = { value: 'permitted-explicit', internal: true, internalNote: 'Only with the head of ILL', publicNote: 'Ask at the ILL desk' };

interface Row {
  gap: string;
  steps: readonly Step[];
  /** What the ledger then holds (recorded as the licence says). */
  holds?: (ledger: Ledger) => void;
  /** Or the rule a librarian configured that refuses it, and what its message tells them. */
  refused?: { rule: string; message: RegExp };
}

const ROWS: readonly Row[] = [
  {
    gap: 'a value FOLIO marks internal is kept, marked, and never answered to the public',
    steps: [draft({ licensor: 'EBSCO', status: 'active' }), original({ terms: { 'ill-electronic': ill } })],
    holds: (ledger) => {
      expect(termsOf(ledger)['ill-electronic']).toEqual(ill);
      const answer = permittedUses({
        licences: [licenceOf(ledger)],
        vocabulary: new Map(Object.entries(ledger.vocabulary.terms)),
        effectiveOn: '2025-06-01',
        use: 'ill-electronic',
        audience: 'public',
      });
      expect(JSON.stringify(answer)).not.toMatch(/head of ILL|ILL desk|permitted-explicit/);
    },
  },
  {
    gap: 'a multi-value term (FOLIO 4.2) takes an array of values',
    steps: [
      term('authorised-sites', 'text', { multiple: true }),
      draft(),
      original({ terms: { 'authorised-sites': [{ value: 'Main campus' }, { value: 'Medical school', publicNote: 'Walk-in only' }] } }),
    ],
    holds: (ledger) => expect(termsOf(ledger)['authorised-sites']).toEqual([{ value: 'Main campus' }, { value: 'Medical school', publicNote: 'Walk-in only' }]),
  },
  {
    gap: 'a Decimal term',
    steps: [term('a-decimal-prop', 'decimal'), draft(), original({ terms: { 'a-decimal-prop': { value: 1.23 } } })],
    holds: (ledger) => expect(termsOf(ledger)['a-decimal-prop']).toEqual({ value: 1.23 }),
  },
  {
    gap: 'a Boolean term',
    steps: [term('alumni-access', 'boolean'), draft(), original({ terms: { 'alumni-access': { value: false } } })],
    holds: (ledger) => expect(termsOf(ledger)['alumni-access']).toEqual({ value: false }),
  },
  {
    gap: 'a negative integer, where the term’s definition gives it a meaning (range)',
    steps: [term('post-cancellation-years', 'integer', { range: { min: -1 } }), draft(), original({ terms: { 'post-cancellation-years': { value: -1 } } })],
    holds: (ledger) => expect(termsOf(ledger)['post-cancellation-years']).toEqual({ value: -1 }),
  },
  {
    gap: 'a negative integer on a term that counts (no range: the definition refuses it)',
    steps: [draft(), original({ terms: { 'concurrent-users': { value: -1 } } })],
    refused: { rule: 'invalid-term-value', message: /concurrent-users/ },
  },
  {
    gap: 'an empty text whose meaning is in its note',
    steps: [draft(), original({ terms: { 'governing-law': { publicNote: 'As stated in the order form' } } })],
    holds: (ledger) => expect(termsOf(ledger)['governing-law']).toEqual({ publicNote: 'As stated in the order form' }),
  },
  {
    gap: 'an empty value with no note to carry its meaning',
    steps: [draft(), original({ terms: { 'governing-law': {} } })],
    refused: { rule: 'term-value-needs-note', message: /note/ },
  },
  {
    gap: 'FOLIO’s "Actual" licence type, once defined in the licence-type list',
    steps: [listValue({ list: 'licence-type', key: 'actual', label: 'Actual' }), draft({ type: 'actual' })],
    holds: (ledger) => expect(licenceOf(ledger).type).toBe('actual'),
  },
  {
    gap: 'a licence type nobody defined',
    steps: [draft({ type: 'actual' })],
    refused: { rule: 'unknown-list-value', message: /licence-type list .*POST \/licence-lists\/licence-type/ },
  },
  {
    gap: 'FOLIO’s legacy "Current" status, defined with the active lifecycle',
    steps: [listValue({ list: 'licence-status', key: 'current', label: 'Current', lifecycle: 'active' }), draft({ status: 'current', licensor: 'JSTOR' })],
    holds: (ledger) => expect(licenceOf(ledger)).toMatchObject({ status: 'current', lifecycle: 'active' }),
  },
  {
    gap: 'the default walk-in-access takes the permission scale, not FOLIO’s Yes/No/Other (the import maps it)',
    steps: [draft(), original({ terms: { 'walk-in-access': { value: 'yes' } } })],
    refused: { rule: 'invalid-term-value', message: /walk-in-access.*permission/ },
  },
  {
    gap: 'description, alternate names, tags and internal contacts',
    steps: [
      draft({
        description: 'Big deal, 2024–2026',
        alternateNames: ['SpringerLink'],
        tags: ['legacy'],
        contacts: [{ staffId: 's-librarian', role: 'license-owner' }],
      }),
    ],
    holds: (ledger) =>
      expect(licenceOf(ledger)).toMatchObject({
        description: 'Big deal, 2024–2026',
        alternateNames: ['SpringerLink'],
        tags: ['legacy'],
        contacts: [{ staffId: 's-librarian', role: 'license-owner' }],
      }),
  },
  {
    gap: 'no licensor while the licence is not yet active',
    steps: [draft()],
    holds: (ledger) => expect(licenceOf(ledger).licensor).toBeUndefined(),
  },
  {
    gap: 'activation without a licensor',
    steps: [draft(), { type: 'RecordLicenceStatus', data: { licenceId: LICENCE, to: 'active' } }],
    refused: { rule: 'licensor-required', message: /licensor/ },
  },
  {
    gap: 'licensee and consortium administrator organisations with their roles',
    steps: [
      draft({
        organisations: [
          { name: 'Example University', roles: ['licensee'] },
          { name: 'NERL', roles: ['consortium', 'consortium-administrator'] },
        ],
      }),
    ],
    holds: (ledger) =>
      expect(licenceOf(ledger).organisations).toEqual([
        { name: 'Example University', roles: ['licensee'] },
        { name: 'NERL', roles: ['consortium', 'consortium-administrator'] },
      ]),
  },
  {
    gap: 'no start date: answers say the effective date is unknown',
    steps: [draft(), original({ effectiveFrom: null, terms: { 'ill-print': { value: 'permitted-explicit' } } })],
    holds: (ledger) => {
      const onDate = effectiveTermsOn(licenceOf(ledger), '2025-06-01');
      expect(onDate.startUnknown).toBe(true);
      expect(onDate.terms['ill-print']?.value).toEqual({ value: 'permitted-explicit' });
    },
  },
  {
    gap: 'only an end date',
    steps: [draft(), original({ effectiveFrom: null, effectiveTo: '2025-12-31' })],
    holds: (ledger) => expect(licenceOf(ledger).versions[0]).toMatchObject({ effectiveFrom: null, effectiveTo: '2025-12-31', endDateSemantics: 'explicit' }),
  },
  {
    gap: 'an open-ended end, told apart from an implicit one',
    steps: [draft(), original({ endDateSemantics: 'implicit' })],
    holds: (ledger) => expect(licenceOf(ledger).versions[0]).toMatchObject({ effectiveTo: null, endDateSemantics: 'implicit' }),
  },
  {
    gap: 'a document known by URL, another by physical location, of FOLIO’s types, with note and category',
    steps: [
      draft(),
      original(),
      {
        type: 'ReferenceDocument',
        data: {
          licenceId: LICENCE,
          versionId: ORIGINAL,
          referenceId: 'doc-1',
          name: 'Vendor terms',
          documentType: 'vendor-terms-and-conditions',
          url: 'https://vendor.example/terms',
          note: 'As of 2024',
          category: 'supplementary',
        },
      },
      {
        type: 'ReferenceDocument',
        data: { licenceId: LICENCE, versionId: ORIGINAL, referenceId: 'doc-2', name: 'Signed copy', documentType: 'misc', location: 'ERM office, cabinet 3' },
      },
    ],
    holds: (ledger) =>
      expect(licenceOf(ledger).versions[0].references).toEqual([
        expect.objectContaining({ referenceId: 'doc-1', url: 'https://vendor.example/terms', note: 'As of 2024', category: 'supplementary' }),
        expect.objectContaining({ referenceId: 'doc-2', location: 'ERM office, cabinet 3', documentType: 'misc', category: 'core' }),
      ]),
  },
  {
    gap: 'an open-ended amendment runs on over a renewal instead of stopping with the original',
    steps: [
      draft(),
      original({ effectiveTo: '2024-12-31', terms: { 'ill-print': { value: 'prohibited-explicit' } } }),
      { ...renewalOf('2025-01-01') },
      amendment({ effectiveFrom: '2024-06-01', terms: { 'ill-print': { value: 'permitted-explicit' } } }),
    ],
    holds: (ledger) => expect(effectiveTermsOn(licenceOf(ledger), '2025-06-01').terms['ill-print']?.versionId).toBe(AMENDMENT),
  },
  {
    gap: 'an amendment starting before the original counts from the original’s start',
    steps: [
      draft(),
      original({ effectiveFrom: '2024-01-01', terms: { 'ill-print': { value: 'prohibited-explicit' } } }),
      amendment({ effectiveFrom: '2023-06-01', terms: { 'ill-print': { value: 'permitted-explicit' } } }),
    ],
    holds: (ledger) => {
      expect(effectiveTermsOn(licenceOf(ledger), '2023-09-01').inForce).toBe(false);
      expect(effectiveTermsOn(licenceOf(ledger), '2024-01-01').terms['ill-print']?.versionId).toBe(AMENDMENT);
    },
  },
  {
    gap: 'an amendment’s own status: "Does not apply" never counts',
    steps: [
      draft(),
      original({ terms: { 'ill-print': { value: 'prohibited-explicit' } } }),
      amendment({ effectiveFrom: '2024-06-01', status: 'does-not-apply', terms: { 'ill-print': { value: 'permitted-explicit' } } }),
    ],
    holds: (ledger) => expect(effectiveTermsOn(licenceOf(ledger), '2025-06-01').terms['ill-print']?.versionId).toBe(ORIGINAL),
  },
];

function renewalOf(effectiveFrom: string): LicenceCommand {
  return { type: 'RecordVersion', data: { licenceId: LICENCE, versionId: RENEWAL, kind: 'renewal', label: 'Renewal', effectiveFrom, terms: {} } };
}

describe('what real FOLIO licences could not store (issue 15, "Why")', () => {
  it.each(ROWS.filter((row) => row.holds).map((row) => [row.gap, row] as const))('%s: recorded as the licence says', (_, row) => {
    row.holds?.(run(row.steps));
  });

  it.each(ROWS.filter((row) => row.refused).map((row) => [row.gap, row] as const))('%s: refused by the rule a librarian configured', (_, row) => {
    let refusal: unknown;
    try {
      run(row.steps);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(RuleViolation);
    expect((refusal as RuleViolation).rule).toBe(row.refused?.rule);
    expect((refusal as RuleViolation).message).toMatch(row.refused?.message ?? /./);
  });
});
