import { spreadsheetSafe, spreadsheetSafeRow } from './spreadsheet-safe';

describe('spreadsheet-safe CSV cells', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx'])('given a cell starting %j, prefixes a quote so no spreadsheet runs it', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
  });

  it.each(['', 'JSTOR', 'e-journals', '1000 Maps', 'a=b'])('given %j, leaves it as it is', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(cell);
  });

  it('leaves numbers, a negative one included, as numbers', () => {
    expect(spreadsheetSafeRow({ amount: -250, note: '=HYPERLINK("x")', desk: 'main' })).toEqual({ amount: -250, note: `'=HYPERLINK("x")`, desk: 'main' });
  });
});
