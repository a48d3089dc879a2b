import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SecretKeyring, SecretNotFoundError, SecretUnreadableError } from '@era/secret-vault';
import { SqliteSecretVault } from './sqlite-secret-vault';

const keyring = (current: string, ...ids: string[]) =>
  new SecretKeyring(
    ids.map((id) => ({ id, key: Buffer.alloc(32, id.charCodeAt(0)) })),
    current,
  );

describe('the SQLite secret vault', () => {
  let directory: string;
  let file: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'era-vault-'));
    file = join(directory, 'secrets.sqlite');
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('stores AES-256-GCM cipher text with a fresh 12-byte IV, its tag and key id, and opens it again', async () => {
    const vault = new SqliteSecretVault({ file, keyring: keyring('a', 'a') });
    expect(await vault.store('ref-1', 'acct-1', 'hunter2-Vendor')).toEqual({ keyId: 'a' });
    await vault.store('ref-2', 'acct-1', 'hunter2-Vendor');
    expect(await vault.reveal('ref-1', 'acct-1')).toBe('hunter2-Vendor');
    await vault.close();

    const rows = new Database(file, { readonly: true }).prepare('SELECT key_id, iv, auth_tag, cipher_text FROM secrets ORDER BY secret_ref').all() as {
      key_id: string;
      iv: Buffer;
      auth_tag: Buffer;
      cipher_text: Buffer;
    }[];
    expect(rows.map((row) => [row.key_id, row.iv.length, row.auth_tag.length])).toEqual([
      ['a', 12, 16],
      ['a', 12, 16],
    ]);
    expect(rows[0].iv.equals(rows[1].iv)).toBe(false);
    expect(readFileSync(file).includes(Buffer.from('hunter2-Vendor'))).toBe(false);
  });

  it('refuses a secret under another owner, one never stored, and one no configured key opens', async () => {
    const vault = new SqliteSecretVault({ file, keyring: keyring('a', 'a') });
    await vault.store('ref-1', 'acct-1', 'pass-1');
    await expect(vault.reveal('ref-1', 'acct-2')).rejects.toBeInstanceOf(SecretNotFoundError);
    await expect(vault.reveal('ref-9', 'acct-1')).rejects.toBeInstanceOf(SecretNotFoundError);
    await vault.close();
    const other = new SqliteSecretVault({ file, keyring: keyring('b', 'b') });
    await expect(other.reveal('ref-1', 'acct-1')).rejects.toThrow(SecretUnreadableError);
    await expect(other.reveal('ref-1', 'acct-1')).rejects.toThrow('secret unreadable with the configured keys: key a is not configured');
    await other.close();
  });

  it('re-encrypts under the current key what the configured keys open, leaving the rest', async () => {
    const old = new SqliteSecretVault({ file, keyring: keyring('a', 'a') });
    await old.store('ref-1', 'acct-1', 'pass-1');
    await old.close();
    const rotated = new SqliteSecretVault({ file, keyring: keyring('b', 'a', 'b') });
    expect(await rotated.reencryptUnderCurrentKey()).toBe(1);
    await rotated.close();
    const newOnly = new SqliteSecretVault({ file, keyring: keyring('b', 'b') });
    expect(await newOnly.reveal('ref-1', 'acct-1')).toBe('pass-1');
    await newOnly.remove('ref-1');
    await expect(newOnly.reveal('ref-1', 'acct-1')).rejects.toBeInstanceOf(SecretNotFoundError);
    await newOnly.close();
  });
});
