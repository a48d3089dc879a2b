import { ALL_PROJECTIONS } from '@era/projection-catalogue';
import { PROJECTION_DECISIONS_STREAM, ProjectionEngine } from '@era/projection-engine';
import { OpenStores } from '@era/platform';
import { captureIo, openTestStores, recordInquiry, tempDataDir, TempDataDir } from '../testing/cli-fixtures';
import { projectionsRetry, projectionsSkip } from './projections-decide';
import { projectionsStatus } from './projections-status';

/** The version desk-statistics is defined at now: what decisions name. */
const V = ALL_PROJECTIONS.find((projection) => projection.name === 'desk-statistics')?.version ?? NaN;

const admin = { id: 'admin-1', role: 'admin' };

describe('era projections skip and retry', () => {
  let dir: TempDataDir;
  let stores: OpenStores;
  let engine: ProjectionEngine;
  let poisonPosition: number;

  beforeEach(async () => {
    dir = tempDataDir();
    stores = await openTestStores(dir.path);
    await recordInquiry(stores.events);
    // Bypassing the decider, as an old bug or a hand-made import might have: desk-statistics cannot bucket this time.
    poisonPosition = (await recordInquiry(stores.events, { occurredAt: 'the day before yesterday' })).position;
    await recordInquiry(stores.events);
    // Beating its heartbeat as a projector does, so that the CLI trusts the states it records.
    engine = new ProjectionEngine(stores.events, stores.reads, ALL_PROJECTIONS, { retry: { baseMs: 20, capMs: 100 }, decisionPollMs: 20, heartbeatMs: 100 });
    await engine.start();
    await until(async () => (await statusOf('desk-statistics')).state === 'poisoned');
  });
  afterEach(async () => {
    await engine.stop();
    await stores.close();
    dir.remove();
  });

  const statusOf = async (name: string) => (await engine.status()).find((status) => status.name === name)!;

  async function decisions() {
    const recorded = [];
    for await (const event of stores.rawEvents.readStream(PROJECTION_DECISIONS_STREAM)) recorded.push(event);
    return recorded;
  }

  it('shows the poisoned projection with the position it stopped at, while the others go on', async () => {
    await until(async () => (await statusOf('desk-inquiries')).state === 'live');
    const io = captureIo();
    expect(await projectionsStatus(stores, { json: true }, io)).toBe(0);
    const statuses = JSON.parse(io.stdout()) as { name: string; state: string; position: number; poison?: { position: number; eventType: string } }[];
    const statistics = statuses.find((status) => status.name === 'desk-statistics');
    expect(statistics).toMatchObject({ state: 'poisoned', position: poisonPosition - 1, poison: { position: poisonPosition, eventType: 'InquiryRecorded' } });
    expect(statuses.find((status) => status.name === 'desk-inquiries')).toMatchObject({ state: 'live', position: 3 });
    const table = captureIo();
    await projectionsStatus(stores, {}, table);
    expect(table.stdout()).toContain(`stopped at position ${poisonPosition} (InquiryRecorded)`);
  });

  it('moves past the event once an administrator skips it, the decision recorded as an event with who and why', async () => {
    const io = captureIo();
    const code = await projectionsSkip(stores, { name: 'desk-statistics', position: String(poisonPosition), reason: 'unreadable time, ticket 42' }, io, admin);
    expect(io.stderr()).toBe('');
    expect(code).toBe(0);
    await until(async () => (await statusOf('desk-statistics')).state === 'live');
    expect((await statusOf('desk-statistics')).position).toBe(await stores.events.headPosition());
    const [decision] = await decisions();
    expect(decision).toMatchObject({
      type: 'ProjectionEventSkipped',
      data: { projection: 'desk-statistics', version: V, position: poisonPosition, eventType: 'InquiryRecorded' },
      metadata: { actor: admin, reason: 'unreadable time, ticket 42', source: 'cli' },
    });
  });

  it('refuses a skip of another position, without a reason, or by someone other than an administrator, recording nothing', async () => {
    const desk = { id: 'desk-1', role: 'desk' };
    const skip = (name: string, position: number | string, reason: string, actor = admin) => {
      const io = captureIo();
      return projectionsSkip(stores, { name, position: String(position), reason }, io, actor).then((code) => [code, io.stderr().trim()]);
    };
    expect(
      await Promise.all([
        skip('desk-statistics', poisonPosition + 1, 'x'),
        skip('desk-statistics', poisonPosition, '  '),
        skip('desk-statistics', poisonPosition, 'x', desk),
        skip('desk-inquiries', poisonPosition, 'x'),
        skip('desk-statistics', '1e3', 'x'),
        skip('desk-statistic', poisonPosition, 'x'),
      ]),
    ).toEqual([
      [1, `error: desk-statistics is stopped at position ${poisonPosition}, not ${poisonPosition + 1}: nothing skipped`],
      [1, 'error: --reason is required: say why the event may be skipped (it is recorded with the decision)'],
      [1, 'error: deciding on a stopped projection is for an administrator; desk-1 is desk'],
      [1, expect.stringMatching(/^error: desk-inquiries is not stopped on an event \(state: /)],
      [1, 'error: --position must be the global position of the poisoned event'],
      [1, expect.stringMatching(/^error: unknown projection "desk-statistic"; known projections: .*desk-statistics/)],
    ]);
    expect(await decisions()).toEqual([]);
    expect((await statusOf('desk-statistics')).state).toBe('poisoned');
  });

  it('tries the event again on retry, and stops on it again while it still fails', async () => {
    const firstMet = (await statusOf('desk-statistics')).poison?.since;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const io = captureIo();
    expect(await projectionsRetry(stores, { name: 'desk-statistics' }, io, admin)).toBe(0);
    expect((await decisions()).map((event) => event.type)).toEqual(['ProjectionRetryRequested']);
    // Met again: a new poisoning, at the same event.
    await until(async () => (await statusOf('desk-statistics')).poison?.since !== firstMet);
    expect(await statusOf('desk-statistics')).toMatchObject({ state: 'poisoned', poison: { position: poisonPosition } });
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
