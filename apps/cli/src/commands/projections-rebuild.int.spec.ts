import { ALL_PROJECTIONS } from '@era/projection-catalogue';
import { computeDeskStatistics, DESK_STATISTICS, StatisticsQuery } from '@era/projection-desk-statistics';
import { liveView, ProjectionEngine } from '@era/projection-engine';
import { OpenStores } from '@era/platform';
import { captureIo, openTestStores, recordHeadcount, recordInquiry, recordManyInquiries, tempDataDir, TempDataDir, voidInquiry } from '../testing/cli-fixtures';
import { projectionsRebuild } from './projections-rebuild';

/** The version desk-statistics is defined at now: what rebuilds name. */
const V = ALL_PROJECTIONS.find((projection) => projection.name === DESK_STATISTICS)?.version ?? NaN;

const query: StatisticsQuery = {
  from: Date.parse('2026-01-01T00:00:00Z'),
  to: Date.parse('2027-01-01T00:00:00Z'),
  groupBy: ['day', 'location', 'channel'],
  timeZone: 'Europe/Berlin',
};

describe('era projections rebuild', () => {
  let dir: TempDataDir;
  let stores: OpenStores;

  beforeEach(async () => {
    dir = tempDataDir();
    stores = await openTestStores(dir.path);
    const voided = await recordInquiry(stores.events, { durationMinutes: 9 });
    await recordInquiry(stores.events, { occurredAt: '2026-03-02T22:30:00Z', location: 'law', channel: 'chat', durationMinutes: 5 });
    await recordInquiry(stores.events, { occurredAt: '2026-03-03T09:00:00Z', channel: 'phone', questionType: 'reference', readLevel: 4, durationMinutes: 30 });
    await recordHeadcount(stores.events, 'main', '2026-03-02T08:00:00Z', 40);
    await voidInquiry(stores.events, (voided.events[0].data as { inquiryId: string }).inquiryId);
  });
  afterEach(async () => {
    await stores.close();
    dir.remove();
  });

  const CATCH_UP_MS = 60_000;

  /** The projections as the service runs them, on connections of their own (as a second process would have). */
  async function startService(): Promise<{ engine: ProjectionEngine; stores: OpenStores; stop(): Promise<void> }> {
    const service = await openTestStores(dir.path);
    const engine = new ProjectionEngine(service.events, service.reads, ALL_PROJECTIONS);
    await engine.start();
    // Catching up on thousands of events is the set-up, not what is tested: on a busy 2-core machine it can take
    // longer than the engine's default 5 s wait.
    expect(await engine.waitFor(await service.events.headPosition(), CATCH_UP_MS)).toBe(true);
    return {
      engine,
      stores: service,
      stop: async () => {
        await engine.stop();
        await service.close();
      },
    };
  }

  async function rebuild(options: Partial<Parameters<typeof projectionsRebuild>[1]> = {}) {
    const io = captureIo();
    const code = await projectionsRebuild(stores, { name: DESK_STATISTICS, dropAfterMs: 0, ...options }, io);
    return { code, out: io.stdout(), err: io.stderr() };
  }

  const statistics = async () => computeDeskStatistics(await liveView(stores.reads, DESK_STATISTICS), query);
  const generationCollections = async (generation: string) => (await stores.reads.listCollections()).filter((name) => name.startsWith(`${generation}.`));

  it('rebuilds into a new generation that gives the same statistics, and drops the replaced one', async () => {
    const service = await startService();
    await service.stop();
    const before = await stores.reads.readCheckpoint(DESK_STATISTICS);
    const expected = await statistics();
    expect(expected.totals).toEqual({ inquiries: 2, minutes: 35, headcount: 40 });

    const { code, out, err } = await rebuild({ dropReplaced: true });

    expect(code).toBe(0);
    const after = await stores.reads.readCheckpoint(DESK_STATISTICS);
    expect(after?.generation).not.toBe(before?.generation);
    expect(after?.position).toBe(5);
    expect(out).toMatch(
      new RegExp(
        `^desk-statistics: rebuilt v${V} up to position 5 in \\d+\\.\\d s; now serving generation ${after?.generation} \\(replacing ${before?.generation}\\)$`,
      ),
    );
    expect(err).toContain(`desk-statistics: rebuilding v${V} from position 0 (head 5)`);
    expect(err).toContain(`desk-statistics: dropped replaced generation ${before?.generation}`);
    expect(await statistics()).toEqual(expected);
    expect(await generationCollections(before!.generation)).toEqual([]);
    expect(await stores.reads.readCheckpoint(`${DESK_STATISTICS}#rebuild`)).toBeUndefined();
  });

  it('builds a projection that has never run', async () => {
    const { code } = await rebuild();
    expect(code).toBe(0);
    expect((await statistics()).totals).toEqual({ inquiries: 2, minutes: 35, headcount: 40 });
  });

  it('swaps under a running service, which carries on in the new generation', async () => {
    const service = await startService();
    try {
      const expected = await statistics();
      const before = await stores.reads.readCheckpoint(DESK_STATISTICS);
      const { code, err } = await rebuild();
      expect(code).toBe(0);
      expect(err).toContain(`the replaced generation ${before?.generation} stays until the service next starts`);
      expect(await generationCollections(before!.generation)).not.toEqual([]);
      const rebuilt = await stores.reads.readCheckpoint(DESK_STATISTICS);
      expect(await statistics()).toEqual(expected);

      // The service notices the swap through the checkpoint compare-and-set and projects new events into the new generation.
      const appended = await recordInquiry(stores.events, { occurredAt: '2026-03-04T10:00:00Z', durationMinutes: 7 });
      expect(await service.engine.waitFor(appended.position)).toBe(true);
      expect((await stores.reads.readCheckpoint(DESK_STATISTICS))?.generation).toBe(rebuilt?.generation);
      expect((await statistics()).totals).toEqual({ inquiries: 3, minutes: 42, headcount: 40 });
    } finally {
      await service.stop();
    }
  });

  it('refuses an unknown projection with exit code 1, listing the known ones', async () => {
    const { code, out, err } = await rebuild({ name: 'desk-statistic' });
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(
      'error: unknown projection "desk-statistic"; known projections: desk-statistics, desk-inquiries, licences, e-resource-register, e-resource-access, a-z, resource-audit, circulation-loans, circulation-holds, circulation-loan-history, circulation-overrides, circulation-statistics, circulation-fee-fines, circulation-borrowers, title-a-z',
    );
  });

  it('does not take over a rebuild that another process is running, unless forced', async () => {
    const service = await startService();
    await service.stop();
    const running = { slot: 'desk-statistics#rebuild', projection: DESK_STATISTICS, version: V, generation: `desk-statistics.v${V}.0badc0de`, position: 2 };
    await stores.reads.commit({ operations: [], checkpoints: [{ ...running, updatedAt: new Date().toISOString() }] });

    const refused = await rebuild();
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^error: desk-statistics is being rebuilt by another process right now .*pass --force to take over$/);

    const forced = await rebuild({ force: true });
    expect(forced.code).toBe(0);
    expect(forced.err).toContain(`taking over an unfinished rebuild (generation desk-statistics.v${V}.0badc0de, stopped at position 2)`);
    expect(await stores.reads.readCheckpoint(`${DESK_STATISTICS}#rebuild`)).toBeUndefined();
  });

  it('takes over a rebuild left behind long ago without being forced', async () => {
    const stale = { slot: 'desk-statistics#rebuild', projection: DESK_STATISTICS, version: V, generation: `desk-statistics.v${V}.5ca1ab1e`, position: 1 };
    await stores.reads.commit({ operations: [], checkpoints: [{ ...stale, updatedAt: '2026-01-01T00:00:00.000Z' }] });
    expect((await rebuild()).code).toBe(0);
  });

  it(
    'throws the unfinished generation away when interrupted, leaving the live one serving',
    async () => {
      await recordManyInquiries(stores.events, 3, 5000);
      const service = await startService();
      await service.stop();
      const before = await stores.reads.readCheckpoint(DESK_STATISTICS);
      const expected = await statistics();
      const collectionsBefore = await stores.reads.listCollections();

      const interrupt = new AbortController();
      const io = captureIo();
      const progress = io.err;
      io.err = (line) => {
        progress(line);
        if (/^desk-statistics: \d+ \/ \d+/.test(line)) interrupt.abort();
      };
      const code = await projectionsRebuild(stores, { name: DESK_STATISTICS, signal: interrupt.signal, dropAfterMs: 0 }, io);

      expect(code).toBe(130);
      expect(io.stdout()).toBe('');
      expect(io.stderr()).toMatch(new RegExp(`desk-statistics: rebuild interrupted at position \\d+; still serving ${before?.generation}$`));
      expect(await stores.reads.readCheckpoint(DESK_STATISTICS)).toEqual(before);
      expect(await stores.reads.readCheckpoint(`${DESK_STATISTICS}#rebuild`)).toBeUndefined();
      expect(await stores.reads.listCollections()).toEqual(collectionsBefore);
      expect(await statistics()).toEqual(expected);
    },
    2 * CATCH_UP_MS,
  );

  it('never writes to the event store', async () => {
    const head = await stores.events.headPosition();
    await rebuild();
    expect(await stores.events.headPosition()).toBe(head);
  });
});
