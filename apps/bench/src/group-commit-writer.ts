import { SqliteEventStore } from '@era/event-store-sqlite';

/**
 * A process that only appends, for the kill -9 test of group commit (`test/group-commit-kill.e2e.spec.ts`):
 * `node dist/apps/bench/src/group-commit-writer.js FILE [WRITERS]`. WRITERS concurrent writers (default 64) each
 * append two events at a time to a stream of their own, forever; each acknowledged append is written to stdout as
 * `ack WRITER LAST_REVISION POSITION` (stdout to a pipe is synchronous on Linux: a line printed was acknowledged
 * before anything after it ran), and every 50 ms `commits COMMITS APPENDS`.
 */
const [file, writersArgument] = process.argv.slice(2);
if (!file) throw new Error('usage: group-commit-writer FILE [WRITERS]');
const writers = Number(writersArgument ?? 64);
const store = new SqliteEventStore({ file });
const metadata = { actor: { id: 'kill-test', role: 'desk' }, correlationId: 'kill-test', causationId: 'kill-test', source: 'cli' as const };

async function write(writer: number): Promise<never> {
  let expected: number | 'no_stream' = 'no_stream';
  for (let n = 0; ; n++) {
    const result = await store.append(
      `desk-inquiry-w${writer}`,
      [
        { type: 'InquiryRecorded', data: { writer, n, part: 1 } },
        { type: 'InquiryRecorded', data: { writer, n, part: 2 } },
      ],
      { expectedRevision: expected, metadata },
    );
    expected = result.nextExpectedRevision;
    process.stdout.write(`ack ${writer} ${result.nextExpectedRevision} ${result.position}\n`);
  }
}

setInterval(() => {
  const { commits, appends } = store.groupCommitCounts();
  process.stdout.write(`commits ${commits} ${appends}\n`);
}, 50);
for (let writer = 0; writer < writers; writer++) void write(writer);
