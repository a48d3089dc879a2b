import { Command, Option } from 'commander';
import { AppConfig, loadConfig, loadStaffDirectory, OpenStores } from '@era/platform';
import { ALL_UPCASTERS } from '@era/projection-catalogue';
import { DIMENSIONS } from '@era/projection-desk-statistics';
import { anonymiseLoanHistoryCli } from './commands/circulation-anonymise-loan-history';
import { exportFolioLicencesCli, importFolioLicences } from './commands/folio-licences';
import { importKbart, KbartImportOptions } from './commands/kbart-import';
import { projectionsRetry, projectionsSkip } from './commands/projections-decide';
import { projectionsRebuild } from './commands/projections-rebuild';
import { projectionsStatus } from './commands/projections-status';
import { replay, ReplayFormat } from './commands/replay';
import { review } from './commands/review';
import { cliActor, cliStaffDirectory, seal } from './commands/seal';
import { verify } from './commands/verify';
import { guarded, reportError } from './errors';
import { ExitCode, processIo } from './io';
import { withStores } from './stores';

const ENVIRONMENT_HELP = `
Configured like the service, from the environment:
  DATA_DIR            folder of the SQLite files (default ./data)
  EVENT_STORE         sqlite (default) or eventstoredb, with EVENTSTOREDB_URL
  READ_STORE          sqlite (default) or mongodb, with MONGODB_URL
  LIBRARY_TIMEZONE    IANA zone for desk statistics (default UTC)
  LOAN_HISTORY_RETENTION_DAYS  days a closed loan keeps its borrower link (default 30), for \`circulation anonymise-loan-history\`
  ERA_STAFF_TOKEN     your staff token, for \`seal\`, \`import\` (an admin's or the librarian's) and \`kbart import\` (also an associate): every write is an authenticated staff member's
  STAFF_FILE          the staff file whose token hashes ERA_STAFF_TOKEN is checked against (ERA_DEV_TOKENS=true: the development staff too)
  ERA_DEBUG=1         print stack traces with errors

Exit codes: 0 success, 1 error, 2 verify or review found tampering (or a kept seal digest that does not hold), 130 interrupted.`;

