import { quarterHourBucket } from '@era/calendar';
import { CirculationEvent, Money } from '@era/circulation-domain';
import { defineProjection, historyCollection, KeptHistory, ProjectionContext, putKeepingHistory } from '@era/projection-engine';

export const CIRCULATION_STATISTICS = 'circulation-statistics';
export const CIRCULATION_CELLS = 'cells';
/** The cells keep their past values, so that counts as of a position are read from them, not replayed. */
export const CIRCULATION_CELLS_KEPT: KeptHistory = { collection: CIRCULATION_CELLS, history: 'cellHistory' };
const LOAN_DESKS = 'loanDesks';

/** What the desk counts: each a number of events per quarter hour and desk. */
export const CIRCULATION_MEASURES = ['checkOuts', 'checkIns', 'renewals', 'holdsFilled', 'overrides', 'payments'] as const;
export type CirculationMeasure = (typeof CIRCULATION_MEASURES)[number];

/**
 * Circulation counts per UTC quarter hour and desk, as the desk statistics keep theirs, so that local hours, days,
 * weekdays and months come out at query time in any zone. No borrower is named: anonymising loan history later
 * changes nothing here, and every count stays.
 */
export type CirculationCell = Record<CirculationMeasure, number> & {
  id: string;
  bucket: string;
  desk: string;
  /** Payments taken, summed per currency in minor units. */
  paid: Record<string, number>;
};

/** Where a loan was checked out: the desk a renewal counts at when the renewal does not name one. */
type LoanDesk = { id: string; desk: string };

async function count(context: ProjectionContext, position: number, at: string, desk: string, measure: CirculationMeasure, paid?: Money): Promise<void> {
  const bucket = quarterHourBucket(at);
  const id = `${bucket}|${desk}`;
  const previous = await context.get<CirculationCell>(CIRCULATION_CELLS, id);
  const cell: CirculationCell = previous
    ? { ...previous }
    : {
        id,
        bucket,
        desk,
        checkOuts: 0,
        checkIns: 0,
        renewals: 0,
        holdsFilled: 0,
        overrides: 0,
        payments: 0,
        paid: {},
      };
  cell[measure] += 1;
  if (paid) cell.paid = { ...cell.paid, [paid.currency]: (cell.paid[paid.currency] ?? 0) + paid.minor };
  putKeepingHistory(context, CIRCULATION_CELLS_KEPT, previous, cell, position);
}

/** Check-outs, check-ins, renewals, holds filled, overrides and payments (count and amount) per desk and quarter hour. */
export const circulationStatisticsProjection = defineProjection<CirculationEvent>({
  name: CIRCULATION_STATISTICS,
  // 2: the cells' history, for counts as of a position. 3: no bucket index (queries read a period as an id range).
  version: 3,
  collections: [{ name: CIRCULATION_CELLS, indexes: [] }, historyCollection(CIRCULATION_CELLS_KEPT, []), { name: LOAN_DESKS, indexes: [] }],
  handlers: {
    ItemCheckedOut: async ({ data, globalPosition }, context) => {
      await count(context, globalPosition, data.loanDate, data.desk, 'checkOuts');
      context.put(LOAN_DESKS, { id: data.loanId, desk: data.desk } satisfies LoanDesk);
    },
    ItemCheckedIn: async ({ data, globalPosition }, context) => {
      await count(context, globalPosition, data.returnDate, data.desk, 'checkIns');
      if (data.loanId) context.delete(LOAN_DESKS, data.loanId);
    },
    ItemMarkedMissing: ({ data }, context) => {
      context.delete(LOAN_DESKS, data.loanId);
    },
    LoanRenewed: async ({ data, globalPosition }, context) => {
      // A renewal names no desk today: it counts where the loan was made, unless a later event shape says where.
      const own = 'desk' in data && typeof data.desk === 'string' ? data.desk : undefined;
      const desk = own ?? (await context.get<LoanDesk>(LOAN_DESKS, data.loanId))?.desk ?? '';
      await count(context, globalPosition, data.renewedAt, desk, 'renewals');
    },
    HoldFilled: ({ data, globalPosition }, context) => count(context, globalPosition, data.filledAt, data.pickupLocation, 'holdsFilled'),
    OverrideGranted: ({ data, globalPosition }, context) => count(context, globalPosition, data.grantedAt, data.desk ?? '', 'overrides'),
    FinePaid: ({ data, globalPosition }, context) => count(context, globalPosition, data.actedAt, data.servicePointId, 'payments', data.amount),
  },
});
