import { AES_GCM, openAesGcm, sealAesGcm } from './aes-gcm';
import { SecretUnreadableError } from './secret-errors';
import { SealedSecret } from './secret-vault.port';

/** One AES-256 key and the id stored beside what it encrypts. */
export interface SecretKey {
  id: string;
  /** 32 bytes. */
  key: Buffer;
}

const KEY_BYTES = AES_GCM.keyBytes;

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
    return { keyId: this.currentKeyId, ...sealAesGcm(this.key(this.currentKeyId), secret, context) };
  }

  open(sealed: SealedSecret, context: string): string {
    const key = this.keys.get(sealed.keyId);
    if (!key) throw new SecretUnreadableError(`secret unreadable with the configured keys: key ${sealed.keyId} is not configured`);
    try {
      return openAesGcm(key, sealed, context);
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
