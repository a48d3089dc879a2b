import { CirculationEvent, FeeFineEvent, PaymentStatus, statementLinesOf, StatementActionType } from '@era/circulation-domain';
import { RecordedEventOf } from '@era/event-store';
import { defineProjection, ProjectionContext } from '@era/projection-engine';
import { ChargeDocument, ChargeTotals, CIRCULATION_FEE_FINES, FEE_FINE_COLLECTIONS as C, GivenUpDocument, TakingDocument } from './documents';

type Recorded<T extends FeeFineEvent['type']> = RecordedEventOf<Extract<FeeFineEvent, { type: T }>>;

/** Charges and actions are the ledger's: ids are unique within one borrower's ledger, so documents are keyed by both. */
export const ledgerKey = (borrowerId: string, id: string): string => `${borrowerId}:${id}`;

const TOTAL_OF_LINE: Readonly<Record<StatementActionType, keyof ChargeTotals>> = {
  charged: 'charged',
  paid: 'paid',
  waived: 'waived',
  transferred: 'transferred',
  refunded: 'refunded',
  'cancelled-as-error': 'cancelled',
};

/** What a charge's status and payment status are after the event, as the ledger's evolve has them. */
function standingAfter(event: FeeFineEvent, chargeId: string, balanceAfter: number): { status: 'Open' | 'Closed'; paymentStatus: PaymentStatus } {
  switch (event.type) {
    case 'FinePaid':
    case 'FineWaived':
    case 'FineTransferred': {
      const allocation = event.data.allocations.find((a) => a.chargeId === chargeId);
      return { status: balanceAfter === 0 ? 'Closed' : 'Open', paymentStatus: allocation?.paymentStatus ?? 'Outstanding' };
    }
    case 'FineRefunded':
      return { status: 'Open', paymentStatus: event.data.paymentStatus };
    case 'ChargeCancelledAsError':
      return { status: 'Closed', paymentStatus: 'Cancelled as error' };
    case 'FeeCharged':
      return { status: 'Open', paymentStatus: 'Outstanding' };
  }
}

/** Each statement line of the event under its charge, with the charge's balance, standing and totals after it. */
async function onStatement(event: Recorded<FeeFineEvent['type']>, context: ProjectionContext): Promise<void> {
  const domainEvent = { type: event.type, data: event.data } as FeeFineEvent;
  const staffRole = event.metadata.actor.role;
  for (const { chargeId, line } of statementLinesOf(domainEvent)) {
    const id = ledgerKey(event.data.borrowerId, chargeId);
    const charge = await context.get<ChargeDocument>(C.charges, id);
    if (!charge) continue;
    const total = TOTAL_OF_LINE[line.type];
    context.put(C.charges, {
      ...charge,
      remaining: line.balanceAfter,
      ...standingAfter(domainEvent, chargeId, line.balanceAfter.minor),
      lines: [...charge.lines, { ...line, staffRole }],
      totals: { ...charge.totals, [total]: charge.totals[total] + line.amount.minor },
    } satisfies ChargeDocument);
  }
}

async function feeFineTypeOf(context: ProjectionContext, borrowerId: string, chargeId: string): Promise<string> {
  return (await context.get<ChargeDocument>(C.charges, ledgerKey(borrowerId, chargeId)))?.feeFineType ?? 'unknown';
}

function who(event: Recorded<FeeFineEvent['type']>) {
  const { borrowerId, servicePointId, actedAt, source } = event.data;
  return { borrowerId, servicePointId, actedAt, staffId: source, staffRole: event.metadata.actor.role };
}

/** What the library gave up on one charge by one action: the charge's type looked up, who did it taken from the event. */
async function putGivenUp(
  event: Recorded<FeeFineEvent['type']>,
  context: ProjectionContext,
  part: Pick<GivenUpDocument, 'kind' | 'actionId' | 'chargeId' | 'amount' | 'balanceAfter'> & Partial<GivenUpDocument>,
): Promise<void> {
  const { borrowerId } = event.data;
  context.put(C.givenUp, {
    id: ledgerKey(borrowerId, `${part.actionId}:${part.chargeId}`),
    ...who(event),
    feeFineType: await feeFineTypeOf(context, borrowerId, part.chargeId),
    ...part,
  } satisfies GivenUpDocument);
}

