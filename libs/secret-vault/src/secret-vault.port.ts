/**
 * Where secrets (vendor passwords, API keys) are kept: encrypted, apart from the event log and the read models, so
 * that no event, read model or log line ever holds one. Each secret is filed under a reference the caller chooses
 * (and records in its event) and an owner (the account it belongs to), both bound to the cipher text.
 */
export interface SecretVault {
  /** Encrypts under the current key and stores; answers the id of the key used. */
  store(ref: string, owner: string, secret: string): Promise<{ keyId: string }>;
  /** The secret in clear. SecretNotFoundError when nothing is filed under ref; SecretUnreadableError when no configured key opens it. */
  reveal(ref: string, owner: string): Promise<string>;
  /** Forgets a secret (a superseded one, or one whose event was refused). Nothing happens when there is none. */
  remove(ref: string): Promise<void>;
  /** Re-encrypts every secret the configured keys can open under the current key; answers how many were re-encrypted. */
  reencryptUnderCurrentKey(): Promise<number>;
  close(): Promise<void>;
}

/** What a vault keeps of a secret: never the secret, only what the key opens. */
export interface SealedSecret {
  keyId: string;
  /** 12 random bytes, new for every encryption. */
  iv: Buffer;
  /** The GCM authentication tag (16 bytes). */
  authTag: Buffer;
  cipherText: Buffer;
}
