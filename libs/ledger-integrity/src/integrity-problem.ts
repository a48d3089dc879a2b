/** What every check of the stored log reports, whichever walk found it: the whole log, some streams, or the seals. */
export type IntegrityProblemKind =
  | 'hash-mismatch'
  | 'chain-broken'
  | 'revision-out-of-sequence'
  | 'position-gap'
  | 'position-out-of-order'
  | 'stream-head-missing-events'
  | 'stream-head-mismatch'
  /** A recorded seal whose digest does not match its own heads (or that is malformed): the seal was altered. */
  | 'seal-digest-mismatch'
  /** The event at a sealed stream's sealed revision now has another hash than the seal recorded. */
  | 'sealed-event-changed'
  /** A sealed stream no longer reaches the revision it was sealed at. */
  | 'sealed-events-lost'
  /**
   * A category the seal holds by digest only (too many streams to list): its streams as of the sealed position no
   * longer give the sealed heads digest or stream count. Names the category and the seal, not which stream.
   */
  | 'sealed-category-changed'
  /**
   * An event recorded earlier than one before it in the log: along global positions where the store's recordedAt is
   * monotonic, else within its stream. Back-dated, or inserted where it does not belong.
   */
  | 'recorded-at-out-of-order'
  /** An event after a seal in the log that claims to have been recorded before that seal: inserted after it, back-dated. */
  | 'recorded-before-seal'
  /** Fewer events held than positions issued (`checkLogContinuity`): events deleted somewhere in the log. */
  | 'log-has-gaps';

export interface IntegrityProblem {
  kind: IntegrityProblemKind;
  streamId: string;
  /** The revision at which the stream stops holding together. */
  streamRevision: number;
  globalPosition?: number;
  /** For the seal problems: the digest of the seal that shows it. */
  sealDigest?: string;
  /** For 'sealed-category-changed': the category (streamId is then the seal stream, streamRevision the seal's). */
  category?: string;
  message: string;
}
