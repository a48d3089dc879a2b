import { canonicalId, Decider } from '@era/decider';
import { decideChargeFee } from './charge-fee';
import { FeeFineCommand } from './commands';
import { FeeFineEvent } from './events';
import { FeeFineContext } from './fee-fine-context';
import { requireBorrowerOnRecord, requireFeeFinePermission } from './fee-fine-permissions';
import { evolveFeeFineLedger, FeeFineLedgerState, initialFeeFineLedger } from './ledger-state';
import { decideCancel, decideRefund } from './refund-and-cancel';
import { decidePay, decideTransfer, decideWaive } from './spread-actions';

/** Who may act first (403 naming the permission), then whether the borrower is there to act on, then the action's own rules. */
function decide(command: FeeFineCommand, state: FeeFineLedgerState, context: FeeFineContext): FeeFineEvent[] {
  requireFeeFinePermission(command, context, state);
  requireBorrowerOnRecord(command, context);
  switch (command.type) {
    case 'ChargeFee':
      return decideChargeFee(command, state, context).map((data) => ({ type: 'FeeCharged', data }));
    case 'PayFeesFines':
      return decidePay(command, state, context).map((data) => ({ type: 'FinePaid', data }));
    case 'WaiveFeesFines':
      return decideWaive(command, state, context).map((data) => ({ type: 'FineWaived', data }));
    case 'TransferFeesFines':
      return decideTransfer(command, state, context).map((data) => ({ type: 'FineTransferred', data }));
    case 'RefundFeeFine':
      return decideRefund(command, state, context).map((data) => ({ type: 'FineRefunded', data }));
    case 'CancelFeeFine':
      return decideCancel(command, state, context).map((data) => ({ type: 'ChargeCancelledAsError', data }));
  }
}

/**
 * One borrower's fee/fine ledger, one stream: every charge and every action on it, so that one payment spread over
 * several charges is one decision, appended whole or not at all.
 */
export const feeFineLedgerDecider: Decider<FeeFineCommand, FeeFineLedgerState, FeeFineEvent, FeeFineContext> = {
  initialState: initialFeeFineLedger,
  decide,
  evolve: evolveFeeFineLedger,
};

/** The stream of a borrower's ledger. */
export const feeFinesStreamId = (borrowerId: string): string => `fee-fines-${canonicalId(borrowerId.trim())}`;
