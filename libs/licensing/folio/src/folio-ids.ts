import { STAFF_ID } from '@era/decider';

/**
 * FOLIO ids → ledger ids, deterministic and reversible: a UUID as it is (lower-case), and FOLIO's older 32-hex ids
 * (ff8081816889eb56016889f142d9003b) as the same digits in UUID form, so that a re-import finds the same licence.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX32 = /^[0-9a-f]{32}$/;

export function ledgerIdOfFolioId(id: unknown): string | undefined {
  if (typeof id !== 'string' || id.length > 36) return undefined;
  const lower = id.toLowerCase();
  if (UUID.test(lower)) return lower;
  if (HEX32.test(lower)) return `${lower.slice(0, 8)}-${lower.slice(8, 12)}-${lower.slice(12, 16)}-${lower.slice(16, 20)}-${lower.slice(20)}`;
  return undefined;
}

/** The original agreement's version id: the licence's own id (the licence and its original are one FOLIO record). */
export const originalVersionIdOf = (licenceId: string): string => licenceId;

/** A staff id for a FOLIO user named as an internal contact: `folio:<user id>` (within STAFF_ID), undefined if it cannot be one. */
export const FOLIO_STAFF_PREFIX = 'folio:';

export function staffIdOfFolioUser(userId: string): string | undefined {
  const staffId = `${FOLIO_STAFF_PREFIX}${userId}`;
  return staffId.length <= 100 && STAFF_ID.test(staffId) ? staffId : undefined;
}
