import { canonicalId } from '@era/decider';
import { ChargeFee } from './commands';
import { FeeCharged } from './events';
import { FeeFineContext } from './fee-fine-context';
import { FeeFineRuleViolation } from './fee-fine-rule-violation';
import { optionalId, optionalText, requireAmount, requireBorrower, requiredText, requireServicePoint } from './checks';
import { chargeOf, FeeFineLedgerState } from './ledger-state';
import { isAutomaticFeeFineType, LOAN_FEE_FINE_TYPES } from './vocabulary';

const TYPE_KEY_MAX = 60;
const TYPE_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function requireTypeKey(feeFineType: string): string {
  const key = feeFineType.trim();
  if (key.length < 2 || key.length > TYPE_KEY_MAX || !TYPE_KEY.test(key)) {
    throw new FeeFineRuleViolation(
      'invalid-fee-fine-type',
      `fee/fine type ${JSON.stringify(feeFineType)} is not a kebab-case key of 2–${TYPE_KEY_MAX} characters`,
    );
  }
  return key;
}

/** The charge as it would be recorded, without who charged it and when (so that a retry compares what was sent). */
function chargeOfCommand({ data }: ChargeFee, state: FeeFineLedgerState, ledgerCurrency: string | undefined): Omit<FeeCharged, 'source' | 'actedAt'> {
  const feeFineType = requireTypeKey(data.feeFineType);
  const automatic = isAutomaticFeeFineType(feeFineType);
  const description = automatic
    ? optionalText(data.description, 'description')
    : requiredText(data.description, 'a manual charge’s description', 'reason-required');
  const loanId = optionalId(data.loanId);
  const itemId = optionalId(data.itemId);
  if (LOAN_FEE_FINE_TYPES.includes(feeFineType) && loanId === undefined) {
    throw new FeeFineRuleViolation('loan-required', `a ${feeFineType} charge must name the loan it concerns`);
  }
  return {
    borrowerId: requireBorrower(data.borrowerId, state.borrowerId),
    chargeId: canonicalId(data.chargeId.trim()),
    feeFineType,
    automatic,
    amount: requireAmount(data.amount, ledgerCurrency),
    servicePointId: requireServicePoint(data.servicePointId),
    ...(description !== undefined && { description }),
    ...(loanId !== undefined && { loanId }),
    ...(itemId !== undefined && { itemId }),
  };
}

const comparable = (c: Omit<FeeCharged, 'source' | 'actedAt'>) =>
  JSON.stringify([c.borrowerId, c.feeFineType, c.amount.minor, c.amount.currency, c.servicePointId, c.description ?? null, c.loanId ?? null, c.itemId ?? null]);

/** A new charge; the same charge sent again decides nothing; its id with other details is refused. */
export function decideChargeFee(command: ChargeFee, state: FeeFineLedgerState, { now, staffId }: FeeFineContext): FeeCharged[] {
  const existing = chargeOf(state, canonicalId(command.data.chargeId.trim()));
  // A retry is compared before the currency rule: the first charge of a ledger set its currency.
  const charge = chargeOfCommand(command, state, existing ? undefined : state.currency);
  if (existing) {
    if (comparable(existing.charged) === comparable(charge)) return [];
    throw new FeeFineRuleViolation('charge-already-recorded', `charge ${charge.chargeId} has already been recorded with other details`);
  }
  return [{ ...charge, source: staffId, actedAt: now.toISOString() }];
}
