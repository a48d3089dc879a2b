/**
 * kill -9 during group commit: a process with 64 concurrent writers (each append two events to its own stream,
 * shared commits) is killed mid-run. Afterwards every append it acknowledged is in the log at the position it was
 * given, no append is there in part, and the hash chains hold: nothing acknowledged was lost, nothing half-committed
 * was kept.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { verifyEventStore } from '@era/ledger-integrity';
import { ensureBuilt, ROOT } from './support';

jest.setTimeout(60_000);

const WRITER = join(ROOT, 'dist', 'apps', 'bench', 'src', 'group-commit-writer.js');
const ACKS_BEFORE_KILL = 3000;

let dir: string;
beforeAll(ensureBuilt, 120_000);
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'era-group-commit-kill-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the writer until it has acknowledged `acks` appends, then SIGKILLs it; answers every complete line it printed. */
function runAndKill(file: string, acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, file, '64'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    let heard = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const part = chunk.toString();
      text += part;
      heard += part.split('\n').filter((line) => line.startsWith('ack ')).length;
      if (heard >= acks && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the writer ended by itself (${code}): ${stderr}`));
      // A last line cut by the kill is not an acknowledgement heard.
      else resolve(text.split('\n').slice(0, -1));
    });
  });
}

describe('group commit and kill -9', () => {
  it('given a SIGKILL while 64 writers share commits, then every acknowledged append survives whole and nothing is half there', async () => {
    const file = join(dir, 'events.sqlite');
    const lines = await runAndKill(file, ACKS_BEFORE_KILL);
    const acks = lines.filter((line) => line.startsWith('ack ')).map((line) => line.split(' ').slice(1).map(Number));
    const [, commits, appends] =
      lines
        .filter((line) => line.startsWith('commits '))
        .pop()
        ?.split(' ')
        .map(Number) ?? [];
    expect(acks.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
    // The commits were shared: several appends per transaction.
    expect(appends / commits).toBeGreaterThan(4);

    const store = new SqliteEventStore({ file });
    try {
      for (const [writer, lastRevision, position] of acks) {
        const events = [];
        for await (const event of store.readStream(`desk-inquiry-w${writer}`, { fromRevision: lastRevision - 1, maxCount: 2 })) events.push(event);
        expect(events.map((event) => [event.streamRevision, event.globalPosition])).toEqual([
          [lastRevision - 1, position - 1],
          [lastRevision, position],
        ]);
      }
      const perStream = new Map<string, number>();
      for await (const event of store.readAll()) perStream.set(event.streamId, (perStream.get(event.streamId) ?? 0) + 1);
      // Two events per append: an append stored in part would leave a stream with an odd count.
      expect([...perStream.values()].filter((count) => count % 2 !== 0)).toEqual([]);
      expect((await verifyEventStore(store)).ok).toBe(true);
    } finally {
      await store.close();
    }
  });
});
