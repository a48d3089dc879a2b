/** Characters that make a spreadsheet read a cell as a formula (CSV injection): such a cell gets a leading quote, as the A-Z export does. */
const FORMULA_STARTS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * A text cell a spreadsheet shows as text; numbers (a negative net included) are left as numbers. One rule for every
 * CSV the service writes (the A-Z, circulation's reviews and cash-up, title-list reports).
 */
export const spreadsheetSafe = <T>(cell: T): T | string => (typeof cell === 'string' && cell !== '' && FORMULA_STARTS.has(cell[0]) ? `'${cell}` : cell);

/** Every text cell of a row made spreadsheet-safe. */
export const spreadsheetSafeRow = (row: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).map(([column, cell]) => [column, spreadsheetSafe(cell)]));
