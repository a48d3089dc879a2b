import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { SealedSecret, SecretKeyring, SecretNotFoundError, SecretVault } from '@era/secret-vault';

export interface SqliteSecretVaultOptions {
  /** Its own database file, apart from the event log and the read models (or ':memory:'). */
  file: string;
  keyring: SecretKeyring;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS secrets (
    secret_ref TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    key_id TEXT NOT NULL,
    iv BLOB NOT NULL,
    auth_tag BLOB NOT NULL,
    cipher_text BLOB NOT NULL,
    stored_at TEXT NOT NULL
  )`;

interface SecretRow {
  secret_ref: string;
  owner: string;
  key_id: string;
  iv: Buffer;
  auth_tag: Buffer;
  cipher_text: Buffer;
}

/** Secrets sealed by the keyring, one row each, in a SQLite file of their own (WAL, fsynced). */
export class SqliteSecretVault implements SecretVault {
  private readonly db: Database.Database;
  private readonly keyring: SecretKeyring;

  constructor(options: SqliteSecretVaultOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(SCHEMA);
    this.keyring = options.keyring;
  }

  async store(ref: string, owner: string, secret: string): Promise<{ keyId: string }> {
    const sealed = this.keyring.seal(secret, contextOf(ref, owner));
    this.write(ref, owner, sealed);
    return { keyId: sealed.keyId };
  }

  async reveal(ref: string, owner: string): Promise<string> {
    const row = this.db.prepare('SELECT * FROM secrets WHERE secret_ref = ?').get(ref) as SecretRow | undefined;
    if (!row || row.owner !== owner) throw new SecretNotFoundError(`no secret is filed under ${ref}`);
    return this.keyring.open(sealedOf(row), contextOf(ref, owner));
  }

  async remove(ref: string): Promise<void> {
    this.db.prepare('DELETE FROM secrets WHERE secret_ref = ?').run(ref);
  }

  async reencryptUnderCurrentKey(): Promise<number> {
    const rows = this.db.prepare('SELECT * FROM secrets WHERE key_id <> ?').all(this.keyring.currentKeyId) as SecretRow[];
    let count = 0;
    for (const row of rows) {
      let secret: string;
      try {
        secret = this.keyring.open(sealedOf(row), contextOf(row.secret_ref, row.owner));
      } catch {
        continue; // unreadable with the configured keys: left as it is, for a key that may yet be configured again
      }
      this.write(row.secret_ref, row.owner, this.keyring.seal(secret, contextOf(row.secret_ref, row.owner)));
      count++;
    }
    return count;
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private write(ref: string, owner: string, sealed: SealedSecret): void {
    this.db
      .prepare(
        `INSERT INTO secrets (secret_ref, owner, key_id, iv, auth_tag, cipher_text, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (secret_ref) DO UPDATE SET owner = excluded.owner, key_id = excluded.key_id, iv = excluded.iv,
           auth_tag = excluded.auth_tag, cipher_text = excluded.cipher_text, stored_at = excluded.stored_at`,
      )
      .run(ref, owner, sealed.keyId, sealed.iv, sealed.authTag, sealed.cipherText, new Date().toISOString());
  }
}

/** The reference and the owner, authenticated with the cipher text: a row's bytes open only in their own row. */
const contextOf = (ref: string, owner: string) => `${ref}\n${owner}`;

const sealedOf = (row: SecretRow): SealedSecret => ({ keyId: row.key_id, iv: row.iv, authTag: row.auth_tag, cipherText: row.cipher_text });
