import { ChildProcess, spawn } from 'node:child_process';

export interface HeldLock {
  /** Ends the lock now (if it has not ended by itself) and waits for the holding process to exit. */
  release(): Promise<void>;
  /** Resolves when the holding process has let go. */
  readonly released: Promise<void>;
}

// Runs in a separate Node process: its own SQLite connection, as a backup tool or a long report would hold one. It
// finds the driver from the working directory (the repository), as \`node -e\` resolves modules.
const HOLDER = `
const [file, ms] = process.argv.slice(1);
const Database = require('better-sqlite3');
const db = new Database(file);
db.exec('BEGIN EXCLUSIVE');
process.stdout.write('locked\\n');
const release = () => { db.exec('ROLLBACK'); db.close(); process.exit(0); };
if (Number(ms) > 0) setTimeout(release, Number(ms));
process.on('SIGTERM', release);
process.stdin.on('end', release);
process.stdin.resume();
`;

/**
 * Holds an SQLite file locked (`BEGIN EXCLUSIVE`) from another process for `ms` milliseconds (until released when
 * 0). In WAL mode other connections may still read; every write waits out its busy time-out and fails with
 * SQLITE_BUSY. Resolves once the lock is held.
 */
export async function holdSqliteLock(file: string, ms = 0): Promise<HeldLock> {
  const child = spawn(process.execPath, ['-e', HOLDER, file, String(ms)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const released = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await lockTaken(child);
  return {
    released,
    release: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await released;
    },
  };
}

function lockTaken(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the lock holder exited (${code}) before taking the lock`)));
    child.once('error', reject);
  });
}
