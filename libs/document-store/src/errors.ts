export class DocumentTooLargeError extends Error {
  override readonly name = 'DocumentTooLargeError';
  constructor(readonly maxBytes: number) {
    super(`the document exceeds the limit of ${maxBytes} bytes`);
  }
}

export class DocumentNotFoundError extends Error {
  override readonly name = 'DocumentNotFoundError';
  constructor(readonly sha256: string) {
    super(`no stored document has SHA-256 ${sha256}`);
  }
}

/** Stored bytes that no longer hash to their address: altered or corrupted outside the system. */
export class DocumentIntegrityError extends Error {
  override readonly name = 'DocumentIntegrityError';
  constructor(
    readonly sha256: string,
    readonly actualSha256: string,
  ) {
    super(`the stored document ${sha256} has been altered: its content now hashes to ${actualSha256}`);
  }
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
