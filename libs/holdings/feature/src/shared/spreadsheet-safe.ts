/** Characters that make a spreadsheet read a cell as a formula (CSV injection): such a cell gets a leading quote, as the A-Z export does. */
const FORMULA_STARTS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r']);

/** A text cell a spreadsheet shows as text; numbers are left as numbers. (The same rule as circulation's CSV exports.) */
export const spreadsheetSafe = <T>(cell: T): T | string => (typeof cell === 'string' && cell !== '' && FORMULA_STARTS.has(cell[0]) ? `'${cell}` : cell);
