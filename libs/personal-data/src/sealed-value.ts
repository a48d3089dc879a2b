/**
 * Personal data as an event holds it: AES-256-GCM cipher text under a key of that person's, which lives in a key store
 * apart from the event log. Deleting the key erases the value from every event, read model and backup of the log at
 * once ("crypto-shredding"). JSON-safe (base64url strings), so it is stored and hashed like any other event field.
 */
export interface SealedValue {
  /** The format, so that a later one can be read beside this one. */
  readonly version: 1;
  /** JOSE's name for AES-256-GCM. */
  readonly algorithm: 'A256GCM';
  /** Whose key seals it: the person's id (a borrower's id). */
  readonly keyId: string;
  /** 12 random bytes, new for every value, base64url. */
  readonly iv: string;
  readonly cipherText: string;
  /** The 16-byte GCM authentication tag, base64url. */
  readonly tag: string;
}

/**
 * A keyed digest (HMAC-SHA-256 under the person's key, base64url, 43 characters) of a value that must be compared but
 * not read, such as a card number: equal numbers of one person have equal digests, and once the key is erased nobody
 * can tell which number a digest was made from.
 */
export type PersonalDigest = string;

export const SEALED_VALUE_VERSION = 1;
export const SEALED_VALUE_ALGORITHM = 'A256GCM';

const BASE64URL = /^[\w-]+$/;
const IV_CHARS = 16; // 12 bytes
const TAG_CHARS = 22; // 16 bytes
const DIGEST_CHARS = 43; // 32 bytes
/** A sealed value over 64 KiB of cipher text is no person's record. */
const MAX_CIPHER_CHARS = 87_382;

const isBase64Url = (value: unknown, length?: number): value is string =>
  typeof value === 'string' &&
  value.length > 0 &&
  (length === undefined || value.length === length) &&
  value.length <= MAX_CIPHER_CHARS &&
  BASE64URL.test(value);

/** The shape of a sealed value, checked without opening it (the domain never sees plain text). */
export function isSealedValue(value: unknown): value is SealedValue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v['version'] === SEALED_VALUE_VERSION &&
    v['algorithm'] === SEALED_VALUE_ALGORITHM &&
    typeof v['keyId'] === 'string' &&
    v['keyId'].length > 0 &&
    isBase64Url(v['iv'], IV_CHARS) &&
    isBase64Url(v['cipherText']) &&
    isBase64Url(v['tag'], TAG_CHARS)
  );
}

export const isPersonalDigest = (value: unknown): value is PersonalDigest => isBase64Url(value, DIGEST_CHARS);
