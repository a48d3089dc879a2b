import { ruleOf, seededVocabulary, violationOf } from './testing/licence-fixtures';
import { normaliseTermValue } from './term-value-checks';
import { MAX_NOTE_LENGTH, MAX_TEXT_VALUE_LENGTH, PERMISSION_SCALE, TermValue } from './term-values';
import { checkTermValues, evolveVocabulary } from './vocabulary';

const vocabulary = [
  { type: 'LicenceTermDefined' as const, data: { key: 'review-date', label: 'Review date', valueType: 'date' as const } },
  { type: 'LicenceTermDeprecated' as const, data: { key: 'ill-print', reason: 'merged into ILL' } },
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

  it.each([['permitted-explicit'], [7], [[]], [{ note: 'no value' }]])(
    'given a known term, when its value is %j instead of {value}, then invalid-term-value',
    (value) => {
      expect(ruleOf(check('ill-electronic', value))).toBe('invalid-term-value');
    },
  );

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

describe('normalising a term value for an event', () => {
  it('trims text and notes, leaves blank notes out and keeps nothing else', () => {
    const sent = { value: '  Staff and students ', internalNote: '  ', publicNote: ' Walk-ins too. ', extra: 'dropped' } as TermValue;
    expect(normaliseTermValue(sent)).toEqual({ value: 'Staff and students', publicNote: 'Walk-ins too.' });
    expect(normaliseTermValue({ value: 3 })).toEqual({ value: 3 });
  });
});
