import { markedValueLabel, NO_VALUE_LABEL, valueLabelOf } from './value-labels';

describe('term values as a librarian reads them', () => {
  it('labels values by their type', () => {
    expect(valueLabelOf('yes-no-other', 'other')).toBe('Other');
    expect(valueLabelOf('duration', 'P1Y2M')).toBe('1 year 2 months');
    expect(valueLabelOf('duration', 'P90D')).toBe('90 days');
    expect(valueLabelOf('duration', 'P1W')).toBe('1 week');
    expect(valueLabelOf('integer', 25)).toBe('25');
    expect(valueLabelOf('text', 'English law')).toBe('English law');
    expect(valueLabelOf('date', '2025-01-01')).toBe('2025-01-01');
  });

  it('labels permissions, and leaves what it cannot read as written', () => {
    expect(valueLabelOf('permission', 'permitted-explicit-under-conditions')).toBe('Permitted (explicit) under conditions');
    expect(valueLabelOf(undefined, 'prohibited-explicit')).toBe('Prohibited (explicit)');
    expect(valueLabelOf('duration', 'P')).toBe('P');
    expect(valueLabelOf('duration', 'ninety days')).toBe('ninety days');
  });

  it.each([
    ['boolean', true, undefined, 'Yes'],
    ['boolean', false, undefined, 'No'],
    ['decimal', 12.75, undefined, '12.75'],
    ['url', 'https://example.org/terms', undefined, 'https://example.org/terms'],
    ['choice', 'sso', [{ value: 'sso', label: 'Single sign-on' }], 'Single sign-on'],
    ['choice', 'gone', [{ value: 'sso', label: 'Single sign-on' }], 'gone'],
    ['permission', undefined, undefined, NO_VALUE_LABEL],
    ['yes-no-other', 'constructor', undefined, 'constructor'],
  ] as const)('labels a %s value %j', (valueType, content, options, label) => {
    expect(valueLabelOf(valueType, content, options)).toBe(label);
  });

  it('marks an internal value in a line of text', () => {
    expect(markedValueLabel({ value: 'silent', internal: true }, 'permission')).toBe('Silent/unmentioned [internal]');
    expect(markedValueLabel({ value: 'silent' }, 'permission')).toBe('Silent/unmentioned');
  });
});
