import {
  assertKeptSeal,
  IntegrityProblem,
  IntegrityProblemKind,
  SEAL_DIGEST,
  SealAssertion,
  verifyEventStore,
  VerificationReport,
} from '@era/ledger-integrity';
import { SqliteStreamStateSpill } from '@era/ledger-integrity-sqlite';
import { HOLDINGS_DOCUMENT_REFERENCES } from '@era/holdings-domain';
import { checkAttachedDocuments, DocumentsReport, LICENCE_DOCUMENT_REFERENCES } from '@era/licensing-compliance';
import { OpenStores } from '@era/platform';
import { CliError, guarded } from '../errors';
import { CliIo, ExitCode } from '../io';
import { renderTable } from '../output/table';

/** Problems listed at most; verification goes on counting events past them. */
const MAX_PROBLEMS = 100;

/** Every event type that names a stored document: licences' signed documents, holdings' title lists, reports and uploaded lists. */
const DOCUMENT_REFERENCES = [LICENCE_DOCUMENT_REFERENCES, ...HOLDINGS_DOCUMENT_REFERENCES];

export interface VerifyCommandOptions {
  json?: boolean;
  /** Only verify streams whose id starts with one of these. */
  streamPrefix?: readonly string[];
  /** Progress line on stderr every this many events (default 50 000). */
  progressEvery?: number;
  /** Digests kept outside the system: each must be the digest of a recorded seal that still holds. */
  sealDigest?: readonly string[];
  /** Re-hash every signed document an event names (default true; `--no-documents` skips it). */
  documents?: boolean;
}

/** Said once under the headline when such a problem is found: the bare message could pass for a clock's glitch. */
const MEANINGS: Partial<Record<IntegrityProblemKind, string>> = {
  'recorded-before-seal':
    'BACK-DATED: an event that comes after a ledger seal in the log claims to have been recorded before that seal: it was inserted later with a false date, and would slip into reviews of the past',
  'recorded-at-out-of-order':
    'BACK-DATED: an event claims to have been recorded before an event that precedes it in the log, which the store never writes: it was inserted later with a false date (or moved), and would slip into reviews of the past',
};

/**
 * `era verify`: walks the raw log (never the upcasting view, whose events differ from what was hashed) and checks
 * every hash, chain link, revision sequence and position, the order of recording times (an event back-dated into the
 * past), and every recorded ledger seal; then re-hashes every signed document the events name. Exit 0 when intact, 2 when tampered with (or a kept seal digest is missing or no longer
 * holds), 1 on errors.
 */
export function verify(
  stores: Pick<OpenStores, 'rawEvents'> & Partial<Pick<OpenStores, 'documents'>>,
  options: VerifyCommandOptions,
  io: CliIo,
): Promise<number> {
  return guarded(io, async () => {
    const progressEvery = options.progressEvery ?? 50_000;
    const prefixes = options.streamPrefix?.length ? options.streamPrefix : undefined;
    const keptDigests = (options.sealDigest ?? []).map((digest) => digest.trim().toLowerCase());
    const malformed = keptDigests.find((digest) => !SEAL_DIGEST.test(digest));
    if (malformed !== undefined) throw new CliError(`--seal-digest ${JSON.stringify(malformed)} is not a SHA-256 digest (64 hex digits)`);
    let lastReported = 0;
    const report = await verifyEventStore(stores.rawEvents, {
      progressEvery,
      maxProblems: MAX_PROBLEMS,
      streamPrefixes: prefixes,
      // Streams past those held in memory go to a temporary file: memory stays flat however many the log holds.
      openSpill: () => new SqliteStreamStateSpill(),
      onProgress: (eventsChecked, headPosition) => {
        // The final call repeats the count of the last periodic one; small logs print no progress at all.
        if (eventsChecked - lastReported < progressEvery) return;
        lastReported = eventsChecked;
        io.err(prefixes ? `verified ${eventsChecked} events (head position ${headPosition})` : `verified ${eventsChecked} / ${headPosition} events`);
      },
    });
    const assertions = keptDigests.map((digest) => assertKeptSeal(report.seals, digest));
    const documents =
      options.documents !== false && stores.documents ? await checkAttachedDocuments(stores.rawEvents, stores.documents, DOCUMENT_REFERENCES) : undefined;
    const withDocuments = documents && (documents.documentsChecked > 0 || documents.unreferenced.count > 0) ? documents : undefined;
    if (options.json) {
      io.out(
        JSON.stringify(
          { ...report, ...(assertions.length ? { assertedSeals: assertions } : {}), ...(withDocuments ? { documents: withDocuments } : {}) },
          null,
          2,
        ),
      );
    } else {
      io.out(render(report, prefixes, assertions) + (withDocuments ? `\n\n${renderDocuments(withDocuments)}` : ''));
    }
    const intact = report.ok && assertions.every((assertion) => assertion.holds) && (documents?.ok ?? true);
    return intact ? ExitCode.ok : ExitCode.tampered;
  });
}

