import { COVERAGE_COLUMNS, CoverageRange, PackageTitle } from './package-title';

/** One range in a canonical form: its values in the fixed column order, so that two equal ranges give one string. */
export function canonicalRange(range: CoverageRange): string {
  return JSON.stringify(COVERAGE_COLUMNS.map((column) => range[column] ?? null));
}

export function sameRange(a: CoverageRange, b: CoverageRange): boolean {
  return COVERAGE_COLUMNS.every((column) => (a[column] ?? '') === (b[column] ?? ''));
}

function sameValues(a: Readonly<Record<string, string | undefined>>, b: Readonly<Record<string, string | undefined>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? '') !== (b[key] ?? '')) return false;
  return true;
}

/**
 * Two versions of a title are the same when their values and their set of coverage ranges are (the order of a
 * vendor's rows is not a change to the title).
 */
export function sameTitle(a: PackageTitle, b: PackageTitle): boolean {
  if (a.key !== b.key || a.coverage.length !== b.coverage.length || !sameValues(a.values, b.values)) return false;
  if (a.coverage.every((range, i) => sameRange(range, b.coverage[i]))) return true;
  const sorted = (title: PackageTitle) => title.coverage.map(canonicalRange).sort();
  const [left, right] = [sorted(a), sorted(b)];
  return left.every((range, i) => range === right[i]);
}
