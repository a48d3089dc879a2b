import { DefineTerm, DeprecateTerm, RelabelTerm } from './commands';
import { TERM_VALUE_TYPES, TermValueType } from './term-values';
import { vocabularyGiven, vocabularySpec } from './testing/licence-fixtures';
import {
  DEFAULT_LICENCE_TERMS,
  DEFAULT_VOCABULARY_SEED,
  defaultVocabulary,
  evolveVocabulary,
  MAX_TERM_DESCRIPTION_LENGTH,
  MAX_OPTION_VALUE_LENGTH,
  MAX_TERM_LABEL_LENGTH,
  MAX_TERM_OPTIONS,
  SEED_VOCABULARY,
} from './vocabulary';
import { isTermKey } from './term-key';
import { LicenceTermDefined, VocabularyEvent } from './vocabulary-events';

const seeded: VocabularyEvent = { type: 'LicenceTermVocabularySeeded', data: { seed: DEFAULT_VOCABULARY_SEED, terms: [...DEFAULT_LICENCE_TERMS] } };
const defined = (term: Partial<LicenceTermDefined> = {}): VocabularyEvent => ({
  type: 'LicenceTermDefined',
  data: { key: 'data-retention', label: 'Data retention', valueType: 'duration', ...term },
});
const define = (data: Partial<DefineTerm['data']> = {}): DefineTerm => ({
  type: 'DefineTerm',
  data: { key: 'data-retention', label: 'Data retention', valueType: 'duration', ...data },
});
const relabel = (data: Partial<RelabelTerm['data']> = {}): RelabelTerm => ({
  type: 'RelabelTerm',
  data: { key: 'ill-electronic', label: 'ILL electronic', ...data },
});
const deprecate = (data: Partial<DeprecateTerm['data']> = {}): DeprecateTerm => ({
  type: 'DeprecateTerm',
  data: { key: 'ill-print', reason: 'folded into ILL', ...data },
});

describe('the default vocabulary', () => {
  const expected: Record<string, string> = {
    'authorised-users': 'text',
    'concurrent-users': 'integer',
    'walk-in-access': 'permission',
    'remote-access': 'permission',
    'ill-print': 'permission',
    'ill-electronic': 'permission',
    'ill-secure-electronic': 'permission',
    'course-reserves-print': 'permission',
    'course-reserves-electronic': 'permission',
    'course-packs-print': 'permission',
    'course-packs-electronic': 'permission',
    'digital-copy': 'permission',
    'print-copy': 'permission',
    'scholarly-sharing': 'permission',
    'text-and-data-mining': 'permission',
    'ai-training': 'permission',
    'perpetual-access': 'yes-no-other',
    archiving: 'yes-no-other',
    'governing-law': 'text',
    jurisdiction: 'text',
    confidentiality: 'yes-no-other',
    'non-renewal-notice-period': 'duration',
    accessibility: 'yes-no-other',
  };

  it('holds the FOLIO/ERMI-compatible terms the issue names, each with its value type', () => {
    expect(Object.fromEntries(DEFAULT_LICENCE_TERMS.map((term) => [term.key, term.valueType]))).toEqual(expected);
    expect(DEFAULT_LICENCE_TERMS).toHaveLength(Object.keys(expected).length);
  });

  it('gives every term a kebab-case key, a label, a category and a short description', () => {
    for (const term of DEFAULT_LICENCE_TERMS) {
      expect(isTermKey(term.key)).toBe(true);
      expect(term.label.trim()).not.toBe('');
      expect(term.category?.trim()).toBeTruthy();
      expect(term.description?.trim()).toBeTruthy();
      expect(TERM_VALUE_TYPES).toContain(term.valueType);
    }
  });

  it('labels the terms as librarians read them', () => {
    const label = (key: string) => DEFAULT_LICENCE_TERMS.find((term) => term.key === key)?.label;
    expect(label('ill-electronic')).toBe('ILL electronic');
    expect(label('ai-training')).toBe('Use for AI/machine-learning training');
    expect(label('confidentiality')).toBe('Confidentiality of terms required');
    expect(label('accessibility')).toBe('Accessibility compliance');
  });
});

