import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

/**
 * The event store's checkpoints, off the writing thread: a connection of its own looks every `intervalMs` and, once
 * the write-ahead log has grown past `thresholdBytes` (SQLite's own default, 1000 pages), copies it back into the
 * database file (PASSIVE: it never waits for, nor blocks, a writer or a reader). The writing connection's own
 * automatic checkpoint, which would do this inside a commit, is set far higher as a backstop.
 */
const { file, intervalMs, thresholdBytes } = workerData as { file: string; intervalMs: number; thresholdBytes: number };
const walSize = () => {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
};
const port = parentPort;
if (!port) throw new Error('checkpoint-worker runs as a worker thread');
const db = new Database(file);
db.pragma('busy_timeout = 0');
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or locked: the next turn tries again.
  }
};
const timer = setInterval(() => {
  if (walSize() > thresholdBytes) checkpoint();
}, intervalMs);
port.on('message', (message: 'stop') => {
  if (message !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  port.close();
});
