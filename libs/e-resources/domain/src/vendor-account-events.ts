import { canonicalId, DomainEvent } from '@era/decider';

/** A vendor's administration console login. The user name is no secret; the password or key is never in an event. */
export interface VendorAccountRegistered {
  accountId: string;
  /** The vendor, an organisation of the register, by id. */
  organisationId: string;
  adminUrl: string;
  userName: string;
  notes?: string;
}

export const SECRET_KINDS = ['password', 'api-key'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

/**
 * A secret stored for the account (first time: Set; a new one later: Rotated). The event says only which kind, under
 * which key it is encrypted and where the vault holds it: never the secret, never its cipher text.
 */
export interface VendorAccountSecretSet {
  accountId: string;
  kind: SecretKind;
  /** The vault's reference to the cipher text (a random id, meaningless without the vault and the key). */
  secretRef: string;
  /** The id of the encryption key (ERA_SECRET_KEYS), not the key. */
  keyId: string;
  setAt: string;
}

export type VendorAccountSecretRotated = VendorAccountSecretSet;

/** A staff member was shown the secret (who and when: the event's metadata). */
export interface VendorAccountSecretRevealed {
  accountId: string;
  kind: SecretKind;
}

export type VendorAccountEvent =
  | DomainEvent<'VendorAccountRegistered', VendorAccountRegistered>
  | DomainEvent<'VendorAccountSecretSet', VendorAccountSecretSet>
  | DomainEvent<'VendorAccountSecretRotated', VendorAccountSecretRotated>
  | DomainEvent<'VendorAccountSecretRevealed', VendorAccountSecretRevealed>;

export const vendorAccountStream = (accountId: string) => `vendor-account-${canonicalId(accountId)}`;
