import { canonicalId } from '@era/decider';

/** One item's stream (its circulation and its one open loan), by barcode as scanned. */
export const itemStreamId = (barcode: string): string => `item-${barcode.trim()}`;

/** One title's holds queue: holds are placed on a title and filled by any of its items. */
export const titleHoldsStreamId = (titleId: string): string => `title-holds-${canonicalId(titleId.trim())}`;
