import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allocation, FeeFineEvent } from '@era/circulation-domain';
import { canonicalId } from '@era/decider';
import { ResponseHeaders } from '@era/platform';
import { MoneyDto } from '../shared/money.dto';
import { WriteAccepted } from '../shared/write-accepted';
import { writeResponse } from '../shared/write-response';
import { LedgerWrite, owedAfter } from './ledger-commands';

/** Where a borrower's charges and actions can be read back. */
export const statementPath = (borrowerId: string) => `/circulation/borrowers/${borrowerId}/statement`;

export class ChargeAccepted extends WriteAccepted {
  @ApiProperty({ type: MoneyDto, description: 'What the borrower owes after the charge' }) balanceOwed!: MoneyDto;
}

export class ActionAccepted extends WriteAccepted {
  @ApiProperty({ description: 'The charge the action fell on, or the first of several' }) chargeId!: string;
  @ApiProperty({ type: MoneyDto, description: 'What the borrower owes after the action' }) balanceOwed!: MoneyDto;
  @ApiPropertyOptional({ description: 'Each charge’s part and balance after (absent for a retry: see the statement)' })
  allocations?: Allocation[];
}

/** The parts of an action just recorded, per charge (none for a retry, which recorded nothing). */
export function allocationsOf(events: readonly FeeFineEvent[]): Allocation[] | undefined {
  const [event] = events;
  if (event === undefined) return undefined;
  switch (event.type) {
    case 'FinePaid':
    case 'FineWaived':
    case 'FineTransferred':
      return event.data.allocations;
    case 'FineRefunded':
      return [{ chargeId: event.data.chargeId, amount: event.data.amount, balanceAfter: event.data.balanceAfter, paymentStatus: event.data.paymentStatus }];
    case 'ChargeCancelledAsError':
      return [{ chargeId: event.data.chargeId, amount: event.data.amount, balanceAfter: event.data.balanceAfter, paymentStatus: 'Cancelled as error' }];
    case 'FeeCharged':
      return undefined;
  }
}

/** An action's answer: 201 with the statement as Location when recorded, 200 for a retry; the parts and what is owed. */
export function actionResponse(response: ResponseHeaders, written: LedgerWrite, borrowerId: string, chargeId: string): ActionAccepted {
  const allocations = allocationsOf(written.outcome.events);
  return writeResponse(response, written, () => statementPath(canonicalId(borrowerId)), {
    chargeId: canonicalId(chargeId),
    balanceOwed: owedAfter(written.outcome),
    ...(allocations !== undefined && { allocations }),
  });
}
