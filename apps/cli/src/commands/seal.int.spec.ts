import { LedgerSealReceipt, readLedgerSeals, RecordedLedgerSeal, SEAL_STREAM } from '@era/ledger-integrity';
import { OpenStores } from '@era/platform';
import { captureIo, openTestStores, recordInquiry, tempDataDir, TempDataDir } from '../testing/cli-fixtures';
import { cliActor, cliStaffDirectory, seal } from './seal';

describe('era seal', () => {
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

  async function run(options: Parameters<typeof seal>[1] = {}, actor: Parameters<typeof seal>[3] = { id: 'ops-anna', role: 'admin' }) {
    const io = captureIo();
    const code = await seal(stores, options, io, actor);
    return { code, out: io.stdout(), err: io.stderr() };
  }

  async function seals(): Promise<RecordedLedgerSeal[]> {
    const all: RecordedLedgerSeal[] = [];
    for await (const recorded of readLedgerSeals(stores.rawEvents)) all.push(recorded);
    return all;
  }

  it('records a seal of every stream and prints its digest on stdout', async () => {
    const { code, out, err } = await run();
    expect(code).toBe(0);
    const [recorded] = await seals();
    expect(out.split('\n')).toEqual([`sealed 3 streams through position 3 (seal recorded at position 4)`, `digest ${recorded.seal.digest}`]);
    expect(err).toBe(`keep the digest outside the system; check it later with: era verify --seal-digest ${recorded.seal.digest}`);
    expect(recorded.seal).toMatchObject({ sealedThroughPosition: 3, streamCount: 3 });
  });

  it('refuses a reason that carries a credential, recording nothing', async () => {
    const head = await stores.rawEvents.headPosition();
    const { code, err } = await run({ reason: 'vendor portal password: hunter2' });
    expect(code).toBe(1);
    expect(err).toBe('error: --reason must not contain a password or other credential (keep vendor logins in the password manager)');
    expect(err).not.toContain('hunter2');
    expect(await stores.rawEvents.headPosition()).toBe(head);
  });

  it('records who sealed it, from the CLI, with the reason given', async () => {
    await run({ reason: '  year-end review  ' });
    const [event] = await collect(stores.rawEvents.readStream(SEAL_STREAM));
    expect(event.metadata).toMatchObject({ actor: { id: 'ops-anna', role: 'admin' }, source: 'cli', reason: 'year-end review' });
  });

  it('prints the receipt as JSON with --json', async () => {
    await run();
    const { code, out } = await run({ json: true });
    expect(code).toBe(0);
    const receipt = JSON.parse(out) as LedgerSealReceipt;
    // The second seal covers the first one too: 3 desk streams and the seal stream.
    expect(receipt).toEqual({ digest: expect.stringMatching(/^[0-9a-f]{64}$/), sealedThroughPosition: 4, streamCount: 4, position: 5 });
    expect((await seals())[1].seal.digest).toBe(receipt.digest);
  });

  it('records a CLI seal as the staff member whose ERA_STAFF_TOKEN it is', () => {
    const staff = cliStaffDirectory({ identity: { developmentTokens: true, production: false } });
    expect(cliActor(staff, { ERA_STAFF_TOKEN: ' dev-librarian-token ' } as NodeJS.ProcessEnv)).toEqual({ id: 's-librarian', role: 'librarian' });
    expect(cliActor(staff, { ERA_STAFF_TOKEN: 'dev-admin-token' } as NodeJS.ProcessEnv)).toEqual({ id: 's-admin', role: 'admin' });
    expect(() => cliActor(staff, {} as NodeJS.ProcessEnv)).toThrow(/set ERA_STAFF_TOKEN/);
    expect(() => cliActor(staff, { ERA_STAFF_TOKEN: 'not-a-token' } as NodeJS.ProcessEnv)).toThrow(/not the token of any staff member/);
    expect(() => cliStaffDirectory({ identity: { developmentTokens: false, production: false } })).toThrow(
      /set STAFF_FILE \(or, for development only, ERA_DEV_TOKENS=true\)/,
    );
  });

  it('refuses to seal for anyone but an admin or the librarian, recording nothing', async () => {
    const staff = cliStaffDirectory({ identity: { developmentTokens: true, production: false } });
    const associate = cliActor(staff, { ERA_STAFF_TOKEN: 'dev-associate-token' } as NodeJS.ProcessEnv);
    const head = await stores.rawEvents.headPosition();
    const { code, out, err } = await run({}, associate);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('error: sealing the ledger is for an administrator or the librarian; s-associate is associate');
    expect(await stores.rawEvents.headPosition()).toBe(head);
  });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
