import { valueLabelOf } from './value-labels';

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
});
