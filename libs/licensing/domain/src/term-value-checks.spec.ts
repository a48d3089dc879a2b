import { ruleOf, seededVocabulary, violationOf } from './testing/licence-fixtures';
import { MAX_URL_LENGTH, MAX_VALUES_PER_TERM, normaliseTermEntry, normaliseTermValue } from './term-value-checks';
import { MAX_NOTE_LENGTH, MAX_TEXT_VALUE_LENGTH, PERMISSION_SCALE, TermEntry, TermValue } from './term-values';
import { checkTermValues, evolveVocabulary } from './vocabulary';
import { TermDefinition, VocabularyEvent } from './vocabulary-events';

const definedTerm = (data: TermDefinition): VocabularyEvent => ({ type: 'LicenceTermDefined', data });

const vocabulary = [
  definedTerm({ key: 'review-date', label: 'Review date', valueType: 'date' }),
  { type: 'LicenceTermDeprecated' as const, data: { key: 'ill-print', reason: 'merged into ILL' } },
  definedTerm({ key: 'sites', label: 'Sites', valueType: 'integer', range: { min: -1, max: 10 } }),
  definedTerm({ key: 'any-count', label: 'Any count', valueType: 'integer', range: {} }),
  definedTerm({ key: 'fee', label: 'Fee', valueType: 'decimal' }),
  definedTerm({ key: 'discount', label: 'Discount', valueType: 'decimal', range: { min: 0, max: 1 } }),
  definedTerm({ key: 'walk-in', label: 'Walk-in access', valueType: 'boolean' }),
  definedTerm({ key: 'terms-url', label: 'Terms URL', valueType: 'url' }),
  definedTerm({
    key: 'access-model',
    label: 'Access model',
    valueType: 'choice',
    options: [
      { value: 'ip', label: 'IP range' },
      { value: 'sso', label: 'Single sign-on' },
    ],
  }),
  definedTerm({ key: 'authorised-sites', label: 'Authorised sites', valueType: 'text', multiple: true }),
  definedTerm({ key: 'ill-notes', label: 'ILL notes', valueType: 'text', internalByDefault: true }),
].reduce(evolveVocabulary, seededVocabulary);

const check = (key: string, value: unknown) => () => checkTermValues(vocabulary, { [key]: value as TermValue });
const valued = (value: unknown) => ({ value }) as TermValue;