describe('seeding the vocabulary', () => {
  it('given no vocabulary, when seeded, then one LicenceTermVocabularySeeded with the defaults', () => {
    vocabularySpec.given().when(SEED_VOCABULARY).then([seeded]);
  });

  it('given a seeded vocabulary, when seeded again, then nothing (seeding happens once)', () => {
    vocabularySpec.given([seeded]).when(SEED_VOCABULARY).thenNothing();
  });

  it('given the seed, when folded, then every default term is known and not deprecated; the defaults in memory are the same', () => {
    const vocabulary = vocabularyGiven(seeded);
    expect(vocabulary.seeded).toBe(true);
    expect(Object.keys(vocabulary.terms).sort()).toEqual(DEFAULT_LICENCE_TERMS.map((term) => term.key).sort());
    expect(vocabulary.terms['ill-electronic']).toEqual(DEFAULT_LICENCE_TERMS.find((term) => term.key === 'ill-electronic'));
    expect(defaultVocabulary).toEqual(vocabulary);
  });

  it('given a term defined before the seed, when seeded, then the seed leaves that key as defined', () => {
    const early = defined({ key: 'ill-electronic', label: 'Electronic ILL (local)', valueType: 'text' });
    const [seed] = vocabularySpec.given([early]).when(SEED_VOCABULARY).events();
    expect(seed.type === 'LicenceTermVocabularySeeded' && seed.data.terms.map((term) => term.key)).not.toContain('ill-electronic');
    expect(vocabularyGiven(early, seeded).terms['ill-electronic'].label).toBe('Electronic ILL (local)');
  });
});

