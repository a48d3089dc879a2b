import { IpRangeEvent, SecretKind, VendorAccountEvent } from '@era/e-resources-domain';
import { defineProjection, ProjectionContext } from '@era/projection-engine';

export const E_RESOURCE_ACCESS = 'e-resource-access';
export const IP_RANGES = 'ip-ranges';
export const IP_RANGE_LIST = 'ip-range-list';
export const IP_RANGE_SENDINGS = 'ip-range-sendings';
export const VENDORS = 'vendors';
export const VENDOR_ACCOUNTS = 'vendor-accounts';
/** The one document of IP_RANGE_LIST. */
export const THE_LIST = 'list';

export type IpRangeListing = {
  id: string;
  family: 'ipv4' | 'ipv6';
  range: string;
  firstAddress: string;
  lastAddress: string;
  label: string;
  note?: string;
  status: 'current' | 'removed';
  addedInVersion: number;
  addedAt: string;
  addedBy: string;
  removedInVersion?: number;
  removalReason?: string;
};

export type IpRangeListVersion = { id: string; version: number; changedAt: string };

export type IpRangeSendingListing = {
  id: string;
  organisationId: string;
  version: number;
  sentOn: string;
  method: string;
  note?: string;
  recordedAt: string;
  recordedBy: string;
};

/** An organisation the library deals with about access: it holds an account or was sent the ranges. */
export type VendorListing = {
  id: string;
  accounts: number;
  lastSentVersion?: number;
  lastSentOn?: string;
};

/** A vendor account as staff see it: never the secret, only whether one is set, when and under which key. */
export type VendorAccountListing = {
  id: string;
  organisationId: string;
  adminUrl: string;
  userName: string;
  notes?: string;
  registeredAt: string;
  registeredBy: string;
  secretSet: boolean;
  kind?: SecretKind;
  setAt?: string;
  keyId?: string;
  reveals: number;
  lastRevealedAt?: string;
  lastRevealedBy?: string;
  revision: number;
};

type AccessEvent = IpRangeEvent | VendorAccountEvent;

export const eResourceAccessProjection = defineProjection<AccessEvent>({
  name: E_RESOURCE_ACCESS,
  version: 1,
  collections: [
    { name: IP_RANGES, indexes: ['status', 'range'] },
    { name: IP_RANGE_LIST, indexes: [] },
    { name: IP_RANGE_SENDINGS, indexes: ['organisationId', 'sentOn'] },
    { name: VENDORS, indexes: [] },
    { name: VENDOR_ACCOUNTS, indexes: ['organisationId', 'userName'] },
  ],
  handlers: {
    IpRangeAdded: (event, context) => {
      const { rangeId, listVersion, ...range } = event.data;
      context.put(IP_RANGES, {
        id: rangeId,
        ...range,
        status: 'current',
        addedInVersion: listVersion,
        addedAt: event.metadata.recordedAt,
        addedBy: event.metadata.actor.id,
      });
      context.put(IP_RANGE_LIST, { id: THE_LIST, version: listVersion, changedAt: event.metadata.recordedAt });
    },
    IpRangeRemoved: async (event, context) => {
      const { rangeId, listVersion, reason } = event.data;
      const listing = await context.get<IpRangeListing>(IP_RANGES, rangeId);
      if (listing) context.put(IP_RANGES, { ...listing, status: 'removed', removedInVersion: listVersion, removalReason: reason });
      context.put(IP_RANGE_LIST, { id: THE_LIST, version: listVersion, changedAt: event.metadata.recordedAt });
    },
    IpRangesSentToVendor: async (event, context) => {
      const { sendingId, ...sending } = event.data;
      context.put(IP_RANGE_SENDINGS, { id: sendingId, ...sending, recordedAt: event.metadata.recordedAt, recordedBy: event.metadata.actor.id });
      const vendor = (await context.get<VendorListing>(VENDORS, sending.organisationId)) ?? { id: sending.organisationId, accounts: 0 };
      // The newest version a vendor has is the highest one sent, whatever order the sendings were recorded in.
      const newer = vendor.lastSentVersion === undefined || sending.version > vendor.lastSentVersion;
      const later = newer || (sending.version === vendor.lastSentVersion && sending.sentOn > (vendor.lastSentOn ?? ''));
      context.put(VENDORS, later ? { ...vendor, lastSentVersion: sending.version, lastSentOn: sending.sentOn } : vendor);
    },
    VendorAccountRegistered: async (event, context) => {
      const { accountId, ...account } = event.data;
      context.put(VENDOR_ACCOUNTS, {
        id: accountId,
        ...account,
        registeredAt: event.metadata.recordedAt,
        registeredBy: event.metadata.actor.id,
        secretSet: false,
        reveals: 0,
        revision: event.streamRevision,
      });
      const vendor = (await context.get<VendorListing>(VENDORS, account.organisationId)) ?? { id: account.organisationId, accounts: 0 };
      context.put(VENDORS, { ...vendor, accounts: vendor.accounts + 1 });
    },
    VendorAccountSecretSet: (event, context) => secretStored(event.data, event.streamRevision, context),
    VendorAccountSecretRotated: (event, context) => secretStored(event.data, event.streamRevision, context),
    VendorAccountSecretRevealed: async (event, context) => {
      const listing = await context.get<VendorAccountListing>(VENDOR_ACCOUNTS, event.data.accountId);
      if (!listing) return;
      const { recordedAt, actor } = event.metadata;
      context.put(VENDOR_ACCOUNTS, {
        ...listing,
        reveals: listing.reveals + 1,
        lastRevealedAt: recordedAt,
        lastRevealedBy: actor.id,
        revision: event.streamRevision,
      });
    },
  },
});

async function secretStored(
  data: { accountId: string; kind: SecretKind; keyId: string; setAt: string },
  revision: number,
  context: ProjectionContext,
): Promise<void> {
  const listing = await context.get<VendorAccountListing>(VENDOR_ACCOUNTS, data.accountId);
  if (listing) context.put(VENDOR_ACCOUNTS, { ...listing, secretSet: true, kind: data.kind, setAt: data.setAt, keyId: data.keyId, revision });
}
