import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * "password: …", "pwd=…", "API key: …": a credential written into free text. Vendor admin passwords belong in the
 * library's password manager, never in an immutable event (or a log), where no one could ever remove them again.
 */
const CREDENTIAL = /\b(?:pass(?:word|wd|code|phrase)?|pwd|api[\s_-]?key|secret|access[\s_-]?token)\s*[:=]/i;

export const looksLikeCredential = (text: string): boolean => CREDENTIAL.test(text);

export const CREDENTIAL_REFUSAL = 'must not contain a password or other credential (keep vendor logins in the password manager)';

/** Refuses free text that carries a credential, before it could reach an event. */
export function NoCredentials(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'noCredentials',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} ${CREDENTIAL_REFUSAL}`, ...options },
      validator: { validate: (value: unknown) => typeof value !== 'string' || !looksLikeCredential(value) },
    });
}
