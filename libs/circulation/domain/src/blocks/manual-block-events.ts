import { DomainEvent } from '@era/decider';
import { BlockFlags } from './block-conditions';

/** One stream per borrower holds their manual blocks: `patron-manual-blocks-<borrowerId>`. */
export const manualBlocksStreamId = (borrowerId: string): string => `patron-manual-blocks-${borrowerId}`;

/**
 * A block staff placed by hand (FOLIO manualblockdata: desc, borrowing/renewals/requests, expirationDate,
 * patronMessage, staffInformation). It applies through its expiration date, inclusive, and not after.
 */
export interface ManualBlockPlaced extends BlockFlags {
  readonly blockId: string;
  readonly borrowerId: string;
  /** Why it is placed (FOLIO `desc`), shown to staff. */
  readonly description: string;
  /** The last day it applies, YYYY-MM-DD in the library's zone; absent: until removed. */
  readonly expirationDate?: string;
  /** What the patron is told. */
  readonly patronMessage?: string;
  /** For staff only. */
  readonly staffInformation?: string;
}

export interface ManualBlockRemoved {
  readonly blockId: string;
  readonly reason: string;
}

export type ManualBlockEvent = DomainEvent<'ManualBlockPlaced', ManualBlockPlaced> | DomainEvent<'ManualBlockRemoved', ManualBlockRemoved>;
