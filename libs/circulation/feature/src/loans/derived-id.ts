import { createHash } from 'node:crypto';

/**
 * A name-based UUID (version 5 layout over SHA-256) for a step that follows from another record: the same name
 * always gives the same id, so that a retried or re-run step is recognised as the repeat it is.
 */
export function derivedId(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
