export interface Column {
  header: string;
  /** Numbers read best right-aligned; defaults to left. */
  align?: 'left' | 'right';
}

export type Cell = string | number | undefined | null;

/**
 * A plain-text table: a header, a rule, then one line per row, columns padded to their widest cell and separated
 * by two spaces. Empty cells print as "-". Trailing spaces are trimmed so output diffs cleanly.
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly Cell[])[]): string {
  const text = rows.map((row) => columns.map((_, i) => cellText(row[i])));
  const widths = columns.map((column, i) => Math.max(column.header.length, ...text.map((row) => row[i].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (columns[i].align === 'right' ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(columns.map((column) => column.header)), line(widths.map((width) => '-'.repeat(width))), ...text.map(line)].join('\n');
}

function cellText(cell: Cell): string {
  if (cell === undefined || cell === null || cell === '') return '-';
  return String(cell);
}
