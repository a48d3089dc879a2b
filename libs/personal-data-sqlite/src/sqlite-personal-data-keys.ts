import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  PersonalDataCipher,
  PersonalDataIndex,
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
  CREATE TABLE IF NOT EXISTS store_keys (
    name TEXT PRIMARY KEY,
    key BLOB NOT NULL
  );
  CREATE TABLE IF NOT EXISTS personal_index (
    purpose TEXT NOT NULL,
    value_hash BLOB NOT NULL,
    person_id TEXT NOT NULL,
    PRIMARY KEY (purpose, value_hash)
  );
  CREATE INDEX IF NOT EXISTS personal_index_person ON personal_index (person_id);
  CREATE TABLE IF NOT EXISTS erased_persons (
    person_id TEXT PRIMARY KEY,
    erased_at TEXT NOT NULL
  )`;

/**
 * One random 256-bit key per person in a SQLite file of its own: values are sealed with AES-256-GCM (the secret
 * vault's primitive) and card numbers digested with HMAC-SHA-256 under a key derived from it; a store-wide index finds
 * the holder of a scanned card number. `erase` deletes the key and the person's index entries: every value sealed under
 * the key then opens to undefined, and no digest can be matched. Keys never leave this class (nor reach a log line).
 */
export class SqlitePersonalDataKeys implements PersonalDataCipher, PersonalDataIndex, PersonalDataKeys {
  private readonly db: Database.Database;
  /** The store-wide key of the index (random, created with the file): the index's hashes mean nothing without it. */
  private readonly indexKey: Buffer;

  constructor(options: SqlitePersonalDataKeysOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('secure_delete = ON');
    this.db.exec(SCHEMA);
    this.db.prepare('INSERT OR IGNORE INTO store_keys (name, key) VALUES (?, ?)').run('index', randomBytes(AES_GCM.keyBytes));
    this.indexKey = (this.db.prepare('SELECT key FROM store_keys WHERE name = ?').get('index') as { key: Buffer }).key;
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

  async claim(personId: string, purpose: string, value: string): Promise<{ heldBy: string }> {
    const hash = this.indexHash(purpose, value);
    return this.db
      .transaction(() => {
        if (this.isErasedNow(personId)) throw new PersonErasedError(`person ${personId} is erased: nothing is filed for them again`);
        this.db.prepare('INSERT OR IGNORE INTO personal_index (purpose, value_hash, person_id) VALUES (?, ?, ?)').run(purpose, hash, personId);
        return { heldBy: this.holderOf(purpose, hash) ?? personId };
      })
      .immediate();
  }

  async find(purpose: string, value: string): Promise<string | undefined> {
    return this.holderOf(purpose, this.indexHash(purpose, value));
  }

  async release(personId: string, purpose: string, value: string): Promise<void> {
    this.db.prepare('DELETE FROM personal_index WHERE purpose = ? AND value_hash = ? AND person_id = ?').run(purpose, this.indexHash(purpose, value), personId);
  }

  async erase(personId: string): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM personal_index WHERE person_id = ?').run(personId);
      this.db.prepare('DELETE FROM person_keys WHERE person_id = ?').run(personId);
      this.db.prepare('INSERT OR IGNORE INTO erased_persons (person_id, erased_at) VALUES (?, ?)').run(personId, new Date().toISOString());
    })();
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async isErased(personId: string): Promise<boolean> {
    return this.isErasedNow(personId);
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private isErasedNow(personId: string): boolean {
    return this.db.prepare('SELECT 1 FROM erased_persons WHERE person_id = ?').get(personId) !== undefined;
  }

  private holderOf(purpose: string, hash: Buffer): string | undefined {
    return (
      this.db.prepare('SELECT person_id FROM personal_index WHERE purpose = ? AND value_hash = ?').get(purpose, hash) as { person_id: string } | undefined
    )?.person_id;
  }

  private indexHash(purpose: string, value: string): Buffer {
    return createHmac('sha256', this.indexKey).update(`${purpose}\n`).update(value, 'utf8').digest();
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
        if (this.isErasedNow(personId)) {
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
