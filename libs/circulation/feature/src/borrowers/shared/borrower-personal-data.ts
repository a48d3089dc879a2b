import { BORROWER_SEAL_PURPOSES, BorrowerPersonalData } from '@era/circulation-domain';
import { SealedValue } from '@era/personal-data';
import { PersonalDataStore } from '@era/platform';

/** Personal fields as a request gives them: null (in a correction) removes an optional one. */
export type PersonalDataFields = { [K in keyof BorrowerPersonalData]?: BorrowerPersonalData[K] | null };

/** The personal data as sealed: only the fields given, so that an absent one stays absent when opened. */
export function personalDataOf(name: string, fields: PersonalDataFields): BorrowerPersonalData {
  const { email, phone, address, dateOfBirth, identityDocument } = fields;
  return {
    name,
    ...(email != null && { email }),
    ...(phone != null && { phone }),
    ...(address != null && { address }),
    ...(dateOfBirth != null && { dateOfBirth }),
    ...(identityDocument != null && { identityDocument }),
  };
}

export const sealPersonalData = (store: PersonalDataStore, borrowerId: string, data: BorrowerPersonalData): Promise<SealedValue> =>
  store.seal(borrowerId, BORROWER_SEAL_PURPOSES.personalData, JSON.stringify(data));

/** The personal data, or undefined once the borrower's key is erased. */
export async function openPersonalData(store: PersonalDataStore, sealed: SealedValue): Promise<BorrowerPersonalData | undefined> {
  const text = await store.open(sealed, BORROWER_SEAL_PURPOSES.personalData);
  return text === undefined ? undefined : (JSON.parse(text) as BorrowerPersonalData);
}

/** A card number as a screen shows it: all but the last four characters hidden. */
export const maskedCardNumber = (number: string): string => `${'*'.repeat(Math.max(number.length - 4, 0))}${number.slice(-4)}`;
