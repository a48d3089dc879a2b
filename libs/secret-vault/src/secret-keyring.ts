import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { SecretUnreadableError } from './secret-errors';
import { SealedSecret } from './secret-vault.port';

/** One AES-256 key and the id stored beside what it encrypts. */
export interface SecretKey {
  id: string;
  /** 32 bytes. */
  key: Buffer;
}

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const KEY_BYTES = 32;

/**
 * The configured keys: every secret is sealed (AES-256-GCM, a random 12-byte IV, the authentication tag, the key's id)
 * under the current key, and opened with whichever key its id names. `context` (the secret's reference and owner) is
 * authenticated with it, so a cipher text moved to another account's row does not open.
 */
export class SecretKeyring {
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(
    keys: readonly SecretKey[],
    readonly currentKeyId: string,
  ) {
    for (const { id, key } of keys) if (key.length !== KEY_BYTES) throw new Error(`secret key ${id} must be ${KEY_BYTES} bytes; it has ${key.length}`);
    this.keys = new Map(keys.map(({ id, key }) => [id, key]));
    if (!this.keys.has(currentKeyId)) throw new Error(`the current secret key ${currentKeyId} is not among the configured keys`);
  }

  seal(secret: string, context: string): SealedSecret {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key(this.currentKeyId), iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const cipherText = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return { keyId: this.currentKeyId, iv, authTag: cipher.getAuthTag(), cipherText };
  }

  open(sealed: SealedSecret, context: string): string {
    const key = this.keys.get(sealed.keyId);
    if (!key) throw new SecretUnreadableError(`secret unreadable with the configured keys: key ${sealed.keyId} is not configured`);
    try {
      const decipher = createDecipheriv(ALGORITHM, key, sealed.iv);
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(sealed.authTag);
      return Buffer.concat([decipher.update(sealed.cipherText), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretUnreadableError(`secret unreadable with the configured keys: key ${sealed.keyId} does not open it`);
    }
  }

  private key(id: string): Buffer {
    const key = this.keys.get(id);
    if (!key) throw new Error(`secret key ${id} is not configured`);
    return key;
  }
}