describe('checking term values against the vocabulary', () => {
  it('given a term the vocabulary does not know, when checked, then unknown-term naming the key', () => {
    const violation = violationOf(check('ill-carrier-pigeon', valued('permitted-explicit')));
    expect(violation.rule).toBe('unknown-term');
    expect(violation.message).toContain('ill-carrier-pigeon');
  });

  it('given a key that only an object prototype has, when checked, then unknown-term', () => {
    expect(ruleOf(() => checkTermValues(vocabulary, JSON.parse('{"constructor": {"value": "x"}, "__proto__": {"value": "x"}}')))).toBe('unknown-term');
  });

  it('given a deprecated term, when a value is given, then deprecated-term', () => {
    expect(ruleOf(check('ill-print', valued('permitted-explicit')))).toBe('deprecated-term');
  });

  it('given known terms, when null (a removal) is given, then accepted, even for a deprecated term', () => {
    expect(() => checkTermValues(vocabulary, { 'ill-electronic': null, 'ill-print': null })).not.toThrow();
  });

  it('given an unknown term, when null is given, then still unknown-term', () => {
    expect(ruleOf(() => checkTermValues(vocabulary, { 'no-such-term': null }))).toBe('unknown-term');
  });

  it('given terms that are not an object, when checked, then invalid-term-value', () => {
    expect(ruleOf(() => checkTermValues(vocabulary, [] as never))).toBe('invalid-term-value');
    expect(ruleOf(() => checkTermValues(vocabulary, null as never))).toBe('invalid-term-value');
  });

  it.each([['permitted-explicit'], [7]])('given a known term, when its value is %j instead of {value}, then invalid-term-value', (value) => {
    expect(ruleOf(check('ill-electronic', value))).toBe('invalid-term-value');
  });

  describe('permission', () => {
    it.each(PERMISSION_SCALE.map((code) => [code]))('accepts %s', (code) => {
      expect(ruleOf(check('ill-electronic', valued(code)))).toBe('no violation');
    });

    it.each([['permitted'], ['Permitted (explicit)'], ['yes'], [1], [true], [' permitted-explicit']])('refuses %j', (value) => {
      expect(ruleOf(check('ill-electronic', valued(value)))).toBe('invalid-term-value');
    });

    it('names the key, the type and every allowed code in the message', () => {
      const { message } = violationOf(check('ill-electronic', valued('permitted')));
      expect(message).toContain('ill-electronic');
      expect(message).toContain('permission');
      for (const code of PERMISSION_SCALE) expect(message).toContain(code);
    });
  });

  describe('yes-no-other', () => {
    it.each([['yes'], ['no'], ['other']])('accepts %s', (value) => {
      expect(ruleOf(check('perpetual-access', valued(value)))).toBe('no violation');
    });

    it.each([['maybe'], ['Yes'], [true], [0]])('refuses %j, naming the allowed values', (value) => {
      const violation = violationOf(check('perpetual-access', valued(value)));
      expect(violation.rule).toBe('invalid-term-value');
      expect(violation.message).toContain('perpetual-access');
      expect(violation.message).toContain('yes, no, other');
    });
  });

  describe('integer', () => {
    it.each([[0], [25]])('accepts %j', (value) => {
      expect(ruleOf(check('concurrent-users', valued(value)))).toBe('no violation');
    });

    it.each([[-1], [2.5], ['5'], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 60], [null]])('refuses %j', (value) => {
      const violation = violationOf(check('concurrent-users', valued(value)));
      expect(violation.rule).toBe('invalid-term-value');
      expect(violation.message).toContain('concurrent-users');
      expect(violation.message).toContain('whole number, 0 or more');
    });
  });

  describe('text', () => {
    it.each([['Current staff and students'], ['x'.repeat(MAX_TEXT_VALUE_LENGTH)]])('accepts text up to the limit', (value) => {
      expect(ruleOf(check('authorised-users', valued(value)))).toBe('no violation');
    });

    it.each([[''], ['   '], ['x'.repeat(MAX_TEXT_VALUE_LENGTH + 1)], [42]])('refuses blank, over-long or non-text values', (value) => {
      const violation = violationOf(check('authorised-users', valued(value)));
      expect(violation.rule).toBe('invalid-term-value');
      expect(violation.message).toContain('authorised-users');
    });
  });

  describe('date', () => {
    it.each([['2025-02-28'], ['2024-02-29'], ['2000-02-29']])('accepts the real date %s', (value) => {
      expect(ruleOf(check('review-date', valued(value)))).toBe('no violation');
    });

    it.each([['2025-02-29'], ['1900-02-29'], ['2025-13-01'], ['2025-04-31'], ['2025-1-1'], ['2025-01-01T00:00:00Z'], ['01/02/2025'], [20250101]])(
      'refuses %j',
      (value) => {
        const violation = violationOf(check('review-date', valued(value)));
        expect(violation.rule).toBe('invalid-term-value');
        expect(violation.message).toContain('YYYY-MM-DD');
      },
    );
  });

  describe('duration', () => {
    it.each([['P90D'], ['P3M'], ['P1Y2M'], ['P1Y2M10D'], ['P2W'], ['PT36H'], ['P1DT12H']])('accepts the ISO-8601 duration %s', (value) => {
      expect(ruleOf(check('non-renewal-notice-period', valued(value)))).toBe('no violation');
    });

    it.each([['90 days'], ['P'], ['PT'], ['P1YT'], ['P1.5Y'], ['p90d'], ['90D'], [90]])('refuses %j', (value) => {
      const violation = violationOf(check('non-renewal-notice-period', valued(value)));
      expect(violation.rule).toBe('invalid-term-value');
      expect(violation.message).toContain('non-renewal-notice-period');
      expect(violation.message).toContain('ISO-8601');
    });
  });

  describe('notes', () => {
    it('accepts internal and public notes up to the limit', () => {
      const value = { value: 'permitted-explicit', internalNote: 'x'.repeat(MAX_NOTE_LENGTH), publicNote: 'Ask the ILL office.' };
      expect(ruleOf(check('ill-electronic', value))).toBe('no violation');
    });

    it.each(['internalNote', 'publicNote'])('refuses an over-long or non-text %s, naming the key', (note) => {
      const tooLong = violationOf(check('ill-electronic', { value: 'permitted-explicit', [note]: 'x'.repeat(MAX_NOTE_LENGTH + 1) }));
      expect(tooLong.rule).toBe('invalid-term-value');
      expect(tooLong.message).toContain('ill-electronic');
      expect(ruleOf(check('ill-electronic', { value: 'permitted-explicit', [note]: 12 }))).toBe('invalid-term-value');
    });
  });
});

