import { safeErrorText } from './fault-classification';

describe('errors shown to operators', () => {
  it('keeps the kind and code of a store error', () => {
    expect(safeErrorText(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }))).toBe('database is locked (SQLITE_BUSY)');
    expect(safeErrorText(new TypeError('x is undefined'))).toBe('TypeError: x is undefined');
  });

  it('masks quoted values and e-mail addresses a handler may have put in its message, and bounds the length', () => {
    expect(safeErrorText(new Error('no patron "Ada Lovelace" (ada@example.org)'))).toBe('no patron "…" …@…');
    expect(safeErrorText(new Error('x'.repeat(5000))).length).toBeLessThanOrEqual(200);
  });
});
