import { canonicalId, Decider } from '@era/decider';
import { BorrowerCommand, EraseBorrower, RegisterBorrower, ReplaceBorrowerCard, ReportBorrowerCardLost } from './borrower-commands';
import { BorrowerContext } from './borrower-context';
import { BorrowerEvent, BorrowerRegistered } from './borrower-events';
import { CARD_REFUSAL, refuseErased, requireCard, requireExpiry, requireReason, requireRegistered, requireSealed } from './borrower-guards';
import { BorrowerRuleViolation } from './borrower-rule-violation';
import { activeCard, BorrowerState, evolveBorrower, initialBorrower } from './borrower-state';
import { GROUPS_WITH_EXPIRY, IdentityDocumentType, isIdentityDocumentType, isPatronGroup } from './patron-groups';

function decide(command: BorrowerCommand, state: BorrowerState, context: BorrowerContext): BorrowerEvent[] {
  const borrowerId = canonicalId(command.data.borrowerId);
  switch (command.type) {
    case 'RegisterBorrower':
      return decideRegister(command, state, borrowerId, context);
    case 'ReplaceBorrowerCard':
      return decideReplaceCard(command, state, borrowerId, context);
    case 'ReportBorrowerCardLost':
      return decideReportLost(command, state, borrowerId);
    case 'CorrectBorrowerPersonalData': {
      requireRegistered(state, borrowerId);
      const reason = requireReason(command.data.reason);
      const personalData = requireSealed(command.data.personalData, borrowerId, 'the personal data');
      return [{ type: 'BorrowerPersonalDataCorrected', data: { borrowerId, personalData, reason } }];
    }
    case 'EraseBorrower':
      return decideErase(command, state, borrowerId, context);
  }
}

function decideRegister(command: RegisterBorrower, state: BorrowerState, borrowerId: string, { now, barcodeInUse }: BorrowerContext): BorrowerEvent[] {
  if (state.status === 'erased') refuseErased(state);
  const registration = registrationOf(command, borrowerId, now);
  if (state.status === 'registered') {
    // A retry carries fresh cipher text (a new IV), so it is recognised by what is readable: group, card digest, expiry, document type.
    const first = state.cards[0];
    const same =
      state.patronGroup === registration.patronGroup &&
      first?.digest === registration.card.digest &&
      state.expiresOn === registration.expiresOn &&
      state.identityDocumentType === registration.identityDocumentType;
    if (same) return [];
    throw new BorrowerRuleViolation('borrower-already-registered', `borrower ${borrowerId} is registered already, with other details`);
  }
  if (barcodeInUse) throw new BorrowerRuleViolation('barcode-in-use', `the card number is another borrower's`);
  return [{ type: 'BorrowerRegistered', data: registration }];
}

/** The registration as recorded: group and document type from their lists, personal data and card sealed, expiry checked. */
function registrationOf({ data }: RegisterBorrower, borrowerId: string, now: Date): BorrowerRegistered {
  if (!isPatronGroup(data.patronGroup))
    throw new BorrowerRuleViolation('unknown-patron-group', `patron group ${JSON.stringify(data.patronGroup)} is not known`);
  const patronGroup = data.patronGroup;
  const card = requireCard(data.card, borrowerId);
  const personalData = requireSealed(data.personalData, borrowerId, 'the personal data');
  const needsExpiry = GROUPS_WITH_EXPIRY.includes(patronGroup);
  if (needsExpiry && data.expiresOn === undefined) {
    throw new BorrowerRuleViolation('expiry-required', `a borrower in the ${patronGroup} group needs an expiry date`);
  }
  const expiresOn = data.expiresOn === undefined ? undefined : requireExpiry(data.expiresOn, now);
  const identityDocumentType = documentTypeOf(data.identityDocumentType, needsExpiry, patronGroup);
  return {
    borrowerId,
    patronGroup,
    personalData,
    card,
    ...(expiresOn !== undefined && { expiresOn }),
    ...(identityDocumentType !== undefined && { identityDocumentType }),
  };
}

