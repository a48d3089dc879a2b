const UNITS: Readonly<Record<string, [string, string]>> = { D: ['day', 'days'], M: ['month', 'months'], Y: ['year', 'years'] };
const CODE = /^([RP])(\d{1,4})([DMY])$/;

/**
 * A KBART embargo as a reader understands it: `P1Y` "most recent 1 year not available", `R5Y` "only the most recent
 * 5 years available"; both (`R10Y;P1Y`) joined with "; ". Undefined when there is none or it cannot be read.
 */
export function embargoText(embargo: string | undefined): string | undefined {
  if (embargo === undefined || embargo.length > 40) return undefined;
  const parts = embargo
    .split(';')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== '');
  const texts: string[] = [];
  for (const code of parts) {
    const parsed = CODE.exec(code);
    if (!parsed) return undefined;
    const amount = Number(parsed[2]);
    const [one, many] = UNITS[parsed[3]];
    const period = `${amount} ${amount === 1 ? one : many}`;
    texts.push(parsed[1] === 'P' ? `most recent ${period} not available` : `only the most recent ${period} available`);
  }
  // The moving wall of access first, then what is held back.
  texts.sort((a, b) => (a.startsWith('only') === b.startsWith('only') ? 0 : a.startsWith('only') ? -1 : 1));
  return texts.length > 0 ? texts.join('; ') : undefined;
}
