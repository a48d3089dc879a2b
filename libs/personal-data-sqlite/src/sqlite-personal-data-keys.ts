import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  PersonalDataCipher,
  PersonalDataKeys,
  PersonalDigest,
  PersonErasedError,
  SEALED_VALUE_ALGORITHM,
  SEALED_VALUE_VERSION,
  SealedValue,
  SealedValueRefusedError,
} from '@era/personal-data';
import { AES_GCM, openAesGcm, sealAesGcm } from '@era/secret-vault';

export interface SqlitePersonalDataKeysOptions {
  /** Its own database file, apart from the event log, the read models and the secret vault (or ':memory:'). */
  file: string;
}

/*
 * secure_delete zeroes a deleted key's bytes in the page instead of leaving them in the free list; an erasure then
 * checkpoints the WAL (TRUNCATE), so no copy of the page stays in the log file either.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS person_keys (
    person_id TEXT PRIMARY KEY,
    key BLOB NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS erased_persons (
    person_id TEXT PRIMARY KEY,
    erased_at TEXT NOT NULL
  )`;

/**
 * One random 256-bit key per person in a SQLite file of its own: values are sealed with AES-256-GCM (the secret
 * vault's primitive) and card numbers digested with HMAC-SHA-256 under a key derived from it. `erase` deletes the key:
 * every value sealed under it then opens to undefined. Keys never leave this class (nor reach a log line).
 */
export class SqlitePersonalDataKeys implements PersonalDataCipher, PersonalDataKeys {
  private readonly db: Database.Database;

  constructor(options: SqlitePersonalDataKeysOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('secure_delete = ON');
    this.db.exec(SCHEMA);
  }

  async seal(personId: string, purpose: string, plainText: string): Promise<SealedValue> {
    const sealed = sealAesGcm(this.keyFor(personId), plainText, contextOf(personId, purpose));
    return {
      version: SEALED_VALUE_VERSION,
      algorithm: SEALED_VALUE_ALGORITHM,
      keyId: personId,
      iv: sealed.iv.toString('base64url'),
      cipherText: sealed.cipherText.toString('base64url'),
      tag: sealed.authTag.toString('base64url'),
    };
  }

  async open(sealed: SealedValue, purpose: string): Promise<string | undefined> {
    const key = this.existingKey(sealed.keyId);
    if (key === undefined) return undefined;
    try {
      const parts = {
        iv: Buffer.from(sealed.iv, 'base64url'),
        authTag: Buffer.from(sealed.tag, 'base64url'),
        cipherText: Buffer.from(sealed.cipherText, 'base64url'),
      };
      if (parts.iv.length !== AES_GCM.ivBytes || parts.authTag.length !== AES_GCM.tagBytes) throw new Error('malformed');
      return openAesGcm(key, parts, contextOf(sealed.keyId, purpose));
    } catch {
      throw new SealedValueRefusedError(`a value sealed for person ${sealed.keyId} (${purpose}) does not open: altered, or sealed for another purpose`);
    }
  }

  async digest(personId: string, purpose: string, value: string): Promise<PersonalDigest> {
    const digestKey = createHmac('sha256', this.keyFor(personId)).update('era-personal-digest-key').digest();
    return createHmac('sha256', digestKey).update(contextOf(personId, purpose)).update('\n').update(value, 'utf8').digest('base64url');
  }

  async erase(personId: string): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM person_keys WHERE person_id = ?').run(personId);
      this.db.prepare('INSERT OR IGNORE INTO erased_persons (person_id, erased_at) VALUES (?, ?)').run(personId, new Date().toISOString());
    })();
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async isErased(personId: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM erased_persons WHERE person_id = ?').get(personId) !== undefined;
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private existingKey(personId: string): Buffer | undefined {
    const row = this.db.prepare('SELECT key FROM person_keys WHERE person_id = ?').get(personId) as { key: Buffer } | undefined;
    return row?.key;
  }

  /** The person's key, created on their first seal; an erased person gets none again. */
  private keyFor(personId: string): Buffer {
    return this.db
      .transaction(() => {
        const existing = this.existingKey(personId);
        if (existing !== undefined) return existing;
        if (this.db.prepare('SELECT 1 FROM erased_persons WHERE person_id = ?').get(personId) !== undefined) {
          throw new PersonErasedError(`person ${personId} is erased: no personal data is sealed for them again`);
        }
        const key = randomBytes(AES_GCM.keyBytes);
        this.db.prepare('INSERT INTO person_keys (person_id, key, created_at) VALUES (?, ?, ?)').run(personId, key, new Date().toISOString());
        return key;
      })
      .immediate();
  }
}

/** Whose value and what for, authenticated with the cipher text. */
const contextOf = (personId: string, purpose: string) => `era-personal-data/v1\n${personId}\n${purpose}`;