describe('defining a term', () => {
  it('given a vocabulary, when a new kebab-case term is defined, then LicenceTermDefined with label and texts trimmed', () => {
    const event = defined({ description: 'How long usage data is kept.', category: 'Privacy' });
    vocabularySpec
      .given([seeded])
      .when(define({ label: '  Data retention ', description: ' How long usage data is kept. ', category: ' Privacy ' }))
      .then([event]);
    expect(vocabularyGiven(seeded, event).terms['data-retention'].valueType).toBe('duration');
  });

  it('given a blank description or category, when defined, then they are left out', () => {
    vocabularySpec
      .given()
      .when(define({ description: ' ', category: '' }))
      .then([defined()]);
  });

  it('given a defined term, when the same definition is sent again (a retry), then nothing new', () => {
    vocabularySpec
      .given([defined({ category: 'Privacy' })])
      .when(define({ label: ' Data retention ', category: 'Privacy ', description: ' ' }))
      .thenNothing();
  });

  it.each([
    ['another label', { label: 'Retention of data' }],
    ['another value type', { valueType: 'text' as const }],
    ['a description', { description: 'How long usage data is kept.' }],
    ['a category', { category: 'Privacy' }],
    ['a blank label', { label: ' ' }],
  ])('given a defined key, when defined again with %s, then refused as term-already-defined', (_, data) => {
    vocabularySpec.given([defined()]).when(define(data)).thenRefused('term-already-defined', 'licence term "data-retention" is already defined');
  });

  it('given a default term, when defined again with another label, then refused as term-already-defined', () => {
    vocabularySpec
      .given([seeded])
      .when(define({ key: 'ill-electronic', label: 'ILL e', valueType: 'permission' }))
      .thenRefused('term-already-defined');
  });

  it('given a relabelled term, when its first definition is sent again, then refused (it no longer matches)', () => {
    vocabularySpec
      .given([defined(), { type: 'LicenceTermRelabelled', data: { key: 'data-retention', label: 'Retention' } }])
      .when(define())
      .thenRefused('term-already-defined');
  });

  it('given a deprecated key, when defined again, then refused: keys are never reused', () => {
    vocabularySpec
      .given([defined(), { type: 'LicenceTermDeprecated', data: { key: 'data-retention', reason: 'unused' } }])
      .when(define({ valueType: 'text' }))
      .thenRefused('term-already-defined', '(deprecated; keys are never reused)');
  });

  it.each(['a', 'ILL-electronic', 'ill_electronic', 'ill electronic', '-ill', 'ill-', 'ill--electronic', '1ill', 'x'.repeat(61), ''])(
    'given a vocabulary, when key %j is defined, then refused as invalid-term-definition',
    (key) => {
      vocabularySpec
        .given()
        .when(define({ key, label: 'Some term', valueType: 'text' }))
        .thenRefused('invalid-term-definition', /must be kebab-case/);
    },
  );

  it.each(['tv', 'ill-2', 'x'.repeat(60)])('given a vocabulary, when key %j is defined, then accepted', (key) => {
    vocabularySpec
      .given()
      .when(define({ key, label: 'Some term', valueType: 'text' }))
      .then([defined({ key, label: 'Some term', valueType: 'text' })]);
  });

  it('given a vocabulary, when defined with a blank or over-long label, or an unknown value type, then refused as invalid-term-definition', () => {
    vocabularySpec
      .given()
      .when(define({ label: '  ' }))
      .thenRefused('invalid-term-definition', /non-blank label/);
    vocabularySpec
      .given()
      .when(define({ label: 'x'.repeat(MAX_TERM_LABEL_LENGTH + 1) }))
      .thenRefused('invalid-term-definition', /at most/);
    const unknownType: string = 'money';
    vocabularySpec
      .given()
      .when(define({ valueType: unknownType as TermValueType }))
      .thenRefused('invalid-term-definition', /value type "money"/);
  });

  it('given a vocabulary, when defined with an over-long description or category, then refused as invalid-term-definition', () => {
    vocabularySpec
      .given()
      .when(define({ description: 'x'.repeat(MAX_TERM_DESCRIPTION_LENGTH + 1) }))
      .thenRefused('invalid-term-definition', /description/);
    vocabularySpec
      .given()
      .when(define({ category: 'x'.repeat(MAX_TERM_LABEL_LENGTH + 1) }))
      .thenRefused('invalid-term-definition', /category/);
  });
});

describe('relabelling a term', () => {
  it('given a term, when relabelled, then LicenceTermRelabelled and the fold keeps key and value type', () => {
    const event: VocabularyEvent = {
      type: 'LicenceTermRelabelled',
      data: { key: 'ill-electronic', label: 'Interlibrary loan, electronic', reason: 'clearer' },
    };
    vocabularySpec
      .given([seeded])
      .when(relabel({ label: ' Interlibrary loan, electronic ', reason: ' clearer ', description: ' ' }))
      .then([event]);
    expect(vocabularyGiven(seeded, event).terms['ill-electronic']).toMatchObject({
      key: 'ill-electronic',
      label: 'Interlibrary loan, electronic',
      valueType: 'permission',
    });
  });

  it('given a term, when relabelled with the same label, then refused as label-unchanged', () => {
    vocabularySpec
      .given([seeded])
      .when(relabel({ label: ' ILL electronic ' }))
      .thenRefused('label-unchanged', 'is already labelled "ILL electronic"');
  });

  it('given a term, when only its description changes, then relabelled with the new description', () => {
    const [event] = vocabularySpec
      .given([seeded])
      .when(relabel({ description: 'Electronic ILL copies.' }))
      .events();
    expect(evolveVocabulary(vocabularyGiven(seeded), event).terms['ill-electronic'].description).toBe('Electronic ILL copies.');
  });

  it('given no such term, when relabelled, then refused as term-not-found', () => {
    vocabularySpec
      .given([seeded])
      .when(relabel({ key: 'no-such-term', label: 'X' }))
      .thenRefused('term-not-found', '"no-such-term" is not in the term vocabulary');
  });

  it('given a term, when relabelled with a blank label or an over-long description, then refused as invalid-term-definition', () => {
    vocabularySpec
      .given([seeded])
      .when(relabel({ label: ' ' }))
      .thenRefused('invalid-term-definition');
    vocabularySpec
      .given([seeded])
      .when(relabel({ label: 'ILL e', description: 'x'.repeat(MAX_TERM_DESCRIPTION_LENGTH + 1) }))
      .thenRefused('invalid-term-definition');
  });
});

