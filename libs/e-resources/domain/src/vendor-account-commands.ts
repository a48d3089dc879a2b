import { Command } from '@era/decider';
import { SecretKind } from './vendor-account-events';

export type RegisterVendorAccount = Command<
  'RegisterVendorAccount',
  { accountId: string; organisationId: string; adminUrl: string; userName: string; notes?: string }
>;
/** The secret itself is already in the vault: the command carries only the vault's reference and the key id. */
export type RecordVendorAccountSecret = Command<'RecordVendorAccountSecret', { accountId: string; kind: SecretKind; secretRef: string; keyId: string }>;
export type RevealVendorAccountSecret = Command<'RevealVendorAccountSecret', { accountId: string }>;

export type VendorAccountCommand = RegisterVendorAccount | RecordVendorAccountSecret | RevealVendorAccountSecret;