type Row = [string, string, unknown, string];

/** Each row: what it is, the term key, the entry sent, and the rule (or 'no violation'). */
const VALUE_RULES: Row[] = [
  ['an integer without range: 0', 'concurrent-users', { value: 0 }, 'no violation'],
  ['an integer without range: -1 (counts, as before ranges)', 'concurrent-users', { value: -1 }, 'invalid-term-value'],
  ['an integer in its range: -1', 'sites', { value: -1 }, 'no violation'],
  ['an integer in its range: 10', 'sites', { value: 10 }, 'no violation'],
  ['an integer below its range', 'sites', { value: -2 }, 'invalid-term-value'],
  ['an integer above its range', 'sites', { value: 11 }, 'invalid-term-value'],
  ['a fraction for an integer term', 'sites', { value: 2.5 }, 'invalid-term-value'],
  ['any integer under range {}', 'any-count', { value: -1000 }, 'no violation'],
  ['a decimal', 'fee', { value: 12.75 }, 'no violation'],
  ['a negative decimal without range', 'fee', { value: -0.5 }, 'no violation'],
  ['a decimal as text', 'fee', { value: '12.75' }, 'invalid-term-value'],
  ['an infinite decimal', 'fee', { value: Number.POSITIVE_INFINITY }, 'invalid-term-value'],
  ['a decimal in its range', 'discount', { value: 0.25 }, 'no violation'],
  ['a decimal above its range', 'discount', { value: 1.5 }, 'invalid-term-value'],
  ['a boolean true', 'walk-in', { value: true }, 'no violation'],
  ['a boolean false', 'walk-in', { value: false }, 'no violation'],
  ['"yes" for a boolean', 'walk-in', { value: 'yes' }, 'invalid-term-value'],
  ['1 for a boolean', 'walk-in', { value: 1 }, 'invalid-term-value'],
  ['an https URL', 'terms-url', { value: 'https://www.springernature.com/gp/librarians/licensing' }, 'no violation'],
  ['an http URL', 'terms-url', { value: 'http://example.org/terms?x=1#a' }, 'no violation'],
  ['a relative URL', 'terms-url', { value: '/terms' }, 'invalid-term-value'],
  ['a javascript: URL', 'terms-url', { value: 'javascript:alert(1)' }, 'invalid-term-value'],
  ['an ftp URL', 'terms-url', { value: 'ftp://example.org/terms' }, 'invalid-term-value'],
  ['not a URL', 'terms-url', { value: 'see the PDF' }, 'invalid-term-value'],
  ['an over-long URL', 'terms-url', { value: `https://example.org/${'x'.repeat(MAX_URL_LENGTH)}` }, 'invalid-term-value'],
  ["a choice's option", 'access-model', { value: 'sso' }, 'no violation'],
  ["a choice's label instead of its value", 'access-model', { value: 'Single sign-on' }, 'invalid-term-value'],
  ['a value no option has', 'access-model', { value: 'vpn' }, 'invalid-term-value'],
  ['no value, a public note', 'ill-electronic', { publicNote: 'Ask the ILL office' }, 'no violation'],
  ['no value, an internal note', 'concurrent-users', { internalNote: 'Clause 3 is unclear; the licensor was asked' }, 'no violation'],
  ['no value, no note', 'ill-electronic', {}, 'term-value-needs-note'],
  ['no value, blank notes', 'ill-electronic', { publicNote: '  ', internalNote: '' }, 'term-value-needs-note'],
  ['no value, internal, no note', 'ill-electronic', { internal: true }, 'term-value-needs-note'],
  ['internal true', 'ill-electronic', { value: 'permitted-explicit', internal: true }, 'no violation'],
  ['internal false', 'ill-electronic', { value: 'permitted-explicit', internal: false }, 'no violation'],
  ['internal "yes"', 'ill-electronic', { value: 'permitted-explicit', internal: 'yes' }, 'invalid-term-value'],
  ['a list for a term that takes one value', 'ill-electronic', [{ value: 'permitted-explicit' }], 'term-takes-one-value'],
  ['a list for a term that takes several', 'authorised-sites', [{ value: 'Main campus' }, { value: 'Medical school', internal: true }], 'no violation'],
  ['one object for a term that takes several', 'authorised-sites', { value: 'Main campus' }, 'no violation'],
  ['an empty list', 'authorised-sites', [], 'invalid-term-value'],
  [
    'a list past the cap',
    'authorised-sites',
    Array.from({ length: MAX_VALUES_PER_TERM + 1 }, (_, index) => ({ value: `Site ${index}` })),
    'invalid-term-value',
  ],
  ['a list at the cap', 'authorised-sites', Array.from({ length: MAX_VALUES_PER_TERM }, (_, index) => ({ value: `Site ${index}` })), 'no violation'],
  ['a list holding a bad value', 'authorised-sites', [{ value: 'Main campus' }, { value: '' }], 'invalid-term-value'],
  ['a list holding null', 'authorised-sites', [{ value: 'Main campus' }, null], 'invalid-term-value'],
  ['a list holding a bare string', 'authorised-sites', ['Main campus'], 'invalid-term-value'],
  ['a list holding a value without note', 'authorised-sites', [{ value: 'Main campus' }, {}], 'term-value-needs-note'],
];