describe('deprecating a term', () => {
  it('given a term, when deprecated with a reason, then LicenceTermDeprecated and the fold marks it', () => {
    const event: VocabularyEvent = { type: 'LicenceTermDeprecated', data: { key: 'ill-print', reason: 'folded into ILL' } };
    vocabularySpec
      .given([seeded])
      .when(deprecate({ reason: '  folded into ILL  ' }))
      .then([event]);
    expect(vocabularyGiven(seeded, event).terms['ill-print'].deprecated).toEqual({ reason: 'folded into ILL' });
  });

  it('given no such term, when deprecated, then refused as term-not-found', () => {
    vocabularySpec
      .given([seeded])
      .when(deprecate({ key: 'no-such-term' }))
      .thenRefused('term-not-found');
  });

  it('given a deprecated term, when deprecated again, then refused as term-already-deprecated', () => {
    vocabularySpec
      .given([seeded, { type: 'LicenceTermDeprecated', data: { key: 'ill-print', reason: 'gone' } }])
      .when(deprecate({ reason: 'again' }))
      .thenRefused('term-already-deprecated', 'was already deprecated: gone');
  });

  it('given a term, when deprecated with a blank reason, then refused as reason-required', () => {
    vocabularySpec
      .given([seeded])
      .when(deprecate({ reason: '  ' }))
      .thenRefused('reason-required', /deprecating licence term "ill-print" needs a reason/);
  });
});

describe('the fold ignores what it cannot apply', () => {
  it('given no such term, when a relabel or deprecation is folded, then the vocabulary is unchanged', () => {
    const vocabulary = vocabularyGiven(seeded);
    expect(evolveVocabulary(vocabulary, { type: 'LicenceTermRelabelled', data: { key: 'nope', label: 'X' } })).toBe(vocabulary);
    expect(evolveVocabulary(vocabulary, { type: 'LicenceTermDeprecated', data: { key: 'nope', reason: 'x' } })).toBe(vocabulary);
  });

  it('given a vocabulary, when a key such as "constructor" is looked up, then it is not a term', () => {
    vocabularySpec
      .given([seeded])
      .when(relabel({ key: 'constructor', label: 'X' }))
      .thenRefused('term-not-found');
  });
});

