import { CirculationEvent } from '@era/circulation-domain';
import { defineProjection } from '@era/projection-engine';

export const CIRCULATION_BORROWERS = 'circulation-borrowers';
export const BORROWER_LIST = 'borrowers';

/** The last day of a registration without an expiry: it never expires. */
export const NEVER_EXPIRES = '9999-12-31';

/**
 * A borrower as the list shows them: NO personal data (no name, contact, card number, not even a sealed value or a
 * digest), only what keeps counts whole after erasure.
 */
export type BorrowerListing = {
  id: string;
  borrowerId: string;
  patronGroup: string;
  /** Registered or erased; whether a registration has expired is a matter of the day it is read. */
  state: 'registered' | 'erased';
  expiresOn?: string;
  /** expiresOn, or NEVER_EXPIRES: what the list filters active and expired borrowers on. */
  activeThrough: string;
  /** Cards issued: the first, and every replacement. */
  cardCount: number;
  registeredAt: string;
  erasedAt?: string;
};

/** Every borrower by patron group, standing and registration time, for the desk's list and counts. */
export const circulationBorrowersProjection = defineProjection<CirculationEvent>({
  name: CIRCULATION_BORROWERS,
  version: 1,
  collections: [{ name: BORROWER_LIST, indexes: ['patronGroup', 'state', 'activeThrough', 'registeredAt'] }],
  handlers: {
    BorrowerRegistered: (event, context) => {
      const { borrowerId, patronGroup, expiresOn } = event.data;
      context.put(BORROWER_LIST, {
        id: borrowerId,
        borrowerId,
        patronGroup,
        state: 'registered',
        ...(expiresOn !== undefined && { expiresOn }),
        activeThrough: expiresOn ?? NEVER_EXPIRES,
        cardCount: 1,
        registeredAt: event.metadata.recordedAt,
      } satisfies BorrowerListing);
    },
    BorrowerCardReplaced: async ({ data }, context) => {
      const borrower = await context.get<BorrowerListing>(BORROWER_LIST, data.borrowerId);
      if (borrower) context.put(BORROWER_LIST, { ...borrower, cardCount: borrower.cardCount + 1 });
    },
    BorrowerErased: async (event, context) => {
      const borrower = await context.get<BorrowerListing>(BORROWER_LIST, event.data.borrowerId);
      if (borrower) context.put(BORROWER_LIST, { ...borrower, state: 'erased', erasedAt: event.metadata.recordedAt });
    },
  },
});
