import { EventStore, RecordedEvent } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { SEAL_STREAM } from '@era/ledger-integrity';
import { handleSealLedger, LedgerSealRefusal, SealRequest } from './seal-ledger';

const request = (role: string): SealRequest => ({ actor: { id: `s-${role}`, role }, correlationId: 'review-2026', causationId: 'c-1', source: 'api' });
const sealWith = (reason?: string) => ({ type: 'SealLedger' as const, data: { reason } });

describe('sealing the ledger (the one path for the API and the CLI)', () => {
  let store: EventStore;
  beforeEach(async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    await store.append('desk-inquiry-a', [{ type: 'InquiryRecorded', data: { n: 1 } }], { expectedRevision: 'no_stream', metadata: request('desk') });
  });
  afterEach(() => store.close());

  async function sealEvents(): Promise<RecordedEvent[]> {
    const all: RecordedEvent[] = [];
    for await (const event of store.readStream(SEAL_STREAM)) all.push(event);
    return all;
  }

  it.each(['admin', 'librarian'])('seals for the %s, recording the reason trimmed and the request as given', async (role) => {
    const receipt = await handleSealLedger(store, sealWith('  year-end review  '), request(role));
    expect(receipt).toMatchObject({ sealedThroughPosition: 1, streamCount: 1, position: 2 });
    const [event] = await sealEvents();
    expect(event.metadata).toEqual({
      actor: { id: `s-${role}`, role },
      reason: 'year-end review',
      correlationId: 'review-2026',
      causationId: 'c-1',
      source: 'api',
      recordedAt: expect.any(String),
    });
  });

  it('records no reason for a blank one', async () => {
    await handleSealLedger(store, sealWith('   '), request('admin'));
    const [event] = await sealEvents();
    expect(event.metadata).not.toHaveProperty('reason');
  });

  it.each(['associate', 'desk', 'student', 'auditor'])('refuses the %s, appending nothing', async (role) => {
    const refusal = handleSealLedger(store, sealWith(), request(role));
    await expect(refusal).rejects.toThrow(
      new LedgerSealRefusal('sealer-role-required', `sealing the ledger is for an administrator or the librarian; s-${role} is ${role}`),
    );
    expect(await store.headPosition()).toBe(1);
  });

  it('refuses a reason that carries a credential, without repeating it, appending nothing', async () => {
    const refusal = handleSealLedger(store, sealWith('vendor portal password: hunter2'), request('librarian'));
    await expect(refusal).rejects.toMatchObject({
      rule: 'credential-in-reason',
      kind: 'invalid',
      message: 'reason must not contain a password or other credential (keep vendor logins in the password manager)',
    });
    expect(await store.headPosition()).toBe(1);
  });
});
