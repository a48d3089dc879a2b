import { Command, isRoleAmong, LICENCE_DIRECTORS, RefusalKind, ruleViolationClass } from '@era/decider';
import { CREDENTIAL_REFUSAL, looksLikeCredential } from '@era/screening';
import { AppendMetadata, EventStore } from '@era/event-store';
import { LedgerSealReceipt, sealLedger } from '@era/ledger-integrity';

/** Seal the whole log, saying why if the sealer wants to (e.g. "year-end compliance review 2026"). */
export type SealLedger = Command<'SealLedger', { reason?: string }>;

/** Who asks and through which channel: recorded with the seal, with the reason the command gives. */
export type SealRequest = Omit<AppendMetadata, 'reason'>;

const KIND_OF_RULE = {
  // Over HTTP the role guard answers 403 before this rule is reached; it speaks to the CLI, which has no guard.
  'sealer-role-required': 'unprocessable',
  'credential-in-reason': 'invalid',
} as const satisfies Record<string, RefusalKind>;

export type LedgerSealRule = keyof typeof KIND_OF_RULE;

/** A seal the rules refuse. Nothing is appended when one is raised. */
export class LedgerSealRefusal extends ruleViolationClass('LedgerSealRefusal', KIND_OF_RULE) {}

/**
 * Sealing the ledger, the one path for the API and the CLI: only an administrator or the librarian may seal, and
 * the reason is trimmed (blank is none) and refused when it looks like a credential, since a recorded seal can never
 * be changed. Seals the raw store given: the hashes sealed are those of the events as stored.
 */
export async function handleSealLedger(rawEvents: EventStore, command: SealLedger, request: SealRequest): Promise<LedgerSealReceipt> {
  const { actor, ...origin } = request;
  if (!isRoleAmong(actor.role, LICENCE_DIRECTORS)) {
    throw new LedgerSealRefusal('sealer-role-required', `sealing the ledger is for an administrator or the librarian; ${actor.id} is ${actor.role}`);
  }
  const reason = command.data.reason?.trim();
  if (reason && looksLikeCredential(reason)) throw new LedgerSealRefusal('credential-in-reason', `reason ${CREDENTIAL_REFUSAL}`);
  // The metadata's fields in the order every write records them.
  return sealLedger(rawEvents, { actor, ...(reason ? { reason } : {}), ...origin });
}
