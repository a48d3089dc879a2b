import { MS_PER_MINUTE } from '@era/calendar';
import { CirculationEvent, Money } from '@era/circulation-domain';
import { defineProjection, ProjectionContext } from '@era/projection-engine';

export const CIRCULATION_STATISTICS = 'circulation-statistics';
export const CIRCULATION_CELLS = 'cells';
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

const QUARTER_HOUR_MS = 15 * MS_PER_MINUTE;

export function quarterHourBucket(instant: string): string {
  return new Date(Math.floor(Date.parse(instant) / QUARTER_HOUR_MS) * QUARTER_HOUR_MS).toISOString().slice(0, 16) + 'Z';
}

async function count(context: ProjectionContext, at: string, desk: string, measure: CirculationMeasure, paid?: Money): Promise<void> {
  const bucket = quarterHourBucket(at);
  const id = `${bucket}|${desk}`;
  const cell = (await context.get<CirculationCell>(CIRCULATION_CELLS, id)) ?? {
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
  context.put(CIRCULATION_CELLS, cell);
}

/** Check-outs, check-ins, renewals, holds filled, overrides and payments (count and amount) per desk and quarter hour. */
export const circulationStatisticsProjection = defineProjection<CirculationEvent>({
  name: CIRCULATION_STATISTICS,
  version: 1,
  collections: [
    { name: CIRCULATION_CELLS, indexes: ['bucket'] },
    { name: LOAN_DESKS, indexes: [] },
  ],
  handlers: {
    ItemCheckedOut: async ({ data }, context) => {
      await count(context, data.loanDate, data.desk, 'checkOuts');
      context.put(LOAN_DESKS, { id: data.loanId, desk: data.desk } satisfies LoanDesk);
    },
    ItemCheckedIn: async ({ data }, context) => {
      await count(context, data.returnDate, data.desk, 'checkIns');
      if (data.loanId) context.delete(LOAN_DESKS, data.loanId);
    },
    ItemMarkedMissing: ({ data }, context) => {
      context.delete(LOAN_DESKS, data.loanId);
    },
    LoanRenewed: async ({ data }, context) => {
      // A renewal names no desk today: it counts where the loan was made, unless a later event shape says where.
      const own = 'desk' in data && typeof data.desk === 'string' ? data.desk : undefined;
      const desk = own ?? (await context.get<LoanDesk>(LOAN_DESKS, data.loanId))?.desk ?? '';
      await count(context, data.renewedAt, desk, 'renewals');
    },
    HoldFilled: ({ data }, context) => count(context, data.filledAt, data.pickupLocation, 'holdsFilled'),
    OverrideGranted: ({ data }, context) => count(context, data.grantedAt, data.desk ?? '', 'overrides'),
    FinePaid: ({ data }, context) => count(context, data.actedAt, data.servicePointId, 'payments', data.amount),
  },
});
