import { SHA256_HEX } from './errors';

/** A string that cannot be a document's address: refused before it reaches a path or a query. */
export class InvalidDocumentAddressError extends RangeError {
  override readonly name = 'InvalidDocumentAddressError';
  constructor(readonly address: string) {
    super(`${JSON.stringify(address.slice(0, 80))} is not a document address: expected 64 lower-case hex digits of a SHA-256`);
  }
}

export function assertDocumentAddress(sha256: string): void {
  if (typeof sha256 !== 'string' || !SHA256_HEX.test(sha256)) throw new InvalidDocumentAddressError(String(sha256));
}
