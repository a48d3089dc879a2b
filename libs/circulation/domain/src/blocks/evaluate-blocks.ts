import { MS_PER_DAY } from '@era/calendar';
import { Money, money } from '../money';
import { BLOCK_CONDITIONS, BLOCKED_ACTIONS, BlockCondition, BlockedAction, BlockLimitValue, FLAG_OF_ACTION, isBalanceCondition } from './block-conditions';
import { BlockConditionSettings, BlockLimits } from './block-conditions-decider';
import { BlocksRuleViolation } from './blocks-rule-violation';
import { isManualBlockInForce, ManualBlock } from './manual-blocks';

/** One open loan as the blocks see it (FOLIO mod-patron-blocks' user summary `openLoans`). */
export interface OpenLoanFact {
  readonly loanId: string;
  /** When it is due: an ISO instant (the loans slice passes it with any grace period already added). */
  readonly dueDate: string;
  /** A recall was placed on the item. */
  readonly recall: boolean;
  /** Declared lost or aged to lost, loan still open. */
  readonly itemLost: boolean;
  /** The borrower claims to have returned it: left out of every count. */
  readonly itemClaimedReturned: boolean;
}

/** One open fee/fine with its remaining balance (FOLIO `openFeesFines`). */
export interface OpenFeeFineFact {
  readonly feeFineId: string;
  readonly balance: Money;
  /** The loan it was charged for, if any: a fee of a claimed-returned loan is left out. */
  readonly loanId?: string;
  /** Suspended because the item is claimed returned ("Suspended claim returned"): left out. */
  readonly claimedReturned?: boolean;
}

/** What the blocks are evaluated on: the borrower's open loans, open fees/fines and manual blocks at a moment. */
export interface BorrowerBlockFacts {
  readonly openLoans: readonly OpenLoanFact[];
  readonly openFeesFines: readonly OpenFeeFineFact[];
  /** The borrower's manual blocks (expired and removed ones are skipped here). */
  readonly manualBlocks?: readonly ManualBlock[];
  /** The moment of the check-out, renewal or request: loans due before it are overdue. */
  readonly now: Date;
  /** The library's local date at that moment (YYYY-MM-DD): a manual block applies through its expiration date. */
  readonly today: string;
}

/** An automated block: which condition, the patron group's limit, the borrower's value, and the condition's message. */
export interface AutomatedPatronBlock {
  readonly source: 'automated';
  readonly condition: BlockCondition;
  readonly limit: BlockLimitValue;
  readonly actual: BlockLimitValue;
  readonly message: string;
}

/** A manual block in force: its id, description and what the patron is told (the description if nothing else). */
export interface ManualPatronBlock {
  readonly source: 'manual';
  readonly blockId: string;
  readonly description: string;
  readonly message: string;
  readonly expirationDate?: string;
}

export type PatronBlock = AutomatedPatronBlock | ManualPatronBlock;

/** For each action, the blocks that refuse it (none: the action is not blocked). */
export type BlockEvaluation = Readonly<Record<BlockedAction, readonly PatronBlock[]>>;

export const isBlocked = (evaluation: BlockEvaluation, action: BlockedAction): boolean => evaluation[action].length > 0;

/** Whether a condition is exceeded for an action, and the borrower's value (FOLIO ActionBlocks). */
interface Reading {
  readonly actual: BlockLimitValue;
  readonly exceeds: (action: BlockedAction) => boolean;
}

const wholeDaysOverdue = (loan: OpenLoanFact, now: Date): number => Math.floor((now.getTime() - Date.parse(loan.dueDate)) / MS_PER_DAY);

