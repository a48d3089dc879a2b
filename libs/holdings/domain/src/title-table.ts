import { KBART_COLUMNS } from '@era/kbart';
import { COVERAGE_COLUMNS, CoverageColumn, CoverageRange, PackageTitle, TitleColumn } from './package-title';

/** One title of a table: its key, its values in the table's `columns` order, and its coverage ranges in `coverageColumns` order. */
export type TitleRow = readonly [key: string, values: readonly string[], coverage: readonly (readonly string[])[]];

/**
 * Titles as a table: the column names once, each title a row of values in their order ('' where the title has
 * none; a stored value is never empty). The form title-list events carry: a chunk of 250 titles would otherwise
 * repeat each column name 250 times, about half of a large list's bytes to hash, store and read back.
 */
export interface TitleTable {
  /** The title columns any of these titles has, in code-unit order. */
  readonly columns: readonly TitleColumn[];
  /** The coverage columns any of their ranges has, in code-unit order. */
  readonly coverageColumns: readonly CoverageColumn[];
  readonly rows: readonly TitleRow[];
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const COVERAGE = new Set<string>(COVERAGE_COLUMNS);
const TITLE_COLUMNS_SORTED = KBART_COLUMNS.filter((column): column is TitleColumn => !COVERAGE.has(column)).sort(byCodeUnits);
const COVERAGE_COLUMNS_SORTED = [...COVERAGE_COLUMNS].sort(byCodeUnits);

/** The titles as a table (objects built with their keys in code-unit order, so that their canonical JSON is their JSON). */
export function titleTableOf(titles: readonly PackageTitle[]): TitleTable {
  const usedTitle = new Set<string>();
  const usedCoverage = new Set<string>();
  for (const title of titles) {
    for (const column in title.values) if (title.values[column as TitleColumn]) usedTitle.add(column);
    for (const range of title.coverage) for (const column in range) if (range[column as CoverageColumn]) usedCoverage.add(column);
  }
  const columns = TITLE_COLUMNS_SORTED.filter((column) => usedTitle.has(column));
  const coverageColumns = COVERAGE_COLUMNS_SORTED.filter((column) => usedCoverage.has(column));
  const rows = titles.map((title): TitleRow => [
    title.key,
    columns.map((column) => title.values[column] ?? ''),
    title.coverage.map((range) => coverageColumns.map((column) => range[column] ?? '')),
  ]);
  return { columns, coverageColumns, rows };
}

/**
 * The titles a title-list event carries: a table, or (lists recorded by development builds before 2026-12-04) an
 * array of titles, read as it is.
 */
export function packageTitlesOf(titles: TitleTable | readonly PackageTitle[]): PackageTitle[] {
  if (Array.isArray(titles)) return titles as PackageTitle[];
  const { columns, coverageColumns, rows } = titles as TitleTable;
  return rows.map(([key, values, coverage]) => ({
    coverage: coverage.map((range) => {
      const out: CoverageRange = {};
      for (let index = 0; index < coverageColumns.length; index++) if (range[index]) (out as Record<string, string>)[coverageColumns[index]] = range[index];
      return out;
    }),
    key,
    values: valuesOf(columns, values),
  }));
}

function valuesOf(columns: readonly TitleColumn[], values: readonly string[]): PackageTitle['values'] {
  const out: Partial<Record<TitleColumn, string>> = {};
  for (let index = 0; index < columns.length; index++) if (values[index]) out[columns[index]] = values[index];
  return out as PackageTitle['values'];
}
