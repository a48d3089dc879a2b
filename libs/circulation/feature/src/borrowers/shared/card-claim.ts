import { BORROWER_SEAL_PURPOSES, BorrowerRuleViolation } from '@era/circulation-domain';
import { PersonalDigest, PersonErasedError, SealedValue } from '@era/personal-data';
import { PersonalDataStore } from '@era/platform';

/** A card number filed for a borrower in the key store's index, sealed and digested under their key, ready for the decider. */
export interface ClaimedCard {
  /** Whether the number is another borrower's (the decider refuses with barcode-in-use). */
  readonly inUse: boolean;
  readonly card: { number: SealedValue; digest: PersonalDigest };
  /** Gives the claim up again when it was made by this request and the decision refused or failed. */
  release(): Promise<void>;
}

const PURPOSE = BORROWER_SEAL_PURPOSES.cardNumber;

/**
 * Claims the number for the borrower before deciding: the index answers who holds it, so two desks registering the
 * same number at once cannot both succeed. A number this borrower held already (a retry) is never released.
 */
export async function claimCard(store: PersonalDataStore, borrowerId: string, number: string): Promise<ClaimedCard> {
  const heldBefore = await store.find(PURPOSE, number);
  const { heldBy } = await store.claim(borrowerId, PURPOSE, number);
  const claimedNow = heldBefore === undefined && heldBy === borrowerId;
  const [sealed, digest] = await Promise.all([store.seal(borrowerId, PURPOSE, number), store.digest(borrowerId, PURPOSE, number)]);
  return {
    inUse: heldBy !== borrowerId,
    card: { number: sealed, digest },
    release: async () => {
      if (claimedNow) await store.release(borrowerId, PURPOSE, number);
    },
  };
}

/** Runs the decision with the claim held: released when the decision refuses or fails. */
export async function withClaim<T>(claim: ClaimedCard, decide: () => Promise<T>): Promise<T> {
  try {
    return await decide();
  } catch (error) {
    await claim.release();
    throw error;
  }
}

/** The key store refuses to seal for an erased person: to a caller, that is the borrower's erasure (409). */
export async function unlessErased<T>(borrowerId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PersonErasedError)
      throw new BorrowerRuleViolation('borrower-erased', `borrower ${borrowerId} is erased: nothing personal is recorded for them again`);
    throw error;
  }
}
