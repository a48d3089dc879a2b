import { isCalendarDate } from '@era/calendar';
import { isPersonalDigest, isSealedValue, PersonalDigest, SealedValue } from '@era/personal-data';
import { BorrowerRuleViolation } from './borrower-rule-violation';
import { SealedCard } from './borrower-events';
import { BorrowerCard, BorrowerState, ErasedBorrower, RegisteredBorrower } from './borrower-state';

const MAX_REASON = 2000;

/** Personal data must arrive sealed under this borrower's own key: the decider checks the shape and never sees plain text. */
export function requireSealed(value: unknown, borrowerId: string, what: string): SealedValue {
  if (!isSealedValue(value)) throw new BorrowerRuleViolation('personal-data-not-sealed', `${what} of borrower ${borrowerId} must be a sealed value`);
  if (value.keyId !== borrowerId) {
    throw new BorrowerRuleViolation('personal-data-not-sealed', `${what} of borrower ${borrowerId} is sealed under another person's key`);
  }
  return { version: value.version, algorithm: value.algorithm, keyId: value.keyId, iv: value.iv, cipherText: value.cipherText, tag: value.tag };
}

/** A card: its number sealed under the borrower's key, and its digest. */
export function requireCard(card: { number?: unknown; digest?: unknown } | undefined, borrowerId: string): SealedCard {
  if (card === undefined || card.number === undefined || !isPersonalDigest(card.digest)) {
    throw new BorrowerRuleViolation('barcode-required', `borrower ${borrowerId} needs a card: its number sealed and its digest`);
  }
  return { number: requireSealed(card.number, borrowerId, 'the card number'), digest: card.digest };
}

export function requireReason(reason: unknown): string {
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (text === '') throw new BorrowerRuleViolation('reason-required', 'a reason is required');
  if (text.length > MAX_REASON) throw new BorrowerRuleViolation('reason-too-long', `a reason may have at most ${MAX_REASON} characters`);
  return text;
}

/** An expiry date: a real day, today or later (the day the decision is made, UTC). */
export function requireExpiry(expiresOn: unknown, now: Date): string {
  if (!isCalendarDate(expiresOn)) throw new BorrowerRuleViolation('invalid-calendar-date', `expiresOn ${JSON.stringify(expiresOn)} is not a YYYY-MM-DD date`);
  const today = now.toISOString().slice(0, 10);
  if (expiresOn < today) throw new BorrowerRuleViolation('expiry-in-past', `expiresOn ${expiresOn} is before today (${today})`);
  return expiresOn;
}

/** The borrower registered and not erased; anything but a read is refused once they are erased. */
export function requireRegistered(state: BorrowerState, borrowerId: string): RegisteredBorrower {
  if (state.status === 'none') throw new BorrowerRuleViolation('borrower-not-found', `no borrower ${borrowerId} is registered`);
  if (state.status === 'erased') refuseErased(state);
  return state;
}

export function refuseErased(state: ErasedBorrower): never {
  throw new BorrowerRuleViolation('borrower-erased', `borrower ${state.borrowerId} is erased: only what keeps history may be read`);
}

const CARD_REFUSAL: Record<Exclude<BorrowerCard['status'], 'active'>, 'card-reported-lost' | 'card-replaced'> = {
  lost: 'card-reported-lost',
  replaced: 'card-replaced',
};

/**
 * The card presented at the desk, by its digest, must be the borrower's card in use: a card reported lost or replaced
 * is refused (for the loans slice: check out, renew and place holds only with a usable card).
 */
export function requireUsableCard(state: BorrowerState, borrowerId: string, digest: PersonalDigest): BorrowerCard {
  const borrower = requireRegistered(state, borrowerId);
  const card = borrower.cards.find((c) => c.digest === digest);
  if (card === undefined) throw new BorrowerRuleViolation('card-not-found', `the card presented is not one of borrower ${borrowerId}'s cards`);
  if (card.status !== 'active')
    throw new BorrowerRuleViolation(CARD_REFUSAL[card.status], `the card presented was ${card.status === 'lost' ? 'reported lost' : 'replaced'}`);
  return card;
}

export { CARD_REFUSAL };

/**
 * The borrower at the desk for a loan, a renewal or a hold: registered (404 otherwise), not erased, and not past their
 * expiry date (`today`: the library's local date), as FOLIO refuses an expired patron.
 */
export function requireBorrowerInGoodStanding(state: BorrowerState, borrowerId: string, today: string): RegisteredBorrower {
  const borrower = requireRegistered(state, borrowerId);
  if (borrower.expiresOn !== undefined && borrower.expiresOn < today) {
    throw new BorrowerRuleViolation('borrower-expired', `borrower ${borrowerId}'s registration expired on ${borrower.expiresOn}`, {
      expiresOn: borrower.expiresOn,
    });
  }
  return borrower;
}
