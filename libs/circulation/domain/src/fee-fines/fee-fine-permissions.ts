import { canonicalId } from '@era/decider';
import { FeeFineCommand } from './commands';
import { FeeFineContext } from './fee-fine-context';
import { ACTION_OF_COMMAND, DEFAULT_FEE_FINE_POLICY, FEE_FINE_PERMISSION_OF_ACTION, holdsFeeFinePermission } from './fee-fine-policy';
import { FeeFineRuleViolation } from './fee-fine-rule-violation';
import { chargeOf, FeeFineLedgerState } from './ledger-state';
import { isAutomaticFeeFineType } from './vocabulary';

/** The charges the system withdraws by itself when a lost item comes back (FOLIO's lost item fee policy). */
const WITHDRAWN_ON_RETURN: readonly string[] = ['lost-item-fee', 'lost-item-processing-fee'];

/** The system's own decisions: an automatic charge, or withdrawing a lost item's fees on its return. */
function systemMay(command: FeeFineCommand, state: FeeFineLedgerState): boolean {
  if (command.type === 'ChargeFee') return isAutomaticFeeFineType(command.data.feeFineType.trim());
  if (command.type !== 'CancelFeeFine') return false;
  const charge = chargeOf(state, canonicalId(command.data.chargeId.trim()));
  return charge !== undefined && WITHDRAWN_ON_RETURN.includes(charge.charged.feeFineType);
}

/**
 * The staff member's role must hold the action's permission (403 naming it). A decision without a role is the
 * system's own (a check-in's overdue fine, a returned lost item's fees withdrawn): it may record an automatic charge and
 * cancel a lost item's fees, nothing else.
 */
export function requireFeeFinePermission(command: FeeFineCommand, { staffRole, policy }: FeeFineContext, state: FeeFineLedgerState): void {
  const action = ACTION_OF_COMMAND[command.type];
  const permission = FEE_FINE_PERMISSION_OF_ACTION[action];
  if (staffRole === undefined) {
    if (systemMay(command, state)) return;
    throw new FeeFineRuleViolation('insufficient-fee-fine-permissions', `Insufficient fee/fine permissions: no staff role given for ${permission}`, {
      missingPermissions: [permission],
    });
  }
  if (!holdsFeeFinePermission(policy ?? DEFAULT_FEE_FINE_POLICY, staffRole, permission)) {
    throw new FeeFineRuleViolation(
      'insufficient-fee-fine-permissions',
      `Insufficient fee/fine permissions: role "${staffRole}" lacks ${permission} (to ${action})`,
      {
        missingPermissions: [permission],
      },
    );
  }
}

/** The borrower must be on record (404 otherwise), and an erased borrower takes no new charge. */
export function requireBorrowerOnRecord(command: FeeFineCommand, { borrower }: FeeFineContext): void {
  if (borrower === 'none') throw new FeeFineRuleViolation('borrower-not-found', `no borrower ${command.data.borrowerId.trim()} is registered`);
  if (borrower === 'erased' && command.type === 'ChargeFee') {
    throw new FeeFineRuleViolation('borrower-erased', `borrower ${command.data.borrowerId.trim()} was erased: nobody is left to charge`);
  }
}
