import { ALL_PROJECTIONS } from '@era/projection-catalogue';
import { ProjectionEngine, ProjectionStatus, recordHeartbeat } from '@era/projection-engine';
import { OpenStores } from '@era/platform';
import { captureIo, openTestStores, recordInquiry, tempDataDir, TempDataDir } from '../testing/cli-fixtures';
import { projectionsStatus } from './projections-status';

/** The version a projection is defined at now: what status, rebuilds and decisions name. */
const versionOf = (name: string): number => ALL_PROJECTIONS.find((projection) => projection.name === name)?.version ?? NaN;
const V = versionOf('desk-statistics');

describe('era projections status', () => {
  let dir: TempDataDir;
  let stores: OpenStores;

  beforeEach(async () => {
    dir = tempDataDir();
    stores = await openTestStores(dir.path);
    for (let i = 0; i < 3; i++) await recordInquiry(stores.events);
  });
  afterEach(async () => {
    await stores.close();
    dir.remove();
  });

  async function status(json = false) {
    const io = captureIo();
    const code = await projectionsStatus(stores, { json }, io);
    return { code, out: io.stdout(), err: io.stderr() };
  }

  /** What the service does: run the projections until they reflect the log, then stop. */
  async function runProjectionsOnce(): Promise<void> {
    const engine = new ProjectionEngine(stores.events, stores.reads, ALL_PROJECTIONS);
    await engine.start();
    expect(await engine.waitFor(await stores.events.headPosition())).toBe(true);
    await engine.stop();
  }

  it('lists every projection, even one that has never run', async () => {
    const { code, out } = await status();
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      'name                      version  serving  state    position  head  lag  rebuild  retries  fault',
      '------------------------  -------  -------  -------  --------  ----  ---  -------  -------  -----',
      `desk-statistics                 ${V}        -  stopped         0     3    3  -              0  -`,
      'desk-inquiries                  1        -  stopped         0     3    3  -              0  -',
      'licences                        3        -  stopped         0     3    3  -              0  -',
      'e-resource-register             1        -  stopped         0     3    3  -              0  -',
      'e-resource-access               1        -  stopped         0     3    3  -              0  -',
      'a-z                             1        -  stopped         0     3    3  -              0  -',
      'resource-audit                  1        -  stopped         0     3    3  -              0  -',
      'circulation-loans               2        -  stopped         0     3    3  -              0  -',
      'circulation-holds               1        -  stopped         0     3    3  -              0  -',
      'circulation-loan-history        1        -  stopped         0     3    3  -              0  -',
      'circulation-overrides           1        -  stopped         0     3    3  -              0  -',
      `circulation-statistics          ${versionOf('circulation-statistics')}        -  stopped         0     3    3  -              0  -`,
      'circulation-fee-fines           1        -  stopped         0     3    3  -              0  -',
      'circulation-borrowers           1        -  stopped         0     3    3  -              0  -',
      'title-a-z                       1        -  stopped         0     3    3  -              0  -',
      'projector last seen: never',
    ]);
  });

  it('says when the projector was last seen, and that it is silent once that is too long ago', async () => {
    await runProjectionsOnce();
    await recordHeartbeat(stores.reads, new Date('2026-12-03T12:00:00Z'));
    const { out } = await status();
    expect(out.split('\n').at(-1)).toBe('projector last seen: 2026-12-03T12:00:00.000Z (silent: its states may be out of date)');
  });

  it('shows the checkpoint once the projection has caught up', async () => {
    await runProjectionsOnce();
    await recordInquiry(stores.events);
    const { out } = await status();
    expect(out.split('\n')[2]).toBe(`desk-statistics                 ${V}        ${V}  stopped         3     4    1  -              0  -`);
  });

  it('shows a rebuild in progress with how far it got', async () => {
    await runProjectionsOnce();
    await stores.reads.commit({
      operations: [],
      checkpoints: [
        {
          slot: 'desk-statistics#rebuild',
          projection: 'desk-statistics',
          version: V,
          generation: `desk-statistics.v${V}.cafe0000`,
          position: 2,
          updatedAt: new Date().toISOString(),
        },
      ],
    });
    const { out } = await status();
    expect(out.split('\n')[2]).toBe(`desk-statistics                 ${V}        ${V}  rebuilding         3     3    0  2 / 3 (66%)        0  -`);
  });

  it('prints the statuses as JSON with --json', async () => {
    await runProjectionsOnce();
    const { code, out } = await status(true);
    expect(code).toBe(0);
    const statuses = JSON.parse(out) as ProjectionStatus[];
    expect(statuses).toEqual([
      expect.objectContaining({ name: 'desk-statistics', version: V, servingVersion: V, state: 'stopped', position: 3, headPosition: 3, lag: 0 }),
      expect.objectContaining({ name: 'desk-inquiries', version: 1, servingVersion: 1, state: 'stopped', position: 3, headPosition: 3, lag: 0 }),
      expect.objectContaining({ name: 'licences', version: 3, servingVersion: 3, state: 'stopped', position: 3, headPosition: 3, lag: 0 }),
      ...['e-resource-register', 'e-resource-access', 'a-z', 'resource-audit'].map((name) =>
        expect.objectContaining({ name, version: 1, servingVersion: 1, state: 'stopped', position: 3, headPosition: 3, lag: 0 }),
      ),
      expect.objectContaining({ name: 'circulation-loans', version: 2, servingVersion: 2, state: 'stopped', position: 3, headPosition: 3, lag: 0 }),
      ...[
        'circulation-holds',
        'circulation-loan-history',
        'circulation-overrides',
        'circulation-statistics',
        'circulation-fee-fines',
        'circulation-borrowers',
        'title-a-z',
      ].map((name) =>
        expect.objectContaining({ name, version: versionOf(name), servingVersion: versionOf(name), state: 'stopped', position: 3, headPosition: 3, lag: 0 }),
      ),
    ]);
    expect(statuses[0].generation).toMatch(new RegExp(`^desk-statistics\\.v${V}\\.[0-9a-f]{8}$`));
  });
});