function renderDocuments(documents: DocumentsReport): string {
  const checked = documents.ok
    ? [`documents: ${documents.documentsChecked} signed document${documents.documentsChecked === 1 ? '' : 's'} re-hashed, all intact`]
    : [
        `TAMPERED documents: ${documents.problems.length} of ${documents.documentsChecked} signed documents do not match what was recorded`,
        ...documents.problems.map((problem) => `  ${problem.message}`),
      ];
  const { count, sha256s } = documents.unreferenced;
  const unreferenced =
    count === 0
      ? []
      : [
          `unreferenced documents: ${count} stored document${count === 1 ? '' : 's'} named by no event (not part of the record)`,
          ...sha256s.map((sha256) => `  ${sha256}`),
          ...(count > sha256s.length ? [`  … and ${count - sha256s.length} more`] : []),
        ];
  return [...checked, ...unreferenced].join('\n');
}

function render(report: VerificationReport, prefixes: readonly string[] | undefined, assertions: readonly SealAssertion[]): string {
  const failed = assertions.find((assertion) => !assertion.holds);
  const lines =
    report.ok && failed
      ? [
          `TAMPERED: ${describeAssertion(failed)}`,
          '',
          `no other problem found in ${report.eventsChecked} events in ${report.streamsChecked} streams checked${scopeOf(prefixes)}, head position ${report.headPosition}`,
        ]
      : [summary(report, prefixes)];
  if (report.seals.sealsChecked > 0) {
    lines.push('', `seals (${report.seals.sealsChecked}):`);
    lines.push(
      renderTable(
        [
          { header: 'digest' },
          { header: 'sealed through', align: 'right' },
          { header: 'position', align: 'right' },
          { header: 'recorded at' },
          { header: 'result' },
        ],
        report.seals.seals.map((seal) => [seal.digest, seal.sealedThroughPosition, seal.position, seal.recordedAt, seal.ok ? 'holds' : 'BROKEN']),
      ),
    );
  }
  if (assertions.length > 0) lines.push('', 'kept digests:', ...assertions.map((assertion) => `  ${describeAssertion(assertion)}`));
  return lines.join('\n');
}

function describeAssertion({ digest, found, holds }: SealAssertion): string {
  if (holds) return `seal ${digest} holds`;
  if (!found) return `seal ${digest} is not in the log: no recorded seal has this digest (removed or altered)`;
  return `seal ${digest} is recorded but no longer holds`;
}

const scopeOf = (prefixes: readonly string[] | undefined) => (prefixes ? ` (streams starting with ${prefixes.join(', ')})` : '');

function summary(report: VerificationReport, prefixes: readonly string[] | undefined): string {
  const scope = scopeOf(prefixes);
  const counts = `${report.eventsChecked} events in ${report.streamsChecked} streams`;
  if (report.ok || !report.firstProblem) return `OK: ${counts} verified${scope}, head position ${report.headPosition}`;

  const lines = [`TAMPERED: ${describe(report.firstProblem)}`];
  const meanings = new Set(report.problems.map((problem) => MEANINGS[problem.kind]).filter((meaning) => meaning !== undefined));
  for (const meaning of meanings) lines.push(`  ${meaning}`);
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