describe('defining a term as FOLIO has them: several values, range, options, internal by default', () => {
  const options = [
    { value: 'ip', label: 'IP range' },
    { value: 'sso', label: 'Single sign-on' },
  ];

  it.each<[string, Partial<DefineTerm['data']>, LicenceTermDefined]>([
    [
      'a term that takes several values',
      { key: 'authorised-sites', label: 'Authorised sites', valueType: 'text', multiple: true },
      { key: 'authorised-sites', label: 'Authorised sites', valueType: 'text', multiple: true },
    ],
    ['multiple false (left out)', { multiple: false }, { key: 'data-retention', label: 'Data retention', valueType: 'duration' }],
    [
      'an integer range',
      { key: 'sites', label: 'Sites', valueType: 'integer', range: { min: -1, max: 10 } },
      { key: 'sites', label: 'Sites', valueType: 'integer', range: { min: -1, max: 10 } },
    ],
    ['an open range {}', { key: 'sites', label: 'Sites', valueType: 'integer', range: {} }, { key: 'sites', label: 'Sites', valueType: 'integer', range: {} }],
    [
      'min equal to max',
      { key: 'sites', label: 'Sites', valueType: 'integer', range: { min: 3, max: 3 } },
      { key: 'sites', label: 'Sites', valueType: 'integer', range: { min: 3, max: 3 } },
    ],
    [
      'a decimal range',
      { key: 'fee', label: 'Fee', valueType: 'decimal', range: { min: 0.5 } },
      { key: 'fee', label: 'Fee', valueType: 'decimal', range: { min: 0.5 } },
    ],
    [
      'options, trimmed',
      { key: 'access-model', label: 'Access model', valueType: 'choice', options: [{ value: ' ip ', label: ' IP range ' }, options[1]] },
      { key: 'access-model', label: 'Access model', valueType: 'choice', options },
    ],
    [
      'internal by default',
      { key: 'ill-notes', label: 'ILL notes', valueType: 'text', internalByDefault: true },
      { key: 'ill-notes', label: 'ILL notes', valueType: 'text', internalByDefault: true },
    ],
  ])('given a vocabulary, when defined with %s, then LicenceTermDefined as recorded', (_, data, recorded) => {
    vocabularySpec
      .given([seeded])
      .when(define(data))
      .then([{ type: 'LicenceTermDefined', data: recorded }]);
  });

  it.each<[string, Partial<DefineTerm['data']>, RegExp]>([
    ['a range on a text term', { valueType: 'text', range: { min: 0 } }, /only an integer or decimal term takes a range/],
    ['min above max', { valueType: 'integer', range: { min: 5, max: 1 } }, /min 5 is above max 1/],
    ['a fractional bound on an integer term', { valueType: 'integer', range: { min: 0.5 } }, /whole numbers/],
    ['an infinite bound', { valueType: 'decimal', range: { max: Number.POSITIVE_INFINITY } }, /finite numbers/],
    ['another field in the range', { valueType: 'integer', range: { min: 0, step: 1 } as never }, /only min and max/],
    ['a choice term without options', { valueType: 'choice' }, /needs its options/],
    ['options on a text term', { valueType: 'text', options }, /only a choice term takes options/],
    ['an empty list of options', { valueType: 'choice', options: [] }, /non-empty list/],
    ['a duplicate option value', { valueType: 'choice', options: [options[0], { value: 'ip', label: 'IP again' }] }, /"ip" is listed twice/],
    ['a blank option value', { valueType: 'choice', options: [{ value: ' ', label: 'Blank' }] }, /non-blank value/],
    ['a blank option label', { valueType: 'choice', options: [{ value: 'ip', label: '  ' }] }, /option "ip" needs a non-blank label/],
    [
      'too many options',
      { valueType: 'choice', options: Array.from({ length: MAX_TERM_OPTIONS + 1 }, (_, index) => ({ value: `o${index}`, label: `O ${index}` })) },
      /at most/,
    ],
    ['an over-long option value', { valueType: 'choice', options: [{ value: 'x'.repeat(MAX_OPTION_VALUE_LENGTH + 1), label: 'Long' }] }, /at most/],
    ['multiple that is not true or false', { multiple: 'yes' as never }, /multiple must be true or false/],
    ['internalByDefault that is not true or false', { internalByDefault: 1 as never }, /internalByDefault must be true or false/],
  ])('given a vocabulary, when defined with %s, then refused as invalid-term-definition', (_, data, message) => {
    vocabularySpec.given([seeded]).when(define(data)).thenRefused('invalid-term-definition', message);
  });

  it('given a term defined with options, when the same definition is sent again, then nothing new; with other options, term-already-defined', () => {
    const choice = { key: 'access-model', label: 'Access model', valueType: 'choice' as const, options };
    vocabularySpec
      .given([seeded, defined(choice)])
      .when(define(choice))
      .then([]);
    vocabularySpec
      .given([seeded, defined(choice)])
      .when(define({ ...choice, options: [options[0]] }))
      .thenRefused('term-already-defined');
  });
});
