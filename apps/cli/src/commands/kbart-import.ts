import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { isCalendarDate } from '@era/calendar';
import { E_RESOURCE_EDITORS, isRoleAmong } from '@era/decider';
import { Actor } from '@era/event-store';
import { HoldingsRuleViolation } from '@era/holdings-domain';
import {
  readTitleListReport,
  TitleListImportOutcome,
  TitleListImportProgress,
  titleListImporterOutsideNest,
  TitleListReport,
  titleListReportCsv,
} from '@era/holdings';
import { isKbartEncoding, KBART_ENCODINGS } from '@era/kbart';
import { AppConfig, OpenStores } from '@era/platform';
import { CliError, guarded } from '../errors';
import { CliIo, ExitCode } from '../io';
import { throttled } from '../output/progress';
import { renderProgressBar } from '../output/progress-bar';
import { renderTable } from '../output/table';

export interface KbartImportOptions {
  file: string;
  /** The package's e-resource id. */
  package: string;
  encoding?: string;
  strict?: boolean;
  effectiveFrom?: string;
  reason?: string;
  /** Write the row report to this file: `.json` or `.csv`. */
  report?: string;
  /** Print the outcome as JSON instead of the summary. */
  json?: boolean;
}

export interface KbartCliContext {
  config: AppConfig;
  actor: Actor;
  /** stderr when it is a terminal: the bar is redrawn in place. Otherwise progress goes to `io.err` as throttled lines. */
  terminal?: { write(text: string): void; columns?: number };
}

/** Rows lost first, then values refused, then the rest: what costs the library titles is named before what was fixed. */
const SEVERITY = ['rejected', 'problem', 'differs', 'duplicate', 'repaired'];
/** Problems the summary names; the report file has every line. */
const TOP_PROBLEMS = 5;
const MAX_REASON = 500;
const BAR_WIDTH = 30;
const LINE_INTERVAL_MS = 2000;

function checked(options: KbartImportOptions): void {
  if (options.package.trim() === '') throw new CliError('--package must name the package (its e-resource id)');
  if (options.encoding !== undefined && !isKbartEncoding(options.encoding)) {
    throw new CliError(`--encoding ${options.encoding} is not one the importer reads; use one of ${KBART_ENCODINGS.join(', ')}`);
  }
  if (options.effectiveFrom !== undefined && !isCalendarDate(options.effectiveFrom))
    throw new CliError(`--effective-from ${options.effectiveFrom} is not a date YYYY-MM-DD`);
  if (options.reason !== undefined && options.reason.length > MAX_REASON) throw new CliError(`--reason is longer than ${MAX_REASON} characters`);
  if (options.report !== undefined && !['.json', '.csv'].includes(extname(options.report).toLowerCase())) {
    throw new CliError(`--report ${options.report}: the report is written as JSON or CSV, named by its extension (.json or .csv)`);
  }
}

