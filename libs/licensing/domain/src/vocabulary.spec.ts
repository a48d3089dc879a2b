import { ruleOf, vocabularyGiven } from './licence-fixtures';
import { TERM_VALUE_TYPES } from './term-values';
import {
  DEFAULT_LICENCE_TERMS,
  DEFAULT_VOCABULARY_SEED,
  decideDefineTerm,
  decideDeprecateTerm,
  decideRelabelTerm,
  decideSeedVocabulary,
  evolveVocabulary,
  initialVocabulary,
  isTermKey,
} from './vocabulary';
import { LicenceTermDefined, VocabularyEvent } from './vocabulary-events';

const seeded: VocabularyEvent = { type: 'LicenceTermVocabularySeeded', data: { seed: DEFAULT_VOCABULARY_SEED, terms: [...DEFAULT_LICENCE_TERMS] } };
const defined = (term: Partial<LicenceTermDefined> = {}): VocabularyEvent => ({
  type: 'LicenceTermDefined',
  data: { key: 'data-retention', label: 'Data retention', valueType: 'duration', ...term },
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
    expect(decideSeedVocabulary(initialVocabulary)).toEqual([seeded]);
  });

  it('given a seeded vocabulary, when seeded again, then nothing (seeding happens once)', () => {
    expect(decideSeedVocabulary(vocabularyGiven(seeded))).toEqual([]);
  });

  it('given the seed, when folded, then every default term is known and not deprecated', () => {
    const vocabulary = vocabularyGiven(seeded);
    expect(vocabulary.seeded).toBe(true);
    expect(Object.keys(vocabulary.terms).sort()).toEqual(DEFAULT_LICENCE_TERMS.map((term) => term.key).sort());
    expect(vocabulary.terms['ill-electronic']).toEqual(DEFAULT_LICENCE_TERMS.find((term) => term.key === 'ill-electronic'));
  });

  it('given a term defined before the seed, when seeded, then the seed leaves that key as defined', () => {
    const early = defined({ key: 'ill-electronic', label: 'Electronic ILL (local)', valueType: 'text' });
    const [seed] = decideSeedVocabulary(vocabularyGiven(early));
    expect(seed.type === 'LicenceTermVocabularySeeded' && seed.data.terms.map((term) => term.key)).not.toContain('ill-electronic');
    expect(vocabularyGiven(early, seeded).terms['ill-electronic'].label).toBe('Electronic ILL (local)');
  });
});

describe('defining a term', () => {
  it('given a vocabulary, when a new kebab-case term is defined, then LicenceTermDefined with label and texts trimmed', () => {
    const events = decideDefineTerm(vocabularyGiven(seeded), {
      key: 'data-retention',
      label: '  Data retention ',
      valueType: 'duration',
      description: ' How long usage data is kept. ',
      category: ' Privacy ',
    });
    expect(events).toEqual([
      {
        type: 'LicenceTermDefined',
        data: { key: 'data-retention', label: 'Data retention', valueType: 'duration', description: 'How long usage data is kept.', category: 'Privacy' },
      },
    ]);
    expect(evolveVocabulary(vocabularyGiven(seeded), events[0]).terms['data-retention'].valueType).toBe('duration');
  });

  it('given a blank description or category, when defined, then they are left out', () => {
    const [event] = decideDefineTerm(initialVocabulary, { key: 'data-retention', label: 'Data retention', valueType: 'duration', description: ' ', category: '' });
    expect(event.data).toEqual({ key: 'data-retention', label: 'Data retention', valueType: 'duration' });
  });

  it('given a defined key, when defined again, then refused as term-already-defined', () => {
    expect(ruleOf(() => decideDefineTerm(vocabularyGiven(seeded), { key: 'ill-electronic', label: 'ILL e', valueType: 'permission' }))).toBe(
      'term-already-defined',
    );
  });

  it('given a deprecated key, when defined again, then refused: keys are never reused', () => {
    const vocabulary = vocabularyGiven(defined(), { type: 'LicenceTermDeprecated', data: { key: 'data-retention', reason: 'unused' } });
    expect(ruleOf(() => decideDefineTerm(vocabulary, { key: 'data-retention', label: 'Data retention', valueType: 'text' }))).toBe('term-already-defined');
  });

  it.each(['a', 'ILL-electronic', 'ill_electronic', 'ill electronic', '-ill', 'ill-', 'ill--electronic', '1ill', 'x'.repeat(61), ''])(
    'given a vocabulary, when key %j is defined, then refused as invalid-term-definition',
    (key) => {
      expect(ruleOf(() => decideDefineTerm(initialVocabulary, { key, label: 'Some term', valueType: 'text' }))).toBe('invalid-term-definition');
    },
  );

  it.each(['tv', 'ill-2', 'x'.repeat(60)])('given a vocabulary, when key %j is defined, then accepted', (key) => {
    expect(decideDefineTerm(initialVocabulary, { key, label: 'Some term', valueType: 'text' })).toHaveLength(1);
  });

  it('given a vocabulary, when defined with a blank label or an unknown value type, then refused', () => {
    expect(ruleOf(() => decideDefineTerm(initialVocabulary, { key: 'data-retention', label: '  ', valueType: 'text' }))).toBe('invalid-term-definition');
    const unknownType = { key: 'data-retention', label: 'Data retention', valueType: 'boolean' } as unknown as LicenceTermDefined;
    expect(ruleOf(() => decideDefineTerm(initialVocabulary, unknownType))).toBe('invalid-term-definition');
  });
});

