import { CirculationEvent } from '@era/circulation-domain';
import { canonicalId } from '@era/decider';
import { defineProjection } from '@era/projection-engine';

export const CIRCULATION_HOLDS = 'circulation-holds';
export const OPEN_HOLDS = 'open-holds';
export const TITLES = 'titles';
/** Items whose hold ended while they waited on the shelf for it, until the item is released (or moves on). */
export const PENDING_RELEASES = 'pending-releases';

/** A hold's key in the read model: a hold id is unique within its title's stream. */
export const openHoldKey = (titleId: string, holdId: string) => `${titleId}/${holdId}`;

/** A hold not yet closed: waiting in its title's queue, or filled and waiting on the hold shelf until `pickupBy`. */
export type OpenHoldListing = {
  id: string;
  holdId: string;
  titleId: string;
  borrowerId: string;
  pickupLocation: string;
  placedAt: string;
  status: 'open' | 'awaiting pickup';
  /** Set once filled: the item on the shelf and the last local date it waits there. */
  barcode: string | null;
  pickupBy: string | null;
};

/** An item held on the shelf for a hold that ended: the desk must release it (the sweep makes up a release lost to a crash). */
export type PendingRelease = { id: string; barcode: string; titleId: string; holdId: string };

/** A title the library circulates: known from the items registered with its id. */
export type TitleListing = { id: string; titleId: string; title: string; items: number };

/**
 * The open holds of every title (what the hold-shelf sweep looks through for the titles with holds past their
 * pickup-by date) and the titles that have items (a hold is placed on a title the library has). The queue of one
 * title, in order, is read from its stream.
 */
export const circulationHoldsProjection = defineProjection<CirculationEvent>({
  name: CIRCULATION_HOLDS,
  version: 1,
  collections: [
    { name: OPEN_HOLDS, indexes: ['titleId', 'borrowerId', 'status', 'pickupBy'] },
    { name: TITLES, indexes: [] },
    { name: PENDING_RELEASES, indexes: [] },
  ],
  handlers: {
    ItemRegistered: async ({ data }, context) => {
      // A UUID title id in any case is one title (as its holds stream is).
      const titleId = canonicalId(data.titleId);
      const title = await context.get<TitleListing>(TITLES, titleId);
      context.put(TITLES, {
        id: titleId,
        titleId,
        title: title?.title ?? data.title,
        items: (title?.items ?? 0) + 1,
      } satisfies TitleListing);
    },
    HoldPlaced: ({ data }, context) => {
      context.put(OPEN_HOLDS, {
        id: openHoldKey(data.titleId, data.holdId),
        holdId: data.holdId,
        titleId: data.titleId,
        borrowerId: data.borrowerId,
        pickupLocation: data.pickupLocation,
        placedAt: data.placedAt,
        status: 'open',
        barcode: null,
        pickupBy: null,
      } satisfies OpenHoldListing);
    },
    HoldFilled: async ({ data }, context) => {
      const hold = await context.get<OpenHoldListing>(OPEN_HOLDS, openHoldKey(data.titleId, data.holdId));
      if (hold) context.put(OPEN_HOLDS, { ...hold, status: 'awaiting pickup', barcode: data.barcode, pickupBy: data.pickupBy });
    },
    HoldCancelled: ({ data }, context) => {
      context.delete(OPEN_HOLDS, openHoldKey(data.titleId, data.holdId));
      const { barcode, titleId, holdId } = data;
      if (barcode !== undefined) context.put(PENDING_RELEASES, { id: barcode, barcode, titleId, holdId } satisfies PendingRelease);
    },
    HoldPickedUp: ({ data }, context) => context.delete(OPEN_HOLDS, openHoldKey(data.titleId, data.holdId)),
    HoldExpired: ({ data }, context) => {
      context.delete(OPEN_HOLDS, openHoldKey(data.titleId, data.holdId));
      const { barcode, titleId, holdId } = data;
      context.put(PENDING_RELEASES, { id: barcode, barcode, titleId, holdId } satisfies PendingRelease);
    },
    // Released, or moved on (lent, on a shelf or travelling for another hold): nothing is left to release.
    ItemReleasedFromHoldShelf: ({ data }, context) => context.delete(PENDING_RELEASES, data.barcode),
    ItemCheckedOut: ({ data }, context) => context.delete(PENDING_RELEASES, data.barcode),
    ItemAwaitingPickup: ({ data }, context) => context.delete(PENDING_RELEASES, data.barcode),
    ItemInTransit: ({ data }, context) => context.delete(PENDING_RELEASES, data.barcode),
  },
});
