import { DomainEvent } from '@era/decider';
import { PersonalDigest, SealedValue } from '@era/personal-data';
import { IdentityDocumentType, PatronGroup } from './patron-groups';

/**
 * A library card as events hold it: its number sealed under the borrower's key (so erasure erases it) and a keyed
 * digest of the number (the same key), by which the card is compared and named without being readable.
 */
export interface SealedCard {
  readonly number: SealedValue;
  readonly digest: PersonalDigest;
}

/**
 * A borrower registered. Everything personal (name, email, phone, address, date of birth, the identity document's
 * details) is in `personalData`, sealed under the borrower's own key; the rest stays readable after erasure.
 */
export interface BorrowerRegistered {
  readonly borrowerId: string;
  readonly patronGroup: PatronGroup;
  readonly personalData: SealedValue;
  /** The patron barcode, which is the first card's number. */
  readonly card: SealedCard;
  /** YYYY-MM-DD, the last day the registration holds; required for external borrowers. */
  readonly expiresOn?: string;
  /** The kind of identity document the desk checked (its details are sealed); required for external borrowers. */
  readonly identityDocumentType?: IdentityDocumentType;
}

/** A new card replaced the borrower's current one (or a lost one); the old card is invalid from now on. */
export interface BorrowerCardReplaced {
  readonly borrowerId: string;
  readonly card: SealedCard;
  readonly replacedCardDigest: PersonalDigest;
  readonly reason: string;
}

/** The borrower's current card was reported lost: it may not be used again. */
export interface BorrowerCardReportedLost {
  readonly borrowerId: string;
  readonly cardDigest: PersonalDigest;
}

/** The personal data was corrected: a new sealed value replaces the old one. */
export interface BorrowerPersonalDataCorrected {
  readonly borrowerId: string;
  readonly personalData: SealedValue;
  readonly reason: string;
}

/**
 * The borrower's personal data was erased: their key is deleted beside this event, so every sealed value and digest of
 * theirs is unreadable. The stream keeps the non-personal facts (id, patron group, dates, counts, money).
 */
export interface BorrowerErased {
  readonly borrowerId: string;
  readonly reason: string;
}

export type BorrowerEvent =
  | DomainEvent<'BorrowerRegistered', BorrowerRegistered>
  | DomainEvent<'BorrowerCardReplaced', BorrowerCardReplaced>
  | DomainEvent<'BorrowerCardReportedLost', BorrowerCardReportedLost>
  | DomainEvent<'BorrowerPersonalDataCorrected', BorrowerPersonalDataCorrected>
  | DomainEvent<'BorrowerErased', BorrowerErased>;