describe('relabelling a term', () => {
  it('given a term, when relabelled, then LicenceTermRelabelled and the fold keeps key and value type', () => {
    const vocabulary = vocabularyGiven(seeded);
    const events = decideRelabelTerm(vocabulary, { key: 'ill-electronic', label: ' Interlibrary loan, electronic ', reason: ' clearer ' });
    expect(events).toEqual([{ type: 'LicenceTermRelabelled', data: { key: 'ill-electronic', label: 'Interlibrary loan, electronic', reason: 'clearer' } }]);
    expect(evolveVocabulary(vocabulary, events[0]).terms['ill-electronic']).toMatchObject({
      key: 'ill-electronic',
      label: 'Interlibrary loan, electronic',
      valueType: 'permission',
    });
  });

  it('given a term, when relabelled with the same label, then refused as label-unchanged', () => {
    expect(ruleOf(() => decideRelabelTerm(vocabularyGiven(seeded), { key: 'ill-electronic', label: ' ILL electronic ' }))).toBe('label-unchanged');
  });

  it('given a term, when only its description changes, then relabelled with the new description', () => {
    const [event] = decideRelabelTerm(vocabularyGiven(seeded), { key: 'ill-electronic', label: 'ILL electronic', description: 'Electronic ILL copies.' });
    expect(evolveVocabulary(vocabularyGiven(seeded), event).terms['ill-electronic'].description).toBe('Electronic ILL copies.');
  });

  it('given no such term, when relabelled, then refused as term-not-found', () => {
    expect(ruleOf(() => decideRelabelTerm(vocabularyGiven(seeded), { key: 'no-such-term', label: 'X' }))).toBe('term-not-found');
  });

  it('given a term, when relabelled with a blank label, then refused', () => {
    expect(ruleOf(() => decideRelabelTerm(vocabularyGiven(seeded), { key: 'ill-electronic', label: ' ' }))).toBe('invalid-term-definition');
  });
});

describe('deprecating a term', () => {
  it('given a term, when deprecated with a reason, then LicenceTermDeprecated and the fold marks it', () => {
    const vocabulary = vocabularyGiven(seeded);
    const events = decideDeprecateTerm(vocabulary, { key: 'ill-print', reason: '  folded into ILL  ' });
    expect(events).toEqual([{ type: 'LicenceTermDeprecated', data: { key: 'ill-print', reason: 'folded into ILL' } }]);
    expect(evolveVocabulary(vocabulary, events[0]).terms['ill-print'].deprecated).toEqual({ reason: 'folded into ILL' });
  });

  it('given no such term, when deprecated, then refused as term-not-found', () => {
    expect(ruleOf(() => decideDeprecateTerm(vocabularyGiven(seeded), { key: 'no-such-term', reason: 'x' }))).toBe('term-not-found');
  });

  it('given a deprecated term, when deprecated again, then refused as term-already-deprecated', () => {
    const vocabulary = vocabularyGiven(seeded, { type: 'LicenceTermDeprecated', data: { key: 'ill-print', reason: 'gone' } });
    expect(ruleOf(() => decideDeprecateTerm(vocabulary, { key: 'ill-print', reason: 'again' }))).toBe('term-already-deprecated');
  });

  it('given a term, when deprecated with a blank reason, then refused as reason-required', () => {
    expect(ruleOf(() => decideDeprecateTerm(vocabularyGiven(seeded), { key: 'ill-print', reason: '  ' }))).toBe('reason-required');
  });
});

describe('the fold ignores what it cannot apply', () => {
  it('given no such term, when a relabel or deprecation is folded, then the vocabulary is unchanged', () => {
    const vocabulary = vocabularyGiven(seeded);
    expect(evolveVocabulary(vocabulary, { type: 'LicenceTermRelabelled', data: { key: 'nope', label: 'X' } })).toBe(vocabulary);
    expect(evolveVocabulary(vocabulary, { type: 'LicenceTermDeprecated', data: { key: 'nope', reason: 'x' } })).toBe(vocabulary);
  });

  it('given a vocabulary, when a key such as "constructor" is looked up, then it is not a term', () => {
    expect(ruleOf(() => decideRelabelTerm(vocabularyGiven(seeded), { key: 'constructor', label: 'X' }))).toBe('term-not-found');
  });
});
