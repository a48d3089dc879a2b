import { FeeFineCommand } from './commands';
import { FeeFineContext } from './fee-fine-context';
import { ACTION_OF_COMMAND, DEFAULT_FEE_FINE_POLICY, FEE_FINE_PERMISSION_OF_ACTION, holdsFeeFinePermission } from './fee-fine-policy';
import { FeeFineRuleViolation } from './fee-fine-rule-violation';
import { isAutomaticFeeFineType } from './vocabulary';

/**
 * The staff member's role must hold the action's permission (403 naming it). A decision without a role is the
 * system's own (a check-in's overdue fine): it may record an automatic charge and nothing else.
 */
export function requireFeeFinePermission(command: FeeFineCommand, { staffRole, policy }: FeeFineContext): void {
  const action = ACTION_OF_COMMAND[command.type];
  const permission = FEE_FINE_PERMISSION_OF_ACTION[action];
  if (staffRole === undefined) {
    if (command.type === 'ChargeFee' && isAutomaticFeeFineType(command.data.feeFineType.trim())) return;
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
