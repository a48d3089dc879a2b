import { randomUUID } from 'node:crypto';
import { collect } from '@era/api-testing';
import { CirculationEvent, itemStreamId, LOAN_HISTORY_RETENTION_STREAM } from '@era/circulation-domain';
import { fixedClock } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { loadConfig, OpenStores } from '@era/platform';
import { ALL_PROJECTIONS } from '@era/projection-catalogue';
import { CIRCULATION_LOAN_HISTORY, CLOSED_LOANS, ClosedLoanListing } from '@era/projection-circulation-loan-history';
import { liveView, ProjectionEngine } from '@era/projection-engine';
import { captureIo, openTestStores, tempDataDir, TempDataDir } from '../testing/cli-fixtures';
import { anonymiseLoanHistoryCli } from './circulation-anonymise-loan-history';

const desk: AppendMetadata = { actor: { id: 's-desk', role: 'desk' }, correlationId: 'c', causationId: 'c', source: 'api' };
const manager = { id: 'ops-cron', role: 'desk-head' };

describe('era circulation anonymise-loan-history', () => {
  let dir: TempDataDir;
  let stores: OpenStores;
  const borrowerId = randomUUID();

  /** The service's projector, caught up once (the CLI runs none). */
  async function project(): Promise<void> {
    const engine = new ProjectionEngine(stores.events, stores.reads, ALL_PROJECTIONS);
    await engine.start();
    expect(await engine.waitFor(await stores.events.headPosition())).toBe(true);
    await engine.stop();
  }

  async function loan(loanId: string, returnDate: string): Promise<void> {
    const barcode = `cli-${loanId.slice(0, 8)}`;
    const events: CirculationEvent[] = [
      { type: 'ItemRegistered', data: { barcode, title: 'Dune', titleId: 'title-dune', owningLocation: 'main-desk', itemType: 'book', loanable: true } },
      {
        type: 'ItemCheckedOut',
        data: {
          barcode,
          loanId,
          borrowerId,
          desk: 'main-desk',
          loanDate: '2026-09-01T10:00:00.000Z',
          dueDate: '2026-09-29T23:59:59.999Z',
          loanPolicyId: 'p',
          action: 'checkedout',
          overrides: [],
        },
      },
      { type: 'ItemCheckedIn', data: { barcode, desk: 'main-desk', returnDate, loanId, borrowerId, action: 'checkedin', previousStatus: 'checked out' } },
    ];
    await stores.events.append(itemStreamId(barcode), events, { expectedRevision: 'no_stream', metadata: desk });
  }

  async function run(env: Record<string, string> = {}, actor = manager, json = false) {
    const io = captureIo();
    const config = loadConfig({ DATA_DIR: dir.path, ...env } as NodeJS.ProcessEnv, []);
    const code = await anonymiseLoanHistoryCli(stores, config, { json }, io, actor, fixedClock('2026-12-01T10:00:00Z'));
    return { code, out: io.stdout(), err: io.stderr() };
  }

  const [old, recent] = [randomUUID(), randomUUID()];
  beforeEach(async () => {
    dir = tempDataDir();
    stores = await openTestStores(dir.path);
    await loan(old, '2026-09-20T10:00:00.000Z');
    await loan(recent, '2026-11-20T10:00:00.000Z');
    await project();
  });
  afterEach(async () => {
    await stores.close();
    dir.remove();
  });

  it('anonymises the loans closed before the cut-off as the configured manager, from the CLI', async () => {
    const { code, out } = await run();
    expect(code).toBe(0);
    expect(out).toBe('anonymised 1 closed loans returned before 2026-11-01T10:00:00.000Z (retention 30 days)');
    const [event] = await collect(stores.events.readStream(LOAN_HISTORY_RETENTION_STREAM));
    expect(event).toMatchObject({ type: 'LoanHistoryAnonymised', data: { loanIds: [old] }, metadata: { actor: manager, source: 'cli' } });

    await project();
    const view = await liveView(stores.reads, CIRCULATION_LOAN_HISTORY);
    expect((await view.get<ClosedLoanListing>(CLOSED_LOANS, old))?.borrowerId).toBeNull();
    expect((await view.get<ClosedLoanListing>(CLOSED_LOANS, recent))?.borrowerId).toBe(borrowerId);
    expect((await run()).out).toBe('anonymised 0 closed loans returned before 2026-11-01T10:00:00.000Z (retention 30 days)');
  });

  it('takes the retention period from LOAN_HISTORY_RETENTION_DAYS, and prints JSON with --json', async () => {
    const { code, out } = await run({ LOAN_HISTORY_RETENTION_DAYS: '7' }, manager, true);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ retentionDays: 7, cutOff: '2026-11-24T10:00:00.000Z', anonymised: 2, more: false });
  });

  it('refuses a staff member who is no circulation manager, recording nothing', async () => {
    const head = await stores.events.headPosition();
    const { code, err } = await run({}, { id: 's-desk', role: 'desk' });
    expect(code).toBe(1);
    expect(err).toMatch(/only a circulation manager .* may apply the retention policy/);
    expect(await stores.events.headPosition()).toBe(head);
  });
});