/** A waiver or transfer, one document per charge it fell on. */
async function onSpreadGivenUp(event: Recorded<'FineWaived' | 'FineTransferred'>, context: ProjectionContext): Promise<void> {
  const { actionId, allocations } = event.data;
  const how =
    event.type === 'FineWaived'
      ? { kind: 'waiver' as const, reason: event.data.reason }
      : { kind: 'transfer' as const, target: event.data.target, account: event.data.account };
  for (const { chargeId, amount, balanceAfter, paymentStatus } of allocations) {
    await putGivenUp(event, context, { ...how, actionId, chargeId, amount, balanceAfter, paymentStatus });
  }
}

/**
 * The fee/fine ledgers of every borrower, from their events alone (no personal data: borrowers and staff by id):
 * each charge with its actions (the borrower's statement), the money moved at each desk (the cash-up), and the money
 * given up by waiver, refund, transfer or cancellation (the review the head of the desk reads).
 */
export const circulationFeeFinesProjection = defineProjection<CirculationEvent>({
  name: CIRCULATION_FEE_FINES,
  version: 1,
  collections: [
    { name: C.charges, indexes: ['borrowerId', 'sequence'] },
    { name: C.takings, indexes: ['actedAt', 'servicePointId'] },
    { name: C.givenUp, indexes: ['actedAt', 'staffId', 'servicePointId', 'kind'] },
  ],
  handlers: {
    FeeCharged: (event, context) => {
      const { borrowerId, chargeId, feeFineType, automatic, description, loanId, itemId, amount, actedAt, servicePointId, source } = event.data;
      context.put(C.charges, {
        id: ledgerKey(borrowerId, chargeId),
        borrowerId,
        sequence: event.globalPosition,
        chargedAt: actedAt,
        chargeId,
        feeFineType,
        automatic,
        ...(description !== undefined && { description }),
        ...(loanId !== undefined && { loanId }),
        ...(itemId !== undefined && { itemId }),
        amount,
        remaining: amount,
        status: 'Open',
        paymentStatus: 'Outstanding',
        lines: [
          { type: 'charged', actionId: chargeId, amount, balanceAfter: amount, actedAt, servicePointId, staffId: source, staffRole: event.metadata.actor.role },
        ],
        totals: { charged: amount.minor, paid: 0, waived: 0, transferred: 0, refunded: 0, cancelled: 0 },
      } satisfies ChargeDocument);
    },
    FinePaid: async (event, context) => {
      await onStatement(event, context);
      const { actionId, allocations, method, amount } = event.data;
      context.put(C.takings, {
        id: ledgerKey(event.data.borrowerId, actionId),
        kind: 'payment',
        actionId,
        chargeIds: allocations.map((a) => a.chargeId),
        method,
        amount,
        ...who(event),
      } satisfies TakingDocument);
    },
    FineWaived: async (event, context) => {
      await onStatement(event, context);
      await onSpreadGivenUp(event, context);
    },
    FineTransferred: async (event, context) => {
      await onStatement(event, context);
      await onSpreadGivenUp(event, context);
    },
    FineRefunded: async (event, context) => {
      await onStatement(event, context);
      const { actionId, chargeId, amount, balanceAfter, paymentStatus, method, reason, borrowerId } = event.data;
      await putGivenUp(event, context, { kind: 'refund', actionId, chargeId, amount, balanceAfter, paymentStatus, method, reason });
      // A refund back to the transfer account moves no money at a desk.
      if (method === 'transfer-account') return;
      context.put(C.takings, {
        id: ledgerKey(borrowerId, actionId),
        kind: 'refund',
        actionId,
        chargeIds: [chargeId],
        method,
        amount,
        reason,
        ...who(event),
      } satisfies TakingDocument);
    },
    ChargeCancelledAsError: async (event, context) => {
      await onStatement(event, context);
      const { actionId, chargeId, amount, balanceAfter, reason } = event.data;
      await putGivenUp(event, context, { kind: 'cancellation', actionId, chargeId, amount, balanceAfter, reason });
    },
  },
});
