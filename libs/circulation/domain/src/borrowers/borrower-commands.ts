import { Command } from '@era/decider';
import { PersonalDigest, SealedValue } from '@era/personal-data';

/**
 * Borrower commands as the decider gets them: the command handler has already sealed every personal field under the
 * borrower's key (`PersonalDataCipher`), so plain text never reaches the decider or the log. `unknown` where the shape
 * is the decider's to check.
 */
export type RegisterBorrower = Command<
  'RegisterBorrower',
  {
    borrowerId: string;
    patronGroup: string;
    personalData: SealedValue;
    card?: { number: SealedValue; digest: PersonalDigest };
    expiresOn?: string;
    identityDocumentType?: string;
  }
>;

export type ReplaceBorrowerCard = Command<'ReplaceBorrowerCard', { borrowerId: string; card: { number: SealedValue; digest: PersonalDigest }; reason: string }>;

/** `cardDigest` names the card reported lost; absent, the current card. */
export type ReportBorrowerCardLost = Command<'ReportBorrowerCardLost', { borrowerId: string; cardDigest?: PersonalDigest }>;

export type CorrectBorrowerPersonalData = Command<'CorrectBorrowerPersonalData', { borrowerId: string; personalData: SealedValue; reason: string }>;

export type EraseBorrower = Command<'EraseBorrower', { borrowerId: string; reason: string }>;

export type BorrowerCommand = RegisterBorrower | ReplaceBorrowerCard | ReportBorrowerCardLost | CorrectBorrowerPersonalData | EraseBorrower;
