import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { verifyEventStore } from '@era/ledger-integrity';
import { azProjection, listedOn } from '@era/projection-a-z';
import { replayProjection } from '@era/projection-engine';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { AzLog, generateAzLog } from './a-z-log';

describe('the A-Z bench log', () => {
  let dir: string;
  let log: AzLog;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'era-a-z-log-'));
    log = await generateAzLog(join(dir, 'events.sqlite'), 80, 800);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('registers every resource and holds nearly every activation event asked for, of every kind', () => {
    const { EResourceRegistered, ...activationCounts } = log.counts;
    const activationEvents = Object.values(activationCounts).reduce((a, b) => a + b, 0);

    expect(EResourceRegistered).toBe(80);
    expect(activationEvents).toBeLessThanOrEqual(800);
    expect(activationEvents).toBeGreaterThan(760);
    expect(log.events).toBe(EResourceRegistered + activationEvents);
    for (const count of Object.values(activationCounts)) expect(count).toBeGreaterThan(0);
  });

  it('is a log the ledger verifies: real envelopes and hash chains', async () => {
    const events = new SqliteEventStore({ file: log.file });
    try {
      const report = await verifyEventStore(events);

      expect(report.ok).toBe(true);
      expect(report.eventsChecked).toBe(log.events);
    } finally {
      await events.close();
    }
  });

  it('puts on today’s list, through the a-z projection, exactly the resources the generator counted', async () => {
    const events = new SqliteEventStore({ file: log.file });
    const scratch = new SqliteReadStore({ file: ':memory:' });
    try {
      const { view } = await replayProjection(events, scratch, azProjection, {});
      const listed = await listedOn(view, { activeOn: log.today, knownAt: new Date().toISOString() });

      expect(log.expectedListedToday).toBeGreaterThan(20);
      expect(listed).toHaveLength(log.expectedListedToday);
    } finally {
      await scratch.close();
      await events.close();
    }
  });
});
