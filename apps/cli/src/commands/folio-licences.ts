import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { Logger } from '@nestjs/common';
import { isRoleAmong, LICENCE_DIRECTORS } from '@era/decider';
import { Actor } from '@era/event-store';
import { exportFolioLicencesFromLog, FolioImportReport, folioOutsideNest } from '@era/licensing';
import { findTerm } from '@era/licensing-domain';
import { checkFolioTermMapping, DEFAULT_FOLIO_TERM_MAPPING, FolioTermMapping, MAX_CLI_IMPORT_RECORDS, readFolioImportFile } from '@era/licensing-folio';
import { AppConfig, OpenStores, StaffDirectory } from '@era/platform';
import { CliError, guarded } from '../errors';
import { CliIo, ExitCode } from '../io';
import { progressOf, throttled } from '../output/progress';
import { renderTable } from '../output/table';

export interface ImportFolioOptions {
  file: string;
  dryRun?: boolean;
  /** A mapping file {"terms": [ … ]} instead of the default mapping of FOLIO's standard terms. */
  mapping?: string;
  /** Write the whole report (every licence and value) as JSON to this file. */
  report?: string;
  /** Print the whole report as JSON instead of the summary table. */
  json?: boolean;
}

export interface FolioCliContext {
  config: AppConfig;
  staff: StaffDirectory;
  actor: Actor;
}

async function readJson(file: string, what: string): Promise<unknown> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read the ${what} ${file}: ${error.code ?? error.message}`);
  });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError(`the ${what} ${file} is not valid JSON`);
  }
}

async function mappingOf(file: string | undefined, known: (key: string) => ReturnType<typeof findTerm>): Promise<FolioTermMapping> {
  if (file === undefined) return DEFAULT_FOLIO_TERM_MAPPING;
  const checked = checkFolioTermMapping(await readJson(file, 'mapping file'), known);
  if (checked.mapping === undefined) throw new CliError(`the mapping file ${file} is refused:\n  ${checked.problems.join('\n  ')}`);
  return checked.mapping;
}

/** Refused values the summary lists before it says "see --report". */
const MAX_REFUSED_SHOWN = 50;

/** The summary: one line per licence, what was refused, then the counts. */
function summary(report: FolioImportReport): string {
  const rows = report.licences.map((licence) => [
    licence.sourceId,
    licence.licenceName,
    licence.outcome,
    licence.events,
    licence.report.filter((line) => line.outcome === 'refused').length,
    licence.refusal ? `${licence.refusal.code}: ${licence.refusal.message}` : '',
  ]);
  const table = renderTable(
    [
      { header: 'source id' },
      { header: 'licence' },
      { header: 'outcome' },
      { header: 'events', align: 'right' },
      { header: 'refused values', align: 'right' },
      { header: 'refusal' },
    ],
    rows,
  );
  const counts = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([outcome, count]) => `${count} ${outcome}`)
      .join(', ');
  const verb = report.dryRun ? 'dry run, nothing recorded' : `${report.appended} events appended`;
  // What was refused, in words, so that nothing refused goes unseen (the report file has every line).
  const refusedLines = report.licences.flatMap((licence) =>
    licence.report.filter((line) => line.outcome === 'refused').map((line) => `  ${licence.sourceId} ${line.path || '(record)'}: ${line.detail}`),
  );
  const shown = refusedLines.slice(0, MAX_REFUSED_SHOWN);
  const more = refusedLines.length > shown.length ? [`  … and ${refusedLines.length - shown.length} more (see --report)`] : [];
  const refused = refusedLines.length > 0 ? ['', 'refused:', ...shown, ...more] : [];
  return [table, ...refused, '', `licences: ${counts(report.counts.licences)}`, `values: ${counts(report.counts.values)}`, verb].join('\n');
}

/**
 * `era import folio-licences FILE`: each licence of FOLIO's licence JSON recorded through the same command path and
 * rules as POST /imports/folio-licences, as the staff member ERA_STAFF_TOKEN names. Exit 1 when a licence or value
 * was refused (the report says which and why).
 */
export function importFolioLicences(
  stores: Pick<OpenStores, 'events' | 'reads'>,
  options: ImportFolioOptions,
  io: CliIo,
  context: FolioCliContext,
): Promise<number> {
  return guarded(io, async () => {
    if (!isRoleAmong(context.actor.role, LICENCE_DIRECTORS)) {
      throw new CliError(`the import is for ${LICENCE_DIRECTORS.join(' or ')}; ERA_STAFF_TOKEN names a member of staff with role ${context.actor.role}`);
    }
    const file = readFolioImportFile(await readJson(options.file, 'file'), MAX_CLI_IMPORT_RECORDS);
    if (file.problem !== undefined) throw new CliError(`${options.file}: ${file.problem}`);
    // The seeders log through Nest's logger, to stdout: keep stdout for the summary (or the JSON report).
    Logger.overrideLogger(['warn', 'error']);
    const { importer, licensing } = folioOutsideNest(stores, context.config, context.staff);
    const { vocabulary } = await licensing.context();
    const mapping = await mappingOf(options.mapping, (key) => findTerm(vocabulary, key));
    const progress = throttled(500, io.err);
    const report = await importer.execute({
      records: file.records,
      dryRun: options.dryRun === true,
      mapping,
      metadata: { actor: context.actor, correlationId: randomUUID(), source: 'import' },
      // At most twice a second, and always the last: the operator sees the run end.
      onProgress: (done, total) => (done === total ? io.err : progress)(`${options.dryRun ? 'checking' : 'importing'} licences ${progressOf(done, total)}`),
    });
    const json = JSON.stringify(report, null, 2);
    if (options.report) await writeFile(options.report, `${json}\n`);
    io.out(options.json ? json : summary(report));
    if (options.report) io.err(`report written to ${options.report}`);
    const refused = report.counts.licences.refused + report.counts.values.refused;
    return refused > 0 ? ExitCode.error : ExitCode.ok;
  });
}

export interface ExportFolioOptions {
  /** Write the JSON to this file instead of stdout. */
  out?: string;
  mapping?: string;
}

/**
 * `era export folio-licences`: every licence as FOLIO licence JSON (an array, as FOLIO's /licenses/licenses answers),
 * the same bytes as GET /licences?format=folio for the same ledger. Internal values are included, marked internal.
 */
export function exportFolioLicencesCli(
  stores: Pick<OpenStores, 'events' | 'reads'>,
  options: ExportFolioOptions,
  io: CliIo,
  context: Omit<FolioCliContext, 'actor'>,
): Promise<number> {
  return guarded(io, async () => {
    const { licensing } = folioOutsideNest(stores, context.config, context.staff);
    const { vocabulary } = await licensing.context();
    const mapping = await mappingOf(options.mapping, (key) => findTerm(vocabulary, key));
    const licences = await exportFolioLicencesFromLog(stores, licensing, mapping);
    const json = JSON.stringify(licences);
    if (options.out) {
      await writeFile(options.out, json);
      io.out(`${licences.length} licences written to ${options.out}`);
    } else {
      io.out(json);
    }
    return ExitCode.ok;
  });
}
