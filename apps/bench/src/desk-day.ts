import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { projectionStatuses } from '@era/projection-engine';
import { ALL_PROJECTIONS } from '@era/projection-catalogue';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { freePort, ready, startApi } from './responsiveness';
import { LatencySummary, nowMs, summarise } from './timing';

/** The head of the desk may do every desk command, configuration included: no refusal for want of a permission. */
const STAFF = { Authorization: 'Bearer dev-desk-head-token', 'Content-Type': 'application/json' };
const CURRENCY = 'EUR';
/** Loans a desk keeps open at once before it checks the oldest in: a few per borrower, far below any item limit. */
const OPEN_LOANS_PER_DESK = 20;
const BORROWERS_PER_DESK = 25;
/** Items a desk lends at least: each goes out about 20 times in the day, so no item's stream grows unlike a library's. */
const itemsPerDesk = (loansPerDesk: number) => Math.max(OPEN_LOANS_PER_DESK + 10, Math.ceil(loansPerDesk / 20));
/** Every this many check-ins, money changes hands: the fine the check-in charged, or a damage fee charged then and there. */
const FINE_EVERY = 10;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ProjectionLag {
  /** The most events any projection had still to apply when the last command was answered. */
  eventsBehind: number;
  /** The projection that was furthest behind. */
  slowest: string;
  headPosition: number;
  /** The most events behind seen while the day ran (sampled every 250 ms). */
  peakBehindDuringDay: number;
  /** From the last answer until every projection had applied the head. */
  catchUpSeconds: number;
}

export interface DeskDayFigures {
  desks: number;
  setup: { commands: number; seconds: number };
  commands: { checkOuts: number; checkIns: number; charges: number; payments: number; total: number };
  /** Fines charged by check-ins themselves (late returns), among the charges. */
  finesFromCheckIns: number;
  /** Events the day appended (commands append one or more). */
  events: number;
  seconds: number;
  commandsPerSecond: number;
  eventsPerSecond: number;
  latency: LatencySummary;
  lag: ProjectionLag;
  /** Whether GET /desk/statistics counted exactly what the day did; and what it said. */
  statistics: { ok: boolean; detail: string };
}

interface Tally {
  checkOuts: number;
  checkIns: number;
  charges: number;
  payments: number;
  finesFromCheckIns: number;
  paidMinor: number;
  latencies: number[];
}

class DeskClient {
  constructor(private readonly base: string) {}

  async post<T = Record<string, unknown>>(path: string, body: object, latencies?: number[]): Promise<T> {
    const start = nowMs();
    const response = await fetch(`${this.base}${path}`, { method: 'POST', headers: STAFF, body: JSON.stringify(body) });
    const text = await response.text();
    latencies?.push(nowMs() - start);
    if (response.status >= 300) throw new Error(`POST ${path} answered ${response.status}: ${text.slice(0, 500)}`);
    return JSON.parse(text) as T;
  }

