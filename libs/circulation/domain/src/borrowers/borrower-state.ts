import { Folded } from '@era/decider';
import { PersonalDigest, SealedValue } from '@era/personal-data';
import { BorrowerEvent } from './borrower-events';
import { IdentityDocumentType, PatronGroup } from './patron-groups';

/** One of the borrower's cards, by its digest: in use, replaced by a newer one, or reported lost. */
export interface BorrowerCard {
  readonly digest: PersonalDigest;
  readonly status: 'active' | 'replaced' | 'lost';
  readonly issuedAt: 'registration' | 'replacement';
}

export interface RegisteredBorrower {
  readonly status: 'registered';
  readonly borrowerId: string;
  readonly patronGroup: PatronGroup;
  readonly personalData: SealedValue;
  /** Every card the borrower was given, oldest first; at most one is active. */
  readonly cards: readonly BorrowerCard[];
  readonly expiresOn?: string;
  readonly identityDocumentType?: IdentityDocumentType;
}

/** What is left of an erased borrower: nothing personal, only what keeps history whole. */
export interface ErasedBorrower {
  readonly status: 'erased';
  readonly borrowerId: string;
  readonly patronGroup: PatronGroup;
}

export type BorrowerState = { readonly status: 'none' } | RegisteredBorrower | ErasedBorrower;

export const initialBorrower: BorrowerState = { status: 'none' };

export const activeCard = (borrower: RegisteredBorrower): BorrowerCard | undefined => borrower.cards.find((card) => card.status === 'active');

export function evolveBorrower(state: BorrowerState, event: Folded<BorrowerEvent>): BorrowerState {
  switch (event.type) {
    case 'BorrowerRegistered': {
      const { borrowerId, patronGroup, personalData, card, expiresOn, identityDocumentType } = event.data;
      return {
        status: 'registered',
        borrowerId,
        patronGroup,
        personalData,
        cards: [{ digest: card.digest, status: 'active', issuedAt: 'registration' }],
        ...(expiresOn !== undefined && { expiresOn }),
        ...(identityDocumentType !== undefined && { identityDocumentType }),
      };
    }
    case 'BorrowerCardReplaced':
      return withRegistered(state, (borrower) => ({
        ...borrower,
        cards: [
          ...borrower.cards.map((card): BorrowerCard => (card.status === 'active' ? { ...card, status: 'replaced' } : card)),
          { digest: event.data.card.digest, status: 'active', issuedAt: 'replacement' },
        ],
      }));
    case 'BorrowerCardReportedLost':
      return withRegistered(state, (borrower) => ({
        ...borrower,
        cards: borrower.cards.map((card): BorrowerCard => (card.digest === event.data.cardDigest ? { ...card, status: 'lost' } : card)),
      }));
    case 'BorrowerPersonalDataCorrected':
      return withRegistered(state, (borrower) => ({ ...borrower, personalData: event.data.personalData }));
    case 'BorrowerErased':
      return withRegistered(state, ({ borrowerId, patronGroup }) => ({ status: 'erased', borrowerId, patronGroup }));
  }
}

const withRegistered = (state: BorrowerState, change: (borrower: RegisteredBorrower) => BorrowerState): BorrowerState =>
  state.status === 'registered' ? change(state) : state;
