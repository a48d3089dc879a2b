import { PersonalDigest, SealedValue } from './sealed-value';

/**
 * Seals and opens personal data with a key per person (the port; `@era/personal-data-sqlite` is the adapter). What a
 * value is for (`purpose`: "borrower-personal-data", "card-number") is authenticated with it, so a sealed value moved to
 * another field or another person does not open.
 */
export interface PersonalDataCipher {
  /** Seals under the person's key, creating the key on the person's first seal. Refused once the person is erased. */
  seal(personId: string, purpose: string, plainText: string): Promise<SealedValue>;
  /** The plain text; undefined when the person's key is erased (never a throw for a reader). Tampered bytes throw. */
  open(sealed: SealedValue, purpose: string): Promise<string | undefined>;
  /** A keyed digest under the person's key, for values compared but never read (card numbers). */
  digest(personId: string, purpose: string, value: string): Promise<PersonalDigest>;
}

/**
 * Finds a person by a value the desk scans (a card number) without the log holding it: the key store files a
 * store-wide keyed hash of the value against the person, apart from the event log, and erasing the person deletes
 * their entries. Events hold only the per-person digest, which nobody can match once the person's key is gone.
 */
export interface PersonalDataIndex {
  /** Files the value for the person; answers who holds it now (another person when it was theirs already, and then it stays theirs). */
  claim(personId: string, purpose: string, value: string): Promise<{ heldBy: string }>;
  /** Who holds the value, if anyone. */
  find(purpose: string, value: string): Promise<string | undefined>;
  /** Gives up the person's claim on a value (say, a registration the decider refused); nothing happens when it is not theirs. */
  release(personId: string, purpose: string, value: string): Promise<void>;
}

/** The key store behind the cipher: erasing a person deletes their key, and with it every value sealed under it. */
export interface PersonalDataKeys {
  /** Deletes the person's key and index entries for good; nothing happens when there are none. */
  erase(personId: string): Promise<void>;
  /** Whether the person's key is erased (a key never created is not erased). */
  isErased(personId: string): Promise<boolean>;
  close(): Promise<void>;
}

/** A cipher value sealed under another person's key, or whose bytes were altered: refused, never opened. */
export class SealedValueRefusedError extends Error {
  override readonly name = 'SealedValueRefusedError';
}

/** A seal asked for a person whose key is erased: an erased person gets no new personal data. */
export class PersonErasedError extends Error {
  override readonly name = 'PersonErasedError';
}
