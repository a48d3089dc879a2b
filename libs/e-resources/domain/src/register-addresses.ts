/**
 * The addresses the register holds: platform hosts, web addresses, and a contact's work email and phone. Plain
 * checks, character by character, so that each is linear in its (capped) length.
 */

export const REGISTER_HOST_MAX = 253;
export const REGISTER_URL_MAX = 2000;
export const CONTACT_EMAIL_MAX = 254;
export const CONTACT_PHONE_MAX = 40;

const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL_LABEL = /^[a-z]{2,63}$/;

/**
 * A host name as a platform serves it (`www.jstor.org`): trimmed, lower-cased, without a trailing dot; undefined when it
 * is not a DNS name of at least two labels ending in an alphabetic top-level label (no scheme, port, path, wildcard or
 * IP literal: a URL is refused, not cut down to its host, so that nobody's intent is guessed).
 */
export function canonicalHost(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > REGISTER_HOST_MAX + 1) return undefined;
  const host = value.trim().toLowerCase().replace(/\.$/, '');
  if (host.length === 0 || host.length > REGISTER_HOST_MAX) return undefined;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => HOST_LABEL.test(label))) return undefined;
  return TOP_LEVEL_LABEL.test(labels[labels.length - 1]) ? host : undefined;
}

/** An absolute http(s) URL with a host name, at most REGISTER_URL_MAX characters: as written, trimmed. */
export function webUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text.length === 0 || text.length > REGISTER_URL_MAX) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  return canonicalHost(url.hostname) === undefined ? undefined : text;
}

/**
 * Mailboxes of consumer providers: a contact's address there is a person's own, not their work address. The register
 * keeps work contacts only (issue 10: nothing personal beyond a name, a role and a work email or phone).
 */
const PERSONAL_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.fr',
  'yahoo.de',
  'ymail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'hotmail.fr',
  'outlook.com',
  'live.com',
  'msn.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'proton.me',
  'protonmail.com',
  'mail.com',
  'yandex.com',
  'yandex.ru',
  'qq.com',
  '163.com',
  'fastmail.com',
  'zoho.com',
]);

const LOCAL_PART = /^[a-z0-9](?:[a-z0-9._+-]{0,62}[a-z0-9])?$/;

/**
 * A work email address, lower-cased: a plain local part (letters, digits, `._+-`) at an organisation's own domain.
 * Refused: anything malformed, and an address at a consumer mail provider (gmail.com, outlook.com, …), which is a
 * person's private mailbox. The domain need not be the organisation's website's: vendors run support desks on other
 * domains. Returns the reason when refused.
 */
export function workEmail(value: unknown): { email: string } | { refused: string } {
  if (typeof value !== 'string' || value.length > CONTACT_EMAIL_MAX + 2) return { refused: `a work email has at most ${CONTACT_EMAIL_MAX} characters` };
  const email = value.trim().toLowerCase();
  const at = email.indexOf('@');
  if (at <= 0 || at !== email.lastIndexOf('@')) return { refused: 'a work email is name@organisation-domain, e.g. support@vendor.example' };
  const domain = canonicalHost(email.slice(at + 1));
  if (!LOCAL_PART.test(email.slice(0, at)) || domain === undefined || domain !== email.slice(at + 1)) {
    return { refused: 'a work email is name@organisation-domain, e.g. support@vendor.example' };
  }
  if (PERSONAL_MAIL_DOMAINS.has(domain)) return { refused: `${domain} is a personal mailbox provider: give the organisation's own address` };
  return { email };
}

const PHONE_CHARACTERS = new Set([' ', '-', '.', '(', ')', '/']);
const MIN_PHONE_DIGITS = 6;
const MAX_PHONE_DIGITS = 15;

/**
 * A work phone number as written (`+1 800 555 0100`, `(0)20 7946 0958 ext. 12`), trimmed: an optional leading `+`,
 * 6 to 15 digits grouped by spaces, dashes, dots, slashes or brackets, and an optional extension (`ext`, `ext.` or
 * `x` followed by up to 6 digits).
 */
export function workPhone(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > CONTACT_PHONE_MAX + 2) return undefined;
  const phone = value.trim().replace(/\s+/g, ' ');
  if (phone.length === 0 || phone.length > CONTACT_PHONE_MAX) return undefined;
  const lower = phone.toLowerCase();
  const ext = lower.lastIndexOf('ext');
  const extensionAt = ext === -1 ? lower.lastIndexOf('x') : ext;
  const number = extensionAt === -1 ? lower : lower.slice(0, extensionAt);
  if (extensionAt !== -1 && !/^(?:ext\.?|x) ?\d{1,6}$/.test(lower.slice(extensionAt))) return undefined;
  let digits = 0;
  for (const [index, character] of [...number.trimEnd()].entries()) {
    if (character >= '0' && character <= '9') digits++;
    else if (!(PHONE_CHARACTERS.has(character) || (character === '+' && index === 0))) return undefined;
  }
  return digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS ? phone : undefined;
}
