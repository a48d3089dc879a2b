import { SealsSummary } from './seal-checks';

/**
 * A digest kept outside the system, checked against the log: is a seal with it recorded, and does it hold? This is
 * what catches an intruder who re-chained a stream and the seal stream alike: their seals hold, but the digest the
 * library printed and kept is gone.
 */
export interface SealAssertion {
  digest: string;
  found: boolean;
  holds: boolean;
}

export const SEAL_DIGEST = /^[0-9a-f]{64}$/;

export function assertKeptSeal(seals: SealsSummary, digest: string): SealAssertion {
  const matching = seals.seals.filter((seal) => seal.digest === digest);
  return { digest, found: matching.length > 0, holds: matching.some((seal) => seal.ok) };
}
