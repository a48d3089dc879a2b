import { IntegrityProblem, verifyEventStore, VerificationReport } from '@era/event-store';
import { OpenStores } from '@era/platform';
import { guarded } from '../errors';
import { CliIo, ExitCode } from '../io';
import { renderTable } from '../output/table';

/** Problems listed at most; verification goes on counting events past them. */
const MAX_PROBLEMS = 100;

export interface VerifyCommandOptions {
  json?: boolean;
  /** Only verify streams whose id starts with one of these. */
  streamPrefix?: readonly string[];
  /** Progress line on stderr every this many events (default 50 000). */
  progressEvery?: number;
}

/**
 * `era verify`: walks the raw log (never the upcasting view, whose events differ from what was hashed) and checks
 * every hash, chain link, revision sequence and position. Exit 0 when intact, 2 when tampered with, 1 on errors.
 */
export function verify(stores: Pick<OpenStores, 'rawEvents'>, options: VerifyCommandOptions, io: CliIo): Promise<number> {
  return guarded(io, async () => {
    const progressEvery = options.progressEvery ?? 50_000;
    const prefixes = options.streamPrefix?.length ? options.streamPrefix : undefined;
    let lastReported = 0;
    const report = await verifyEventStore(stores.rawEvents, {
      progressEvery,
      maxProblems: MAX_PROBLEMS,
      streamPrefixes: prefixes,
      onProgress: (eventsChecked, headPosition) => {
        // The final call repeats the count of the last periodic one; small logs print no progress at all.
        if (eventsChecked - lastReported < progressEvery) return;
        lastReported = eventsChecked;
        io.err(prefixes ? `verified ${eventsChecked} events (head position ${headPosition})` : `verified ${eventsChecked} / ${headPosition} events`);
      },
    });
    io.out(options.json ? JSON.stringify(report, null, 2) : summary(report, prefixes));
    return report.ok ? ExitCode.ok : ExitCode.tampered;
  });
}

function summary(report: VerificationReport, prefixes: readonly string[] | undefined): string {
  const scope = prefixes ? ` (streams starting with ${prefixes.join(', ')})` : '';
  const counts = `${report.eventsChecked} events in ${report.streamsChecked} streams`;
  if (report.ok || !report.firstProblem) return `OK: ${counts} verified${scope}, head position ${report.headPosition}`;

  const lines = [`TAMPERED: ${describe(report.firstProblem)}`];
  const further = report.problems.filter((problem) => problem !== report.firstProblem);
  if (further.length > 0) {
    lines.push('', `further problems (${further.length}):`);
    lines.push(
      renderTable(
        [{ header: 'kind' }, { header: 'stream' }, { header: 'revision', align: 'right' }, { header: 'position', align: 'right' }, { header: 'message' }],
        further.map((problem) => [problem.kind, problem.streamId, problem.streamRevision, problem.globalPosition, problem.message]),
      ),
    );
  }
  const listed = report.problems.length;
  lines.push(
    '',
    `${listed} problem${listed === 1 ? '' : 's'} found${listed >= MAX_PROBLEMS ? ` (listing stops at ${MAX_PROBLEMS})` : ''} in ${counts} checked${scope}, head position ${report.headPosition}`,
  );
  return lines.join('\n');
}

/** The problem's message, naming its stream and revision where the message itself does not (e.g. a position gap). */
function describe(problem: IntegrityProblem): string {
  const where = `stream ${problem.streamId}, revision ${problem.streamRevision}`;
  const position = problem.globalPosition !== undefined ? `, global position ${problem.globalPosition}` : '';
  if (problem.message.includes(problem.streamId)) return `${problem.message} [${problem.kind}${position}]`;
  // Position problems concern the global log; say where the walk noticed them.
  return `${problem.message} (noticed at ${where}${position}) [${problem.kind}]`;
}
