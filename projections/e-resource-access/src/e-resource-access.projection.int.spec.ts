import { AppendMetadata } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { IP_RANGES_STREAM, IpRangeEvent, VendorAccountEvent, vendorAccountStream } from '@era/e-resources-domain';
import { replayProjection } from '@era/projection-engine';
import { SqliteReadStore } from '@era/read-store-sqlite';
import {
  eResourceAccessProjection,
  IP_RANGE_LIST,
  IP_RANGES,
  IpRangeListing,
  THE_LIST,
  VENDOR_ACCOUNTS,
  VendorAccountListing,
  VendorListing,
  VENDORS,
} from './e-resource-access.projection';

const metadata = (id: string, role: string): AppendMetadata => ({ actor: { id, role }, correlationId: 'c', causationId: 'c', source: 'api' });
const ACCOUNT = '6a1f3c8e-6f7e-4d1a-9c55-3f1f4b2a9e10';

describe('e-resource-access projection (real SQLite event store and read store)', () => {
  let events: SqliteEventStore;
  let scratch: SqliteReadStore;
  const ranges = (event: IpRangeEvent) => events.append(IP_RANGES_STREAM, [event], { expectedRevision: 'any', metadata: metadata('s-associate', 'associate') });
  const account = (event: VendorAccountEvent, actor = 's-associate') =>
    events.append(vendorAccountStream(ACCOUNT), [event], { expectedRevision: 'any', metadata: metadata(actor, 'associate') });

  beforeAll(async () => {
    events = new SqliteEventStore({ file: ':memory:' });
    scratch = new SqliteReadStore({ file: ':memory:' });
    const v4 = { family: 'ipv4' as const, range: '192.0.2.0/24', firstAddress: '192.0.2.0', lastAddress: '192.0.2.255', label: 'Campus' };
    await ranges({ type: 'IpRangeAdded', data: { rangeId: 'r1', ...v4, listVersion: 1 } });
    await ranges({
      type: 'IpRangeAdded',
      data: { rangeId: 'r2', ...v4, range: '198.51.100.0/24', firstAddress: '198.51.100.0', lastAddress: '198.51.100.255', listVersion: 2 },
    });
    await ranges({ type: 'IpRangesSentToVendor', data: { sendingId: 's2', organisationId: 'org-a', version: 2, sentOn: '2026-02-01', method: 'email' } });
    // A sending of an older version recorded afterwards does not make the vendor's newest version older.
    await ranges({ type: 'IpRangesSentToVendor', data: { sendingId: 's1', organisationId: 'org-a', version: 1, sentOn: '2026-01-01', method: 'portal' } });
    await ranges({ type: 'IpRangeRemoved', data: { rangeId: 'r1', range: '192.0.2.0/24', reason: 'returned', listVersion: 3 } });
    await account({
      type: 'VendorAccountRegistered',
      data: { accountId: ACCOUNT, organisationId: 'org-b', adminUrl: 'https://admin.example/', userName: 'lib' },
    });
    await account({
      type: 'VendorAccountSecretSet',
      data: { accountId: ACCOUNT, kind: 'password', secretRef: 'ref-1', keyId: 'k1', setAt: '2026-02-02T10:00:00.000Z' },
    });
    await account({
      type: 'VendorAccountSecretRotated',
      data: { accountId: ACCOUNT, kind: 'api-key', secretRef: 'ref-2', keyId: 'k2', setAt: '2026-02-03T10:00:00.000Z' },
    });
    await account({ type: 'VendorAccountSecretRevealed', data: { accountId: ACCOUNT, kind: 'api-key' } }, 's-librarian');
  });
  afterAll(async () => {
    await scratch.close();
    await events.close();
  });

  it('keeps the list version, each range with its status, the vendors with their newest version sent, and accounts without secrets', async () => {
    const { view } = await replayProjection(events, scratch, eResourceAccessProjection, {});
    expect(await view.get(IP_RANGE_LIST, THE_LIST)).toMatchObject({ version: 3 });
    expect(await view.get<IpRangeListing>(IP_RANGES, 'r1')).toMatchObject({
      status: 'removed',
      removedInVersion: 3,
      removalReason: 'returned',
      addedBy: 's-associate',
    });
    expect(await view.get<IpRangeListing>(IP_RANGES, 'r2')).toMatchObject({ status: 'current', addedInVersion: 2 });
    expect(await view.get<VendorListing>(VENDORS, 'org-a')).toMatchObject({ accounts: 0, lastSentVersion: 2, lastSentOn: '2026-02-01' });
    expect(await view.get<VendorListing>(VENDORS, 'org-b')).toMatchObject({ accounts: 1 });
    const listing = await view.get<VendorAccountListing>(VENDOR_ACCOUNTS, ACCOUNT);
    expect(listing).toMatchObject({
      secretSet: true,
      kind: 'api-key',
      keyId: 'k2',
      setAt: '2026-02-03T10:00:00.000Z',
      reveals: 1,
      lastRevealedBy: 's-librarian',
    });
    expect(listing).not.toHaveProperty('secretRef');
  });
});
