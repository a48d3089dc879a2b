/**
 * "password: …", "pwd=…", "API key: …": a credential written into free text. Vendor admin passwords belong in the
 * library's password manager, never in an immutable event (or a log), where no one could ever remove them again.
 */
const CREDENTIAL = /\b(?:pass(?:word|wd|code|phrase)?|pwd|api[\s_-]?key|secret|access[\s_-]?token)\s*[:=]/i;

export const looksLikeCredential = (text: string): boolean => CREDENTIAL.test(text);

/** What a refusal says after the field's name. */
export const CREDENTIAL_REFUSAL = 'must not contain a password or other credential (keep vendor logins in the password manager)';
