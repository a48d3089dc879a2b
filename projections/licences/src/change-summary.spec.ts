import { summariseChange } from './change-summary';
import { valueLabelOf } from './value-labels';

describe('audit-trail summaries', () => {
  const amendment = { label: 'Amendment 1', effectiveFrom: '2025-01-01' };

  it('reads a term change with the labels of the permission scale and the version it belongs to', () => {
    const change = { kind: 'version-recorded' as const, field: 'term', versionId: 'a1', termKey: 'ill-electronic', before: { value: 'prohibited-explicit' }, after: { value: 'permitted-explicit' } };
    expect(summariseChange(change, { termLabel: 'ILL electronic', valueType: 'permission', version: amendment })).toBe(
      'ILL electronic: Prohibited (explicit) → Permitted (explicit) (version "Amendment 1", effective 2025-01-01)',
    );
  });

  it('names the notes when only they changed, and a removed value as not recorded', () => {
    const notes = { kind: 'version-corrected' as const, field: 'term', termKey: 'walk-in-access', before: { value: 'silent' }, after: { value: 'silent', publicNote: 'Ask at the desk' } };
    expect(summariseChange(notes, { termLabel: 'Walk-in access', valueType: 'permission' })).toBe('Walk-in access: Silent/unmentioned, public note none → "Ask at the desk"');
    const removed = { kind: 'version-corrected' as const, field: 'term', termKey: 'concurrent-users', before: { value: 3 }, after: null };
    expect(summariseChange(removed, { termLabel: 'Concurrent users', valueType: 'integer' })).toBe('Concurrent users: 3 → not recorded');
  });

  it('falls back to the term key when the vocabulary does not know the term', () => {
    const change = { kind: 'version-recorded' as const, field: 'term', termKey: 'retired-term', before: null, after: { value: 'yes' } };
    expect(summariseChange(change)).toBe('retired-term: not recorded → yes');
  });

  it('reads corrections of details and version windows', () => {
    expect(summariseChange({ kind: 'details-corrected', field: 'consortium', before: null, after: 'NERL' })).toBe('Consortium: none → NERL');
    expect(summariseChange({ kind: 'details-corrected', field: 'name', before: 'JSTR', after: 'JSTOR' })).toBe('Name: "JSTR" → "JSTOR"');
    expect(summariseChange({ kind: 'version-corrected', field: 'effectiveTo', versionId: 'a1', before: '2025-12-31', after: null }, { version: amendment })).toBe(
      'Effective to: 2025-12-31 → open end (version "Amendment 1")',
    );
  });

  it('labels values by their type', () => {
    expect(valueLabelOf('yes-no-other', 'other')).toBe('Other');
    expect(valueLabelOf('duration', 'P1Y2M')).toBe('1 year 2 months');
    expect(valueLabelOf('duration', 'P90D')).toBe('90 days');
    expect(valueLabelOf('duration', 'P1W')).toBe('1 week');
    expect(valueLabelOf('integer', 25)).toBe('25');
    expect(valueLabelOf('text', 'English law')).toBe('English law');
    expect(valueLabelOf('date', '2025-01-01')).toBe('2025-01-01');
  });
});