function read(condition: BlockCondition, limit: BlockLimitValue, facts: BorrowerBlockFacts): Reading {
  const loans = facts.openLoans.filter((loan) => !loan.itemClaimedReturned);
  const overdue = loans.filter((loan) => !loan.itemLost && Date.parse(loan.dueDate) < facts.now.getTime());
  const count = (actual: number) => ({ actual, exceeds: () => actual > (limit as number) });
  switch (condition) {
    case 'maxNumberOfItemsChargedOut':
      // Borrowing one more would exceed the limit at the limit; renewing or requesting adds no item out.
      return { actual: loans.length, exceeds: (action) => (action === 'borrowing' ? loans.length >= (limit as number) : loans.length > (limit as number)) };
    case 'maxNumberOfLostItems':
      return count(loans.filter((loan) => loan.itemLost).length);
    case 'maxNumberOfOverdueItems':
      return count(overdue.length);
    case 'maxNumberOfOverdueRecalls':
      return count(overdue.filter((loan) => loan.recall).length);
    case 'recallOverdueByMaximumNumberOfDays':
      return count(Math.max(0, ...overdue.filter((loan) => loan.recall).map((loan) => wholeDaysOverdue(loan, facts.now))));
    case 'maxOutstandingFeeFineBalance': {
      const balance = outstandingBalance(limit as Money, facts);
      return { actual: balance, exceeds: () => balance.minor > (limit as Money).minor };
    }
  }
}

/** The open balance, fees of claimed-returned loans left out, in the limit's currency (another currency is refused, never converted). */
function outstandingBalance(limit: Money, facts: BorrowerBlockFacts): Money {
  const claimedReturned = new Set(facts.openLoans.filter((loan) => loan.itemClaimedReturned).map((loan) => loan.loanId));
  const counted = facts.openFeesFines.filter((fee) => fee.claimedReturned !== true && !(fee.loanId !== undefined && claimedReturned.has(fee.loanId)));
  const foreign = counted.find((fee) => fee.balance.currency !== limit.currency);
  if (foreign) {
    throw new BlocksRuleViolation(
      'currency-mismatch',
      `fee/fine ${foreign.feeFineId} is in ${foreign.balance.currency}, the balance limit in ${limit.currency}`,
    );
  }
  return money(
    counted.reduce((sum, fee) => sum + fee.balance.minor, 0),
    limit.currency,
  );
}

/**
 * The blocks that apply to a borrower now, for each of borrowing, renewals and requests: each automated condition
 * with a limit for the borrower's patron group whose flag for the action is set and whose limit is exceeded (FOLIO's
 * comparisons, claimed-returned loans and their fees left out), then each manual block in force that blocks the action.
 */
export function evaluateBlocks(
  conditions: Readonly<Record<BlockCondition, BlockConditionSettings>>,
  limits: BlockLimits,
  facts: BorrowerBlockFacts,
): BlockEvaluation {
  const automated = BLOCK_CONDITIONS.flatMap((condition) => {
    const limit = limits[condition];
    if (limit === undefined || (typeof limit === 'number') === isBalanceCondition(condition)) return [];
    return [{ condition, limit, settings: conditions[condition], reading: read(condition, limit, facts) }];
  });
  const manual = (facts.manualBlocks ?? []).filter((block) => isManualBlockInForce(block, facts.today));
  const blocksOf = (action: BlockedAction): PatronBlock[] => [
    ...automated
      .filter(({ settings, reading }) => settings[FLAG_OF_ACTION[action]] && reading.exceeds(action))
      .map(({ condition, limit, settings, reading }): AutomatedPatronBlock => ({
        source: 'automated',
        condition,
        limit,
        actual: reading.actual,
        message: settings.message,
      })),
    ...manual
      .filter((block) => block[FLAG_OF_ACTION[action]])
      .map((block): ManualPatronBlock => ({
        source: 'manual',
        blockId: block.blockId,
        description: block.description,
        message: block.patronMessage ?? block.description,
        ...(block.expirationDate !== undefined && { expirationDate: block.expirationDate }),
      })),
  ];
  return Object.fromEntries(BLOCKED_ACTIONS.map((action) => [action, blocksOf(action)])) as Record<BlockedAction, PatronBlock[]>;
}