/** The operator CLI: `npm run era -- <command>`. Each command opens the stores, runs, and closes them. */
async function main(argv: readonly string[]): Promise<number> {
  const io = processIo;
  let exitCode: number = ExitCode.ok;
  const run = (command: (stores: OpenStores, config: AppConfig) => Promise<number>) =>
    guarded(io, async () => {
      const config = loadConfig(process.env, []);
      return withStores(config, ALL_UPCASTERS, (stores) => command(stores, config));
    }).then((code) => void (exitCode = code));

  const program = new Command('era')
    .description('Operator commands for the ERA ledger: verify the event log, inspect and rebuild projections, replay statistics as of a point.')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', ENVIRONMENT_HELP);

  program
    .command('verify')
    .description(
      'Check every hash, chain link and revision of the stored log (the raw events, as written), every ledger seal and every signed document. Exit 2 when tampered with.',
    )
    .option('--json', 'print the verification report as JSON')
    .option('--stream-prefix <prefix...>', 'only verify streams whose id starts with one of these prefixes')
    .option(
      '--seal-digest <hex>',
      'a seal digest kept outside the system: exit 2 unless a recorded seal has it and holds (repeatable)',
      (digest: string, kept: string[]) => [...kept, digest],
      [],
    )
    .option('--no-documents', 'skip re-hashing the signed documents that events name')
    .action((options: { json?: boolean; streamPrefix?: string[]; sealDigest?: string[]; documents?: boolean }) => run((stores) => verify(stores, options, io)));

  program
    .command('seal')
    .description(
      'Record a ledger seal (the head hash of every stream, as of now) and print its digest: keep that outside the system. Needs ERA_STAFF_TOKEN, the token of an admin or of the librarian.',
    )
    .option('--reason <text>', 'why the seal is made, recorded with it')
    .option('--json', 'print the receipt (digest, sealedThroughPosition, streamCount, position) as JSON')
    .action((options: { reason?: string; json?: boolean }) => run(async (stores, config) => seal(stores, options, io, cliActor(cliStaffDirectory(config)))));

  const projections = program.command('projections').description('Inspect and rebuild the read models.');
  projections
    .command('status')
    .description(
      'Each projection: version, serving version, state (live, catching-up, retrying, poisoned, rebuilding, stopped) as its process recorded it, ' +
        'checkpoint position, head, lag in events, rebuild progress, retries and the fault (for a poisoned one, the position to skip); ' +
        'and when the projector last beat its heartbeat (state projector-silent when older than PROJECTOR_STALE_MS).',
    )
    .option('--json', 'print the statuses as JSON')
    .action((options: { json?: boolean }) =>
      run((stores, config) => projectionsStatus(stores, { ...options, projectorStaleMs: config.resilience.projectorStaleMs }, io)),
    );
  projections
    .command('rebuild')
    .description('Rebuild a projection from position 0 into a new generation and swap it in; a running service picks it up by itself.')
    .argument('<name>', 'projection name (see projections status)')
    .option('--force', 'take over even though another process seems to be rebuilding it right now')
    .option('--drop-replaced', 'drop the replaced generation at once (otherwise a running service drops it when it moves over, or on its next start)')
    .action((name: string, options: { force?: boolean; dropReplaced?: boolean }) =>
      run(async (stores) => {
        const stop = new AbortController();
        const onInterrupt = () => {
          if (stop.signal.aborted) process.exit(ExitCode.interrupted);
          io.err('stopping the rebuild (Ctrl-C again to quit at once)…');
          stop.abort();
        };
        process.on('SIGINT', onInterrupt);
        try {
          return await projectionsRebuild(stores, { name, force: options.force, dropReplaced: options.dropReplaced, signal: stop.signal }, io);
        } finally {
          process.off('SIGINT', onInterrupt);
        }
      }),
    );

  projections
    .command('skip')
    .description(
      'Let a projection stopped on a poison event move past it, recorded as a ProjectionEventSkipped event (who, when, why). Needs ERA_STAFF_TOKEN (an admin).',
    )
    .argument('<name>', 'projection name (see projections status)')
    .requiredOption('--position <n>', 'global position of the event it stopped on, as projections status shows it')
    .requiredOption('--reason <text>', 'why the event may be skipped, recorded with the decision')
    .action((name: string, options: { position: string; reason: string }) =>
      run(async (stores, config) => projectionsSkip(stores, { name, ...options }, io, cliActor(cliStaffDirectory(config)))),
    );
  projections
    .command('retry')
    .description('Let a projection stopped on a poison event try it again, recorded as a ProjectionRetryRequested event. Needs ERA_STAFF_TOKEN (an admin).')
    .argument('<name>', 'projection name (see projections status)')
    .action((name: string) => run(async (stores, config) => projectionsRetry(stores, { name }, io, cliActor(cliStaffDirectory(config)))));

  program
    .command('replay')
    .description(
      'Replay a projection over the log up to a position or instant into throwaway storage and report what it said then ' +
        '(desk-statistics: the statistics for a period). Read-only.',
    )
    .argument('<name>', 'projection name, e.g. desk-statistics')
    .option('--until-position <n>', 'include events up to and including this global position')
    .option('--until <instant>', 'include events recorded at or before this ISO-8601 instant, e.g. 2026-03-31T22:00:00Z')
    .option('--from <date>', 'period start, inclusive: local YYYY-MM-DD or YYYY-MM-DDTHH:mm (default 1970-01-01)')
    .option('--to <date>', 'period end: a local date is inclusive, a date-time exclusive (default today)')
    .option('--group-by <dims>', `comma-separated: ${DIMENSIONS.join(', ')}`)
    .option('--time-zone <zone>', 'IANA zone for the period and grouping (default LIBRARY_TIMEZONE)')
    .addOption(new Option('--json', 'print JSON').conflicts('csv'))
    .addOption(new Option('--csv', 'print CSV').conflicts('json'))
    .action(
      (
        name: string,
        options: { untilPosition?: string; until?: string; from?: string; to?: string; groupBy?: string; timeZone?: string; json?: boolean; csv?: boolean },
      ) =>
        run((stores, config) => {
          const format: ReplayFormat = options.json ? 'json' : options.csv ? 'csv' : 'table';
          return replay(stores, { ...options, name, format, timeZone: options.timeZone ?? config.timeZone }, io);
        }),
    );

  program
    .command('review')
    .description(
      'Licence compliance review as of a date or instant: terms in force, versions, signed documents (re-hashed), audit trail, ' +
        'and the verification of the streams involved; the same bytes as the API. Exit 2 when it finds anything altered.',
    )
    .requiredOption(
      '--as-of <date|instant>',
      'what had been recorded by then: YYYY-MM-DD (end of that day in LIBRARY_TIMEZONE) or an ISO-8601 instant with offset',
    )
    .option('--effective-on <date>', 'the date whose terms are shown, YYYY-MM-DD (default: the as-of day)')
    .option('--licence <id>', 'review one licence (default: every licence)')
    .addOption(new Option('--format <format>', 'json or html (a printable page)').choices(['json', 'html']).default('json'))
    .option('--out <file>', 'write the review to this file instead of stdout')
    .action((options: { asOf: string; effectiveOn?: string; licence?: string; format: string; out?: string }) =>
      run((stores, config) => review(stores, { ...options, timeZone: config.timeZone }, io)),
    );

  program
    .command('import')
    .description('Migration imports.')
    .command('folio-licences')
    .description(
      "Import FOLIO licences (the JSON of FOLIO's /licenses/licenses: an array, {licenses: [...]} or {results: [...]}) through the same rules as POST /imports/folio-licences, " +
        "with each record's provenance; re-importing the same file records nothing, a changed record records corrections. Needs ERA_STAFF_TOKEN (an admin or the librarian). " +
        'Exit 1 when a licence or value was refused.',
    )
    .argument('<file>', 'the FOLIO licence JSON file')
    .option('--dry-run', 'decide every step and report what would be recorded, recording nothing')
    .option(
      '--mapping <file>',
      'a mapping {"terms": [{folioName, termKey, values?, define?, otherwise?}], listKeys?, statusLifecycles?, amendmentStatusEffects?} instead of the default (docs/licences/folio-mapping.md)',
    )
    .option('--report <file>', 'write the whole report (every licence and value, with reasons) as JSON to this file')
    .option('--json', 'print the whole report as JSON instead of the summary')
    .action((file: string, options: { dryRun?: boolean; mapping?: string; report?: string; json?: boolean }) =>
      run(async (stores, config) => {
        const staff = cliStaffDirectory(config);
        return importFolioLicences(stores, { ...options, file }, io, { config, staff, actor: cliActor(staff) });
      }),
    );

  program
    .command('kbart')
    .description('KBART title lists of e-journal packages and e-book collections.')
    .command('import')
    .description(
      "Import a vendor's KBART file (Phase I or II, any encoding and line ends) into a package's title list through the same importer as POST /e-resources/{id}/title-lists: " +
        'the file stored by SHA-256, a new version with the titles added, removed and revised, or "no change" when the titles are those of the current version. ' +
        'Progress on stderr; the summary and the commonest problems at the end. Needs ERA_STAFF_TOKEN (an associate, the librarian or an admin). ' +
        'Exit 1 when the import is refused (strict with rejected rows, no header, unknown package, …).',
    )
    .argument('<file>', 'the KBART file (tab-separated text)')
    .requiredOption('--package <id>', "the package's e-resource id (of type e-journal-package or e-book-collection)")
    .option(
      '--encoding <encoding>',
      'read the file in this encoding instead of the detected one: utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1, macintosh',
    )
    .option('--strict', 'refuse the whole file when any row is rejected (the report still says why)')
    .option('--effective-from <date>', 'YYYY-MM-DD the new version takes effect (default today in LIBRARY_TIMEZONE)')
    .option('--reason <text>', 'why the list is imported, recorded with it')
    .option('--report <file>', 'write the row report (every rejected, repaired or duplicate row) to this file: .json or .csv')
    .option('--json', 'print the outcome as JSON instead of the summary')
    .action((file: string, options: Omit<KbartImportOptions, 'file'>) =>
      run(async (stores, config) => {
        const terminal = process.stderr.isTTY ? { write: (text: string) => void process.stderr.write(text), columns: process.stderr.columns } : undefined;
        return importKbart(stores, { ...options, file }, io, { config, actor: cliActor(cliStaffDirectory(config)), terminal });
      }),
    );

  program
    .command('export')
    .description('Exports that keep a library from being locked in.')
    .command('folio-licences')
    .description('Every licence as FOLIO licence JSON (the bytes of GET /licences?format=folio), internal values marked internal. Read-only.')
    .option('--out <file>', 'write the JSON to this file instead of stdout')
    .option('--mapping <file>', 'the mapping the licences were imported with, if not the default: terms and list values are named by it, read backwards')
    .action((options: { out?: string; mapping?: string }) =>
      run((stores, config) => exportFolioLicencesCli(stores, options, io, { config, staff: loadStaffDirectory(config.identity).directory })),
    );

  program
    .command('circulation')
    .description('Circulation tasks a scheduler runs.')
    .command('anonymise-loan-history')
    .description(
      'Apply the loan-history retention policy: remove the borrower link from loans closed more than LOAN_HISTORY_RETENTION_DAYS days ago ' +
        '(default 30) on which nothing is owed, recorded as LoanHistoryAnonymised events; the same as POST /circulation/loan-history/anonymisations. ' +
        'Needs ERA_STAFF_TOKEN (an admin, the librarian or the head of the desk). Reads the loan history as the projector left it; run it nightly (cron).',
    )
    .option('--json', 'print the result (retentionDays, cutOff, anonymised, more, position) as JSON')
    .action((options: { json?: boolean }) =>
      run(async (stores, config) => anonymiseLoanHistoryCli(stores, config, options, io, cliActor(cliStaffDirectory(config)))),
    );

  await program.parseAsync([...argv]);
  return exitCode;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
    // Everything is closed by now; should a driver still hold the event loop open, do not hang the operator's shell.
    setTimeout(() => process.exit(code), 3000).unref();
  },
  (error: unknown) => {
    reportError(error, processIo);
    process.exitCode = ExitCode.error;
  },
);