  async get<T>(path: string): Promise<T> {
    const response = await fetch(`${this.base}${path}`, { headers: STAFF });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${text.slice(0, 500)}`);
    return JSON.parse(text) as T;
  }
}

type Desk = { name: string; borrowers: string[]; items: string[] };

/** Borrowers and items of one desk, registered before the day starts (not timed). */
async function setUpDesk(client: DeskClient, index: number, items: number): Promise<Desk> {
  const name = `Desk ${index + 1}`;
  const borrowers: string[] = [];
  for (let b = 0; b < BORROWERS_PER_DESK; b++) {
    const registered = await client.post<{ id: string }>('/circulation/borrowers', { patronGroup: 'undergraduate', name: `Bench Borrower ${index}-${b}` });
    borrowers.push(registered.id);
  }
  const barcodes: string[] = [];
  for (let i = 0; i < items; i++) {
    const barcode = `BENCH-${index}-${i}`;
    await client.post('/circulation/items', {
      barcode,
      title: `Bench title ${index}-${i}`,
      titleId: `bench-title-${index}-${i}`,
      owningLocation: name,
      itemType: 'book',
      loanable: true,
    });
    barcodes.push(barcode);
  }
  return { name, borrowers, items: barcodes };
}

/**
 * One desk's day: check-outs round the desk's items and borrowers, each item checked in again once the desk has
 * OPEN_LOANS_PER_DESK out, every FINE_EVERY-th check-in followed by a payment (of the fine it charged, or of a
 * damage fee charged then), and at the end every loan still out checked in.
 */
async function runDesk(client: DeskClient, desk: Desk, loans: number, tally: Tally): Promise<void> {
  const out: { barcode: string; borrowerId: string }[] = [];
  const free = [...desk.items];
  const checkIn = async () => {
    const loan = out.shift();
    if (!loan) return;
    const answer = await client.post<{ fine?: { chargeId: string; amount: { minor: number; currency: string } } }>(
      '/circulation/check-ins',
      { itemBarcode: loan.barcode, desk: desk.name },
      tally.latencies,
    );
    tally.checkIns += 1;
    free.push(loan.barcode);
    if (tally.checkIns % FINE_EVERY !== 0 && !answer.fine) return;
    let charge = answer.fine;
    if (charge) tally.finesFromCheckIns += 1;
    else {
      const amount = { minor: 150, currency: CURRENCY };
      const charged = await client.post<{ id: string }>(
        `/circulation/borrowers/${loan.borrowerId}/charges`,
        { feeFineType: 'damaged-item', amount, desk: desk.name, description: 'Water damage on the cover' },
        tally.latencies,
      );
      tally.charges += 1;
      charge = { chargeId: charged.id, amount };
    }
    await client.post(
      `/circulation/borrowers/${loan.borrowerId}/payments`,
      { amount: charge.amount, method: 'cash', desk: desk.name, chargeIds: [charge.chargeId] },
      tally.latencies,
    );
    tally.payments += 1;
    tally.paidMinor += charge.amount.minor;
  };
  for (let n = 0; n < loans; n++) {
    if (out.length >= OPEN_LOANS_PER_DESK || free.length === 0) await checkIn();
    const barcode = free.shift() as string;
    const borrowerId = desk.borrowers[n % desk.borrowers.length];
    await client.post('/circulation/check-outs', { itemBarcode: barcode, borrowerId, desk: desk.name }, tally.latencies);
    tally.checkOuts += 1;
    out.push({ barcode, borrowerId });
  }
  while (out.length > 0) await checkIn();
}

async function projectionLag(dataDir: string): Promise<{ behind: number; slowest: string; head: number }> {
  const events = new SqliteEventStore({ file: join(dataDir, 'events.sqlite') });
  const reads = new SqliteReadStore({ file: join(dataDir, 'api-read-models.sqlite') });
  try {
    const statuses = await projectionStatuses(events, reads, ALL_PROJECTIONS);
    const slowest = statuses.reduce((worst, status) => (status.lag > worst.lag ? status : worst), statuses[0]);
    const behind = slowest?.lag ?? 0;
    return { behind, slowest: behind > 0 ? slowest.name : 'none behind', head: slowest?.headPosition ?? 0 };
  } finally {
    await reads.close();
    await events.close();
  }
}

type CirculationTotals = { checkOuts: number; checkIns: number; payments: number; paid: { minor: number; currency: string }[] };

/**
 * A day of a busy desk, over HTTP on the built API (ERA_MODE=all, its own empty log): `loans` check-outs and as many
 * check-ins spread over `desks` desks working at once, with fines and payments, as commands per second; then how
 * far the projections were behind when the last command was answered, and how long they took to catch up.
 */
export async function measureDeskDay(dir: string, loans: number, desks: number): Promise<DeskDayFigures> {
  const dataDir = join(dir, 'desk-day');
  mkdirSync(dataDir);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const api = startApi(dataDir, port, 'all', { LIBRARY_TIMEZONE: 'UTC' });
  try {
    await ready(dataDir, base, api, 'all');
    const client = new DeskClient(base);
    const setupStart = nowMs();
    const deskList: Desk[] = [];
    const items = itemsPerDesk(Math.ceil(loans / desks));
    for (let d = 0; d < desks; d++) deskList.push(await setUpDesk(client, d, items));
    const setupSeconds = (nowMs() - setupStart) / 1000;
    const setupCommands = desks * (BORROWERS_PER_DESK + items);
    const headBefore = (await projectionLag(dataDir)).head;

    const tally: Tally = { checkOuts: 0, checkIns: 0, charges: 0, payments: 0, finesFromCheckIns: 0, paidMinor: 0, latencies: [] };
    const start = nowMs();
    const share = (d: number) => Math.floor(loans / desks) + (d < loans % desks ? 1 : 0);
    let working = true;
    let peakBehindDuringDay = 0;
    const sampler = (async () => {
      while (working) {
        peakBehindDuringDay = Math.max(peakBehindDuringDay, (await projectionLag(dataDir)).behind);
        await pause(250);
      }
    })();
    await Promise.all(deskList.map((desk, d) => runDesk(client, desk, share(d), tally))).finally(() => (working = false));
    const seconds = (nowMs() - start) / 1000;
    await sampler;
    const answeredAt = nowMs();

    const atEnd = await projectionLag(dataDir);
    let now = atEnd;
    while (now.behind > 0) {
      await pause(50);
      now = await projectionLag(dataDir);
    }
    const catchUpSeconds = (nowMs() - answeredAt) / 1000;

    const total = tally.checkOuts + tally.checkIns + tally.charges + tally.payments;
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const stats = await client.get<{ circulation?: { totals: CirculationTotals } }>(`/desk/statistics?from=${day(-1)}&to=${day(1)}`);
    const counted = stats.circulation?.totals;
    const paid = counted?.paid.find((money) => money.currency === CURRENCY)?.minor ?? 0;
    const ok =
      counted !== undefined &&
      counted.checkOuts === tally.checkOuts &&
      counted.checkIns === tally.checkIns &&
      counted.payments === tally.payments &&
      paid === tally.paidMinor;
    return {
      desks,
      setup: { commands: setupCommands, seconds: setupSeconds },
      commands: { checkOuts: tally.checkOuts, checkIns: tally.checkIns, charges: tally.charges, payments: tally.payments, total },
      finesFromCheckIns: tally.finesFromCheckIns,
      events: atEnd.head - headBefore,
      seconds,
      commandsPerSecond: total / seconds,
      eventsPerSecond: (atEnd.head - headBefore) / seconds,
      latency: summarise(tally.latencies),
      lag: { eventsBehind: atEnd.behind, slowest: atEnd.slowest, headPosition: atEnd.head, peakBehindDuringDay, catchUpSeconds },
      statistics: {
        ok,
        detail: counted
          ? `desk statistics count ${counted.checkOuts} check-outs, ${counted.checkIns} check-ins, ${counted.payments} payments of ${paid} ${CURRENCY} minor units ` +
            `(the day did ${tally.checkOuts} / ${tally.checkIns} / ${tally.payments} / ${tally.paidMinor})`
          : 'GET /desk/statistics has no circulation section',
      },
    };
  } finally {
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    const killer = setTimeout(() => api.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(killer);
  }
}
