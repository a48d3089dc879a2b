import { progressOf, throttled } from './progress';
import { renderTable } from './table';

describe('renderTable', () => {
  it('pads columns to their widest cell, right-aligns numbers and prints empty cells as "-"', () => {
    const table = renderTable(
      [{ header: 'name' }, { header: 'count', align: 'right' }, { header: 'note' }],
      [
        ['a', 1, undefined],
        ['longer name', 12345, 'x'],
      ],
    );
    expect(table.split('\n')).toEqual(['name         count  note', '-----------  -----  ----', 'a                1  -', 'longer name  12345  x']);
  });
});

describe('throttled', () => {
  it('lets the first line through, then at most one per interval', () => {
    let now = 0;
    const lines: string[] = [];
    const write = throttled(
      500,
      (line) => lines.push(line),
      () => now,
    );
    write('a');
    now = 499;
    write('b');
    now = 500;
    write('c');
    now = 900;
    write('d');
    expect(lines).toEqual(['a', 'c']);
  });
});

describe('progressOf', () => {
  it('shows the count against the total with a whole percentage', () => {
    expect(progressOf(350_000, 1_000_000)).toBe('350000 / 1000000 (35%)');
    expect(progressOf(0, 0)).toBe('0 / 0');
  });
});
