import { findCredential, looksLikeCredential } from './credentials';
import { MAX_SCREENED_LENGTH } from './screening-limit';

describe('findCredential', () => {
  const caught: [string, string][] = [
    ['a password field', 'password: hunter2'],
    ['a capitalised password field', 'Password: x'],
    ['a shouted password field', 'PASSWORD=x'],
    ['a snake_case label', 'vendor_password: s3cret'],
    ['a client secret', 'client_secret=abc'],
    ['a camelCase label and a value', 'adminPassword Tr0ub4dor&3'],
    ['an API key with a dash', 'API-KEY sk_live_4eC39HqLyjWD'],
    ['an API key with a space', 'api key: 12345'],
    ['an apiKey', 'apiKey=abcdef'],
    ['a sentence giving the password', 'the password is swordfish'],
    ['a sentence giving the password in quotes', "the vendor's password was 'letmein'"],
    ['a login and pw', 'login: jdoe / pw: tiger'],
    ['passwd', 'passwd=root'],
    ['pwd', 'pwd=abc'],
    ['a JSON-ish label', '"password": "x"'],
    ['an access token', 'accessToken: eyJ'],
    ['a token field', 'token = 0f3a9c'],
    ['a bearer token', 'Authorization: Bearer abcDEF123456'],
    ['a JSON web token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJqZG9lIn0.c2lnbmF0dXJl'],
    ['a PIN', 'the PIN is 4711'],
    ['a passphrase with a full-width colon', 'passphrase：correct horse'],
    ['a label broken by a zero-width space', 'pass\u200Bword: x'],
    ['a private key', 'private key: MIIEvQ'],
  ];

  const harmless: [string, string][] = [
    ['prose about a password reset', 'password reset instructions were sent'],
    ['prose about forgotten passwords', 'patron forgot password, referred to IT'],
    ['a copula with prose after it', 'the password is required for the database'],
    ['an inflected word after the copula', 'the password was changed by IT'],
    ['plural passwords', 'passwords: ask the e-resources team'],
    ['a word containing pass', 'compass: north wing; bypass: closed'],
    ['a key that is not a credential', 'key: A = available'],
    ['a label at the end', 'where do I find the password?'],
    ['a login without a password', 'login: jdoe'],
    ['a password hyphenated into prose', 'password-reset page was down'],
    ['no text', ''],
  ];

  it.each(caught)('catches %s', (_name, text) => {
    expect(findCredential(text)).toBe('credential');
  });

  it.each(harmless)('lets %s pass', (_name, text) => {
    expect(findCredential(text)).toBeUndefined();
  });

  it('refuses a text over the limit without reading it', () => {
    expect(looksLikeCredential('a'.repeat(MAX_SCREENED_LENGTH + 1))).toBe(true);
    expect(findCredential('a'.repeat(MAX_SCREENED_LENGTH + 1))).toBe('text too long to screen');
  });
});
