import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { isPersonalDigest, isSealedValue, PersonErasedError, SealedValueRefusedError } from '@era/personal-data';
import { SqlitePersonalDataKeys } from './sqlite-personal-data-keys';

const PERSON = '0b8a4a52-6f0e-4a53-9d0c-3f7f1c1b2a01';
const OTHER = '6c1f2d6e-1c55-4b8e-8f0a-7d0e5b9e4c02';
const NAME = 'Ottilie Quennell-Brackenbury';
const EMAIL = 'ottilie.quennell@example.org';
const CARD = '21987000451236';
const PERSONAL = JSON.stringify({ name: NAME, email: EMAIL, phone: '+44 20 7946 0958' });

describe('the SQLite personal-data key store', () => {
  let directory: string;
  let file: string;
  let keys: SqlitePersonalDataKeys;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'era-personal-'));
    file = join(directory, 'personal-data-keys.sqlite');
    keys = new SqlitePersonalDataKeys({ file });
  });
  afterEach(async () => {
    await keys.close().catch(() => undefined);
    rmSync(directory, { recursive: true, force: true });
  });

  const keyBytesOf = (personId: string): Buffer => {
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare('SELECT key FROM person_keys WHERE person_id = ?').get(personId) as { key: Buffer }).key;
    } finally {
      db.close();
    }
  };
  const indexHashOf = (personId: string): Buffer => {
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare('SELECT value_hash FROM personal_index WHERE person_id = ?').get(personId) as { value_hash: Buffer }).value_hash;
    } finally {
      db.close();
    }
  };
  const fileBytes = () => Buffer.concat([file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f)));

  it('seals with AES-256-GCM under a 256-bit key of the person’s, created on the first seal, and opens again', async () => {
    const sealed = await keys.seal(PERSON, 'borrower-personal-data', PERSONAL);
    expect(isSealedValue(sealed)).toBe(true);
    expect(sealed).toMatchObject({ version: 1, algorithm: 'A256GCM', keyId: PERSON });
    expect(keyBytesOf(PERSON)).toHaveLength(32);
    expect(await keys.open(sealed, 'borrower-personal-data')).toBe(PERSONAL);
    const again = await keys.seal(PERSON, 'borrower-personal-data', PERSONAL);
    expect(again.iv).not.toBe(sealed.iv);
    expect(again.cipherText).not.toBe(sealed.cipherText);
    await keys.seal(OTHER, 'borrower-personal-data', PERSONAL);
    expect(keyBytesOf(OTHER).equals(keyBytesOf(PERSON))).toBe(false);
  });

  it('refuses tampered cipher text, a swapped tag, another purpose and another person’s key id', async () => {
    const sealed = await keys.seal(PERSON, 'borrower-personal-data', PERSONAL);
    await keys.seal(OTHER, 'borrower-personal-data', 'other');
    const bytes = Buffer.from(sealed.cipherText, 'base64url');
    bytes[0] ^= 0x01;
    const tampered = [
      { ...sealed, cipherText: bytes.toString('base64url') },
      { ...sealed, tag: Buffer.alloc(16, 7).toString('base64url') },
      { ...sealed, keyId: OTHER },
    ];
    for (const value of tampered) await expect(keys.open(value, 'borrower-personal-data')).rejects.toBeInstanceOf(SealedValueRefusedError);
    await expect(keys.open(sealed, 'card-number')).rejects.toBeInstanceOf(SealedValueRefusedError);
  });

  it('digests a card number the same way for one person, differently for another, in 43 base64url characters', async () => {
    const digest = await keys.digest(PERSON, 'card-number', CARD);
    expect(isPersonalDigest(digest)).toBe(true);
    expect(await keys.digest(PERSON, 'card-number', CARD)).toBe(digest);
    expect(await keys.digest(PERSON, 'card-number', '21987000451237')).not.toBe(digest);
    expect(await keys.digest(OTHER, 'card-number', CARD)).not.toBe(digest);
  });

  it('finds the person who holds a card number through the store-wide index, and keeps it theirs', async () => {
    expect(await keys.find('card-number', CARD)).toBeUndefined();
    expect(await keys.claim(PERSON, 'card-number', CARD)).toEqual({ heldBy: PERSON });
    expect(await keys.claim(PERSON, 'card-number', CARD)).toEqual({ heldBy: PERSON });
    expect(await keys.claim(OTHER, 'card-number', CARD)).toEqual({ heldBy: PERSON });
    expect(await keys.find('card-number', CARD)).toBe(PERSON);
    expect(await keys.find('other-purpose', CARD)).toBeUndefined();
    await keys.release(OTHER, 'card-number', CARD);
    expect(await keys.find('card-number', CARD)).toBe(PERSON);
    await keys.release(PERSON, 'card-number', CARD);
    expect(await keys.claim(OTHER, 'card-number', CARD)).toEqual({ heldBy: OTHER });
  });

  it('an event payload holds neither the name, the email nor the card number, even before erasure', async () => {
    const payload = JSON.stringify({
      type: 'BorrowerRegistered',
      data: {
        borrowerId: PERSON,
        patronGroup: 'external-borrower',
        personalData: await keys.seal(PERSON, 'borrower-personal-data', PERSONAL),
        card: { number: await keys.seal(PERSON, 'card-number', CARD), digest: await keys.digest(PERSON, 'card-number', CARD) },
      },
    });
    for (const plain of [NAME, EMAIL, CARD, 'Ottilie', 'example.org']) expect(payload.toLowerCase()).not.toContain(plain.toLowerCase());
  });

  it('after erasure nothing of the person opens (undefined, no throw) or is found, no new seal is made, and the key file no longer holds the key or the index entry', async () => {
    const personal = await keys.seal(PERSON, 'borrower-personal-data', PERSONAL);
    const card = await keys.seal(PERSON, 'card-number', CARD);
    const kept = await keys.seal(OTHER, 'borrower-personal-data', 'kept');
    await keys.claim(PERSON, 'card-number', CARD);
    const key = keyBytesOf(PERSON);
    const indexHash = indexHashOf(PERSON);
    expect(fileBytes().includes(key)).toBe(true);
    expect(fileBytes().includes(indexHash)).toBe(true);

    await keys.erase(PERSON);
    expect(await keys.open(personal, 'borrower-personal-data')).toBeUndefined();
    expect(await keys.open(card, 'card-number')).toBeUndefined();
    expect(await keys.open(kept, 'borrower-personal-data')).toBe('kept');
    expect(await keys.isErased(PERSON)).toBe(true);
    expect(await keys.isErased(OTHER)).toBe(false);
    expect(await keys.find('card-number', CARD)).toBeUndefined();
    await expect(keys.claim(PERSON, 'card-number', CARD)).rejects.toBeInstanceOf(PersonErasedError);
    await expect(keys.seal(PERSON, 'borrower-personal-data', PERSONAL)).rejects.toBeInstanceOf(PersonErasedError);
    await expect(keys.digest(PERSON, 'card-number', CARD)).rejects.toBeInstanceOf(PersonErasedError);
    await keys.erase(PERSON); // a second erasure changes nothing

    expect(fileBytes().includes(key)).toBe(false);
    expect(fileBytes().includes(indexHash)).toBe(false);
    await keys.close();
    const db = new Database(file);
    db.exec('VACUUM');
    db.close();
    const bytes = fileBytes();
    expect(bytes.includes(key)).toBe(false);
    expect(bytes.includes(indexHash)).toBe(false);
    for (const plain of [NAME, EMAIL, CARD]) expect(bytes.includes(Buffer.from(plain))).toBe(false);
  });
});
