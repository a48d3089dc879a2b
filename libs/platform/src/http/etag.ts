import { PreconditionFailedException } from '@nestjs/common';

/** A stream's revision as a strong ETag. */
export const etagOf = (revision: number) => `"${revision}"`;

/**
 * The revision a client says it based its change on (If-Match), or undefined when it sent none.
 * A stale value becomes the expected revision of the append, so it surfaces as the store's concurrency conflict.
 */
export function revisionFromIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(header);
  if (!match) throw new PreconditionFailedException('If-Match must be an ETag this API gave out, e.g. "3"');
  return Number(match[1]);
}
