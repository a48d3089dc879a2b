import { KBART_COLUMNS, NormalisedRow, RowProblem } from '@era/kbart';
import { COVERAGE_COLUMNS, CoverageColumn, CoverageRange, PackageTitle, TitleColumn, titleKeyOf } from './package-title';
import { sameRange } from './title-comparison';
import { ImportSummary } from './title-list-events';

/** What grouping says about one row beyond what normalising it said: a duplicate, a value that differs, a rejection. */
export interface GroupingFinding extends RowProblem {
  readonly kind: 'rejected' | 'duplicate' | 'differs';
}

type TitleValues = Partial<Record<TitleColumn, string>> & { publication_title: string };

interface TitleInProgress {
  values: TitleValues;
  coverage: CoverageRange[];
  firstLine: number;
}

const COVERAGE = new Set<string>(COVERAGE_COLUMNS);
const TITLE_COLUMNS = KBART_COLUMNS.filter((column): column is TitleColumn => !COVERAGE.has(column));

function splitRow(values: Readonly<Record<string, string>>): { title: Partial<Record<TitleColumn, string>>; range: CoverageRange } {
  const title: Partial<Record<TitleColumn, string>> = {};
  const range: Partial<Record<CoverageColumn, string>> = {};
  for (const column of TITLE_COLUMNS) if (values[column] !== undefined && values[column] !== '') title[column] = values[column];
  for (const column of COVERAGE_COLUMNS) if (values[column] !== undefined && values[column] !== '') range[column] = values[column];
  return { title, range };
}

/**
 * Rows to titles, one row at a time (a file of 500,000 rows is never held as text, only the titles it makes): rows
 * with the same key (`titleKeyOf`) are one title with a coverage range per row. A row identical to an earlier one is
 * a duplicate (counted, reported, not added); a row whose descriptive values differ from its title's first row is
 * reported column by column, its coverage still merged and the first row's values kept (a value the first row lacks
 * is taken from the later row). Rejected rows are counted and reported.
 */
export class TitleRowGrouping {
  private readonly titles = new Map<string, TitleInProgress>();
  private counts = { rows: 0, imported: 0, repaired: 0, rejected: 0, duplicates: 0 };

  /** Takes one normalised row; answers what grouping found about it (nothing, for most rows). */
  add(row: NormalisedRow, line: number): GroupingFinding[] {
    this.counts.rows += 1;
    const key = row.rejected ? undefined : titleKeyOf(row.identifiers);
    const publicationTitle = row.values.publication_title;
    if (row.rejected || key === undefined || !publicationTitle) {
      this.counts.rejected += 1;
      const reason = row.rejected ?? {
        line,
        column: 'publication_title',
        code: 'row.no-identifier',
        message: 'the row has no title or no identifier',
        original: '',
      };
      return [{ ...reason, kind: 'rejected' }];
    }
    const { title, range } = splitRow(row.values);
    const known = this.titles.get(key);
    if (!known) {
      // The row's title columns hold its publication_title (checked above): no copy needed.
      this.titles.set(key, { values: title as TitleValues, coverage: [range], firstLine: line });
      this.countImported(row);
      return [];
    }
    const findings = this.compareValues(known, title, line);
    if (findings.length === 0 && known.coverage.some((existing) => sameRange(existing, range))) {
      this.counts.duplicates += 1;
      return [
        {
          line,
          column: '',
          code: 'row.duplicate',
          message: `the same as an earlier row of the same title (line ${known.firstLine} or later); counted once`,
          original: '',
          kind: 'duplicate',
        },
      ];
    }
    if (!known.coverage.some((existing) => sameRange(existing, range))) known.coverage.push(range);
    this.countImported(row);
    return findings;
  }

  /** Rows added so far. */
  get rows(): number {
    return this.counts.rows;
  }

  /** The counts so far (final once every row has been added). */
  summary(): ImportSummary {
    return { ...this.counts, titles: this.titles.size };
  }

  /** The titles made, by key (a stable order: the decider's events and every report follow it). */
  result(): PackageTitle[] {
    return [...this.titles.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, title]) => ({ key, values: title.values, coverage: title.coverage }));
  }

  private countImported(row: NormalisedRow): void {
    this.counts.imported += 1;
    if (row.repairs.length > 0) this.counts.repaired += 1;
  }

  private compareValues(known: TitleInProgress, title: Partial<Record<TitleColumn, string>>, line: number): GroupingFinding[] {
    const findings: GroupingFinding[] = [];
    for (const column of TITLE_COLUMNS) {
      const mine = title[column];
      const first = known.values[column];
      if (mine === undefined || mine === first) continue;
      if (first === undefined) {
        known.values[column] = mine;
        continue;
      }
      findings.push({
        line,
        column,
        code: 'title.value-differs',
        message: `differs from line ${known.firstLine} of the same title, whose value "${first}" is kept; this row's coverage is merged`,
        original: mine,
        kind: 'differs',
      });
    }
    return findings;
  }
}