function documentTypeOf(type: unknown, required: boolean, patronGroup: string): IdentityDocumentType | undefined {
  if (type === undefined) {
    if (required) throw new BorrowerRuleViolation('identity-document-required', `a borrower in the ${patronGroup} group needs the identity document checked`);
    return undefined;
  }
  if (!isIdentityDocumentType(type))
    throw new BorrowerRuleViolation('unknown-identity-document-type', `identity document type ${JSON.stringify(type)} is not known`);
  return type;
}

function decideReplaceCard({ data }: ReplaceBorrowerCard, state: BorrowerState, borrowerId: string, { barcodeInUse }: BorrowerContext): BorrowerEvent[] {
  const borrower = requireRegistered(state, borrowerId);
  const reason = requireReason(data.reason);
  const card = requireCard(data.card, borrowerId);
  const known = borrower.cards.find((c) => c.digest === card.digest);
  if (known?.status === 'active') {
    if (known.issuedAt === 'replacement') return []; // the replacement sent again
    throw new BorrowerRuleViolation('card-unchanged', `the new card has the number of borrower ${borrowerId}'s card in use`);
  }
  if (known !== undefined)
    throw new BorrowerRuleViolation(CARD_REFUSAL[known.status], `a card ${known.status === 'lost' ? 'reported lost' : 'replaced'} is not issued again`);
  if (barcodeInUse) throw new BorrowerRuleViolation('barcode-in-use', `the card number is another borrower's`);
  // The card in use is replaced; with none in use (the last one reported lost), the newest card is.
  const replaced = activeCard(borrower) ?? borrower.cards[borrower.cards.length - 1];
  return [{ type: 'BorrowerCardReplaced', data: { borrowerId, card, replacedCardDigest: replaced.digest, reason } }];
}

function decideReportLost({ data }: ReportBorrowerCardLost, state: BorrowerState, borrowerId: string): BorrowerEvent[] {
  const borrower = requireRegistered(state, borrowerId);
  const card = data.cardDigest === undefined ? activeCard(borrower) : borrower.cards.find((c) => c.digest === data.cardDigest);
  if (card === undefined) {
    throw new BorrowerRuleViolation(
      'card-not-found',
      data.cardDigest === undefined ? `borrower ${borrowerId} has no card in use` : `no such card of borrower ${borrowerId}`,
    );
  }
  if (card.status === 'lost') return []; // reported lost already
  if (card.status === 'replaced') throw new BorrowerRuleViolation('card-replaced', `that card of borrower ${borrowerId} was replaced and is invalid already`);
  return [{ type: 'BorrowerCardReportedLost', data: { borrowerId, cardDigest: card.digest } }];
}

function decideErase({ data }: EraseBorrower, state: BorrowerState, borrowerId: string, { owes, itemsOut }: BorrowerContext): BorrowerEvent[] {
  if (state.status === 'erased') return []; // erased already: the key is gone, nothing more to do
  requireRegistered(state, borrowerId);
  const reason = requireReason(data.reason);
  if (owes !== null && owes.minor > 0) {
    throw new BorrowerRuleViolation('erasure-refused-owes-money', `borrower ${borrowerId} owes ${owes.minor} minor units of ${owes.currency}: settle first`, {
      owes,
    });
  }
  if (itemsOut > 0)
    throw new BorrowerRuleViolation('erasure-refused-items-out', `borrower ${borrowerId} has ${itemsOut} item(s) out: check them in first`, { itemsOut });
  return [{ type: 'BorrowerErased', data: { borrowerId, reason } }];
}

/**
 * One borrower's stream (`borrower-<id>`): registration, cards, personal-data corrections and erasure. Every personal
 * field is a sealed value under the borrower's own key, checked for shape only; after erasure nothing is decided but
 * the erasure's retry.
 */
export const borrowerDecider: Decider<BorrowerCommand, BorrowerState, BorrowerEvent, BorrowerContext> = {
  initialState: initialBorrower,
  decide,
  evolve: evolveBorrower,
};

/** The borrower's stream id. */
export const borrowerStreamId = (borrowerId: string): string => `borrower-${canonicalId(borrowerId)}`;
