/**
 * What the command handler seals (JSON, under the borrower's key) before the decider sees a registration or a
 * correction. The decider never sees this shape: it is here so that the handler that seals and the reader that opens
 * agree on it.
 */
export interface BorrowerPersonalData {
  readonly name: string;
  readonly email?: string;
  readonly phone?: string;
  readonly address?: string;
  /** YYYY-MM-DD. */
  readonly dateOfBirth?: string;
  /** The identity document the desk checked: its kind is also recorded readable, its details only here. */
  readonly identityDocument?: { readonly type: string; readonly number: string; readonly issuedBy?: string; readonly expiresOn?: string };
}

/**
 * What each sealed value is for, authenticated with it (a sealed value moved to another field does not open), and the
 * key store's index purpose for card numbers.
 */
export const BORROWER_SEAL_PURPOSES = { personalData: 'borrower-personal-data', cardNumber: 'card-number' } as const;
