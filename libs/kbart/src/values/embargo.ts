import { ValueResult, allDigits, isDigit, ok, quote, refused, repaired } from './result';

type Part = { kind: 'R' | 'P'; n: number; unit: 'D' | 'M' | 'Y' };

function parseCode(s: string): Part | undefined {
  if (s.length < 3 || s.length > 6) return undefined;
  const kind = s[0];
  const unit = s[s.length - 1];
  const digits = s.slice(1, -1);
  if ((kind !== 'R' && kind !== 'P') || (unit !== 'D' && unit !== 'M' && unit !== 'Y') || !allDigits(digits)) return undefined;
  return { kind, n: Number(digits), unit };
}

const UNITS: Record<string, 'D' | 'M' | 'Y'> = { day: 'D', days: 'D', month: 'M', months: 'M', year: 'Y', years: 'Y', yr: 'Y', yrs: 'Y', mo: 'M', mos: 'M' };

const bad = (t: string): ValueResult =>
  refused('embargo.malformed', `${quote(t)} is not an embargo code: write R or P, a number and D, M or Y (R1Y, P6M, or both as R10Y;P1Y)`);

/** Prose such as "1 year", "12 months embargo", "most recent 2 years not available" (P) or "only last 5 years available" (R). */
function prose(t: string): ValueResult {
  const words = t
    .toLowerCase()
    .split(' ')
    .filter((w) => w !== '');
  if (words.length > 12) return bad(t);
  const found: { n: number; unit: 'D' | 'M' | 'Y' }[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const unit = UNITS[words[i + 1].replace(/[.,;]$/, '')];
    if (allDigits(words[i]) && words[i].length <= 3 && unit) found.push({ n: Number(words[i]), unit });
  }
  if (found.length !== 1) return bad(t);
  const text = ` ${words.join(' ')} `;
  const rest = words.filter((w) => !allDigits(w) && !UNITS[w.replace(/[.,;]$/, '')]);
  const negated = text.includes(' not ') || text.includes('embargo') || text.includes('moving wall') || text.includes('delay');
  const onlyLast = (text.includes(' last ') || text.includes(' recent ') || text.includes(' only ')) && text.includes('available');
  let kind: 'R' | 'P' | undefined;
  if (rest.length === 0 || negated) kind = 'P';
  else if (onlyLast) kind = 'R';
  if (!kind) return bad(t);
  const code = `${kind}${found[0].n}${found[0].unit}`;
  return repaired(
    code,
    t,
    kind === 'P' ? 'prose read as a moving wall (most recent period not available)' : 'prose read as a rolling window (only the most recent period available)',
  );
}

/** A KBART embargo: `R1Y`, `P6M`, or one of each joined by `;` (written R first). */
export function normaliseEmbargo(raw: string): ValueResult {
  const trimmed = raw.trim();
  if (trimmed === '') return {};
  if (trimmed.length > 200) return bad(trimmed);
  if (trimmed.length >= 8 && allDigits(trimmed.slice(0, 4)) && trimmed[4] === '-') {
    return refused('embargo.is-date', `${quote(trimmed)} is a date, not an embargo period; give it as a coverage date or as R/P with D, M or Y`);
  }
  let compact = '';
  for (const c of trimmed) if (c !== ' ') compact += c.toUpperCase();
  const pieces = compact.split(/[;,]/).filter((p) => p !== '');
  const parts = pieces.map(parseCode);
  if (pieces.length === 0 || pieces.length > 2 || parts.some((p) => !p))
    return isDigit(trimmed[0]) || /[a-z]{3}/i.test(trimmed) ? prose(trimmed) : bad(trimmed);
  const ok2 = parts as Part[];
  if (ok2.length === 2 && ok2[0].kind === ok2[1].kind) {
    return refused('embargo.malformed', `${quote(trimmed)} has two ${ok2[0].kind} periods; at most one R and one P`);
  }
  ok2.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'R' ? -1 : 1));
  const value = ok2.map((p) => `${p.kind}${p.n}${p.unit}`).join(';');
  return value === trimmed ? ok(value) : repaired(value, trimmed, 'written as a KBART embargo code');
}
