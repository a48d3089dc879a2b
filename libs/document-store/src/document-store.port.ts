import { Readable } from 'node:stream';

export interface StoredDocument {
  /** Lower-case hex SHA-256 of the content: its address. */
  sha256: string;
  sizeBytes: number;
  /** False when identical content was already stored (content addressing makes a re-upload free). */
  created: boolean;
}

/** Content received and hashed but not yet at its address: nothing names it, and discard leaves no trace. */
export interface StagedDocument {
  sha256: string;
  sizeBytes: number;
  /** Gives the content its address (storing nothing new where the same content is already there). */
  keep(): Promise<StoredDocument>;
  /** Deletes the received content; the address, and whatever another upload put there, is untouched. */
  discard(): Promise<void>;
}

/**
 * Signed documents, stored by the SHA-256 of their content and never overwritten. Embedded default: files under
 * the data folder; production: MongoDB GridFS.
 */
export interface DocumentStore {
  /**
   * Streams the content in while hashing it. Refuses with DocumentTooLargeError, storing nothing, once more than
   * `maxBytes` arrive. Storing content that is already there stores nothing new.
   */
  put(content: Readable | AsyncIterable<Uint8Array>, options: { maxBytes: number }): Promise<StoredDocument>;
  /**
   * As put, in two steps: receives and hashes the content (refusing it as put does) without giving it its address,
   * so that a write can be decided on the hash first and the bytes kept only if it is accepted.
   */
  stage(content: Readable | AsyncIterable<Uint8Array>, options: { maxBytes: number }): Promise<StagedDocument>;
  /**
   * The content, after re-hashing what is stored: DocumentIntegrityError when it no longer matches its address,
   * DocumentNotFoundError when it is gone. Nothing is streamed before the check passed.
   */
  open(sha256: string): Promise<{ sizeBytes: number; content: Readable }>;
  /** The address of every document stored (for verification: content that no event names). */
  addresses(): AsyncIterable<string>;
  /** Re-hashes without returning the content (for verification and compliance reviews). */
  check(sha256: string): Promise<'intact' | 'altered' | 'missing'>;
  /**
   * Removes content that a refused write stored and nothing references. Only for the document just created by the
   * same request; never for anything an event names.
   */
  discardUnreferenced(sha256: string): Promise<void>;
  close(): Promise<void>;
}
