const MAX_NAME = 200;

/**
 * A header name as compared: without BOM, surrounding quotes or blanks, lower case, every run of spaces, hyphens,
 * underscores or dots as one `_`. Capped first so that a huge "name" costs nothing.
 */
export function normaliseColumnName(raw: string): string {
  const capped = raw.length > MAX_NAME ? raw.slice(0, MAX_NAME) : raw;
  let out = '';
  let pendingSeparator = false;
  for (const ch of capped.toLowerCase()) {
    if (ch === '\uFEFF' || ch === '"' || ch === "'") continue;
    if (ch === ' ' || ch === '\t' || ch === '-' || ch === '_' || ch === '.' || ch === '\u00A0') {
      pendingSeparator = out.length > 0;
      continue;
    }
    if (pendingSeparator) out += '_';
    pendingSeparator = false;
    out += ch;
  }
  return out;
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`; both names are short and capped. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}