describe('term values as FOLIO has them: ranges, new types, values left out, flags, several values', () => {
  it.each(VALUE_RULES)('%s (%s %j): %s', (_, key, entry, rule) => {
    expect(ruleOf(check(key, entry))).toBe(rule);
  });

  it.each([
    ['concurrent-users', -1, 'whole number, 0 or more (the term defines no range'],
    ['sites', 11, 'whole number from -1 to 10'],
    ['discount', 2, 'finite number from 0 to 1'],
    ['terms-url', 'see the PDF', 'absolute http or https URL'],
    ['access-model', 'vpn', "one of the term's options (one of ip, sso)"],
    ['walk-in', 'yes', 'true or false'],
  ])('refusing %s = %j says what the term takes: %s', (key, value, expected) => {
    const { message } = violationOf(check(key, { value }));
    expect(message).toContain(key);
    expect(message).toContain(expected);
  });

  it('refusing a value left out without a note says to give a value or a note', () => {
    expect(violationOf(check('ill-electronic', {})).message).toMatch(/term "ill-electronic" has no value: .*a note/);
  });
});

describe('normalising a term value for an event', () => {
  it('trims text and notes, leaves blank notes out and keeps nothing else', () => {
    const sent = { value: '  Staff and students ', internalNote: '  ', publicNote: ' Walk-ins too. ', extra: 'dropped' } as TermValue;
    expect(normaliseTermValue(sent)).toEqual({ value: 'Staff and students', publicNote: 'Walk-ins too.' });
    expect(normaliseTermValue({ value: 3 })).toEqual({ value: 3 });
  });

  it('records internal only when true for an ordinary term, and explicitly (true unless the value says false) for a term internal by default', () => {
    expect(normaliseTermValue({ value: 'x', internal: false })).toEqual({ value: 'x' });
    expect(normaliseTermValue({ value: 'x', internal: true })).toEqual({ value: 'x', internal: true });
    expect(normaliseTermValue({ value: 'x' }, { internalByDefault: true })).toEqual({ value: 'x', internal: true });
    expect(normaliseTermValue({ value: 'x', internal: false }, { internalByDefault: true })).toEqual({ value: 'x', internal: false });
  });

  it('keeps a value left out as left out, and booleans as they are', () => {
    expect(normaliseTermValue({ publicNote: ' Ask us ' })).toEqual({ publicNote: 'Ask us' });
    expect(normaliseTermValue({ value: false })).toEqual({ value: false });
  });

  it('records a list for a term that takes several values, even when one object was sent', () => {
    const several = { multiple: true };
    expect(normaliseTermEntry({ value: ' Main campus ' }, several)).toEqual([{ value: 'Main campus' }]);
    expect(normaliseTermEntry([{ value: 'A' }, { value: 'B', internal: true }] as TermEntry, several)).toEqual([
      { value: 'A' },
      { value: 'B', internal: true },
    ]);
    expect(normaliseTermEntry({ value: 'A' })).toEqual({ value: 'A' });
  });
});