async function sizeOf(file: string): Promise<number> {
  const found = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read the file ${file}: ${error.code === 'ENOENT' ? 'no such file' : (error.code ?? error.message)}`);
  });
  if (!found.isFile()) throw new CliError(`${file} is not a file`);
  return found.size;
}

const count = (n: number) => n.toLocaleString('en-US');

/** Draws the bar in place on a terminal (`\r`), or writes a line every few seconds to a log. */
function progressPainter(io: CliIo, terminal: KbartCliContext['terminal']) {
  const line = throttled(LINE_INTERVAL_MS, io.err);
  let drawn = false;
  return {
    draw(progress: TitleListImportProgress): void {
      // Recording has no rate of rows: it says what it does, with the rows read.
      const text =
        progress.phase === 'recording'
          ? `recording the title list (${count(progress.rows)} rows read)…`
          : `reading   ${renderProgressBar(progress, BAR_WIDTH)}`;
      if (!terminal) return line(text);
      terminal.write(`\r${text.padEnd(Math.min(terminal.columns ?? 100, 120) - 1)}`);
      drawn = true;
    },
    /** The last figures, always shown: the operator sees the run end, however short it was. */
    end(last?: TitleListImportProgress): void {
      if (last && terminal) terminal.write(`\r${`done      ${renderProgressBar(last, BAR_WIDTH)}`.padEnd(Math.min(terminal.columns ?? 100, 120) - 1)}`);
      else if (last) io.err(`done      ${renderProgressBar(last, BAR_WIDTH)}`);
      if (drawn || (last && terminal)) terminal?.write('\n');
    },
  };
}

function changesText(outcome: TitleListImportOutcome): string {
  if (outcome.outcome === 'unchanged') return 'no change';
  if (!outcome.changes) return '-';
  const { added, removed, revised } = outcome.changes;
  return `${count(added)} added, ${count(removed)} removed, ${count(revised)} revised`;
}

/** The summary: the counts, the version and what changed, then the commonest problems. */
export function kbartImportSummary(outcome: TitleListImportOutcome, report: TitleListReport): string {
  const { summary } = outcome;
  const table = renderTable(
    [
      { header: 'rows', align: 'right' },
      { header: 'imported', align: 'right' },
      { header: 'repaired', align: 'right' },
      { header: 'rejected', align: 'right' },
      { header: 'duplicates', align: 'right' },
      { header: 'titles', align: 'right' },
      { header: 'version', align: 'right' },
      { header: 'changes' },
    ],
    [
      [
        count(summary.rows),
        count(summary.imported),
        count(summary.repaired),
        count(summary.rejected),
        count(summary.duplicates),
        count(summary.titles),
        outcome.version,
        outcome.outcome === 'refused' ? 'nothing recorded' : changesText(outcome),
      ],
    ],
  );
  // Grouped by what a person fixes: the problem and the column it is in (a repair says which column it touched).
  const byProblem = new Map<string, { kind: string; count: number; example: string }>();
  for (const line of report.lines) {
    const key = line.column ? `${line.code} in ${line.column}` : line.code;
    const found = byProblem.get(key) ?? { kind: line.kind, count: 0, example: `line ${line.line}: ${line.message}` };
    found.count += 1;
    byProblem.set(key, found);
  }
  const severity = (kind: string) => SEVERITY.indexOf(kind) + 1 || SEVERITY.length + 1;
  const top = [...byProblem.entries()]
    .sort(([a, x], [b, y]) => severity(x.kind) - severity(y.kind) || y.count - x.count || a.localeCompare(b))
    .slice(0, TOP_PROBLEMS);
  const problems =
    top.length > 0 ? ['', 'top problems:', ...top.map(([key, found]) => `  ${count(found.count)} × ${key} (${found.kind}), e.g. ${found.example}`)] : [];
  const truncated = report.truncated > 0 ? [`  … and ${count(report.truncated)} more lines not listed in the report`] : [];
  const refusal = outcome.refusal ? ['', `refused (${outcome.refusal.code}): ${outcome.refusal.message}`] : [];
  return [table, ...problems, ...truncated, ...refusal].join('\n');
}

/**
 * `era kbart import FILE --package ID`: a vendor's KBART file into the package's title list, through the same
 * importer as POST /e-resources/{id}/title-lists, as the staff member ERA_STAFF_TOKEN names. Exit 0 when the list
 * was recorded (or found unchanged), 1 when the import was refused (strict with rejected rows, no header, …) or failed.
 */
export function importKbart(
  stores: Pick<OpenStores, 'events' | 'reads' | 'documents'>,
  options: KbartImportOptions,
  io: CliIo,
  context: KbartCliContext,
): Promise<number> {
  return guarded(io, async () => {
    if (!isRoleAmong(context.actor.role, E_RESOURCE_EDITORS)) {
      throw new CliError(
        `importing title lists is for ${E_RESOURCE_EDITORS.join(', ')}; ERA_STAFF_TOKEN names a member of staff with role ${context.actor.role}`,
      );
    }
    checked(options);
    const totalBytes = await sizeOf(options.file);
    const importer = titleListImporterOutsideNest(stores, stores.documents, context.config);
    const painter = progressPainter(io, context.terminal);
    const correlationId = randomUUID();
    const started = Date.now();
    let outcome: TitleListImportOutcome;
    try {
      outcome = await importer.import(
        {
          resourceId: options.package,
          content: createReadStream(options.file),
          totalBytes,
          fileName: basename(options.file),
          ...(options.encoding !== undefined && { encoding: options.encoding }),
          ...(options.strict !== undefined && { strict: options.strict }),
          ...(options.effectiveFrom !== undefined && { effectiveFrom: options.effectiveFrom }),
          ...(options.reason !== undefined && { reason: options.reason }),
        },
        { actor: context.actor, correlationId, causationId: correlationId, source: 'cli', ...(options.reason !== undefined && { reason: options.reason }) },
        (progress) => painter.draw(progress),
      );
    } catch (error) {
      painter.end();
      // The package check's refusals (unknown package, not a package) are the operator's to fix: one clear line.
      if (error instanceof HoldingsRuleViolation) throw new CliError(error.message);
      throw error;
    }
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    painter.end({
      phase: 'done',
      rows: outcome.summary.rows,
      bytesRead: totalBytes,
      totalBytes,
      rowsPerSecond: outcome.summary.rows / seconds,
      secondsLeft: 0,
    });
    const report = await readTitleListReport(stores.documents, outcome.report.sha256);
    if (options.report) {
      await writeFile(options.report, extname(options.report).toLowerCase() === '.csv' ? titleListReportCsv(report) : `${JSON.stringify(report, null, 2)}\n`);
    }
    io.out(options.json ? JSON.stringify(outcome, null, 2) : kbartImportSummary(outcome, report));
    if (options.report) io.err(`report written to ${options.report}`);
    return outcome.outcome === 'refused' ? ExitCode.error : ExitCode.ok;
  });
}
