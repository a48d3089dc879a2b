import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort, ready, startApi, stopChild } from './responsiveness';
import { nowMs } from './timing';

export interface HttpWriteFigures {
  connections: number;
  requests: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers other than 201 Created, errors and timeouts: each one a write not acknowledged. */
  failed: number;
}

const BODY = JSON.stringify({ location: 'main-desk', channel: 'in-person', questionType: 'directional', readLevel: 1, durationMinutes: 2 });
const HEADERS = { Authorization: 'Bearer dev-desk-token', 'Content-Type': 'application/json' };

/**
 * The HTTP write: `amount` POST /desk/inquiries from `connections` clients at once against the built API
 * (embedded default, projections in the process: a write is acknowledged once durable), on a fresh log.
 */
export async function measureHttpWrites(dir: string, amount: number, connections: number): Promise<HttpWriteFigures> {
  const dataDir = join(dir, 'http-writes');
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const api = startApi(dataDir, port, 'all');
  try {
    await ready(dataDir, base, api, 'all');
    await autocannon({ url: `${base}/desk/inquiries`, method: 'POST', headers: HEADERS, body: BODY, connections: 8, amount: 200, timeout: 30 });
    // Timed here: autocannon's own duration is in whole seconds.
    const started = nowMs();
    const result = await autocannon({ url: `${base}/desk/inquiries`, method: 'POST', headers: HEADERS, body: BODY, connections, amount, timeout: 30 });
    const seconds = (nowMs() - started) / 1000;
    const created = result.statusCodeStats['201']?.count ?? 0;
    return {
      connections,
      requests: result.requests.total,
      seconds,
      perSecond: result.requests.total / seconds,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      failed: result.requests.total - created + result.errors + result.timeouts,
    };
  } finally {
    await stopChild(api);
  }
}
