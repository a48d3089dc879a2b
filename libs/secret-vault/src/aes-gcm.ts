import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** AES-256-GCM with a random 12-byte IV: what the secret vault and the personal-data key store both seal with. */
export const AES_GCM = { algorithm: 'aes-256-gcm', ivBytes: 12, keyBytes: 32, tagBytes: 16 } as const;

export interface AesGcmSealed {
  iv: Buffer;
  authTag: Buffer;
  cipherText: Buffer;
}

/** Encrypts under a 32-byte key; `context` is authenticated with the cipher text (it must be given again to open). */
export function sealAesGcm(key: Buffer, plainText: string, context: string): AesGcmSealed {
  const iv = randomBytes(AES_GCM.ivBytes);
  const cipher = createCipheriv(AES_GCM.algorithm, key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const cipherText = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
  return { iv, authTag: cipher.getAuthTag(), cipherText };
}

/** The plain text; throws when the key, the context or any byte differs from the seal's. */
export function openAesGcm(key: Buffer, sealed: AesGcmSealed, context: string): string {
  const decipher = createDecipheriv(AES_GCM.algorithm, key, sealed.iv, { authTagLength: AES_GCM.tagBytes });
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(sealed.authTag);
  return Buffer.concat([decipher.update(sealed.cipherText), decipher.final()]).toString('utf8');
}
