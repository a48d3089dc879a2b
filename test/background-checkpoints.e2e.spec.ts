/**
 * The built event store copies its write-ahead log back into the database file from a worker thread: appends keep
 * committing on the writing thread, and the file grows, once the log is past 4 MB, without any commit there having checkpointed (its own
 * automatic checkpoint is set to a 64 MiB backstop). Under jest the sources have no compiled worker, so this runs the
 * built store from dist/.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqliteEventStore as Store } from '@era/event-store-sqlite';
import { ensureBuilt, ROOT } from './support';

jest.setTimeout(60_000);

let dir: string;
beforeAll(ensureBuilt, 120_000);
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'era-checkpoints-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const metadata = { actor: { id: 's-1', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api' as const };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('given appends to the built store, then the log is copied back into the file in the background, and closing leaves it whole', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled store, which has its worker beside it
  const { SqliteEventStore } = require(join(ROOT, 'dist', 'libs', 'event-store-sqlite', 'src', 'index.js')) as { SqliteEventStore: typeof Store };
  const file = join(dir, 'events.sqlite');
  const store = new SqliteEventStore({ file });
  expect(store.database.pragma('wal_autocheckpoint', { simple: true })).toBe(16_384);
  const sizeBefore = statSync(file).size;
  await Promise.all(
    Array.from({ length: 4000 }, (_, n) =>
      store.append(`desk-inquiry-${n}`, [{ type: 'InquiryRecorded', data: { n, note: 'x'.repeat(1000) } }], { expectedRevision: 'no_stream', metadata }),
    ),
  );
  // The log is past the worker's 4 MB threshold: within a few of its 100 ms turns.
  for (let waited = 0; waited < 5000 && statSync(file).size <= sizeBefore + 1_000_000; waited += 100) await sleep(100);
  expect(statSync(file).size).toBeGreaterThan(sizeBefore + 1_000_000);
  await store.close();
  const reopened = new SqliteEventStore({ file });
  try {
    expect(await reopened.headPosition()).toBe(4000);
  } finally {
    await reopened.close();
  }
});
