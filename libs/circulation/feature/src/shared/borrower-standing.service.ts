import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import {
  BLOCK_CONDITIONS_STREAM,
  blockConditionsDecider,
  BlockEvaluation,
  BlockedAction,
  blocksInForce,
  BorrowerBlockFacts,
  borrowerDecider,
  BorrowerRuleViolation,
  BorrowerStanding,
  borrowerStreamId,
  CirculationPolicies,
  DEFAULT_CIRCULATION_POLICIES,
  evaluateBorrowerBlocks,
  feeFineLedgerDecider,
  feeFinesStreamId,
  itemLimitFor,
  manualBlocksDecider,
  manualBlocksStreamId,
  money,
  Money,
  NO_CURRENCY,
  openCharges,
  patronBlockInForce,
  RefusalInForce,
  RegisteredBorrower,
  requireBorrowerInGoodStanding,
} from '@era/circulation-domain';
import { OpenLoanListing } from '@era/projection-circulation-loans';
import { CommandPath } from '@era/platform';
import { BorrowerLoansReader } from './borrower-loans.reader';
import { CirculationCalendar } from './circulation-calendar';

/** A borrower as the desk weighs them for an action: who, what they have out and owe, and every block in force. */
export interface BorrowerAtDesk {
  readonly borrower: RegisteredBorrower;
  /** What a loan or hold decision takes (open loans, the group's item limit, the blocks with their flags). */
  readonly standing: BorrowerStanding;
  /** Every block for each of borrowing, renewals and requests (automated with limit and actual value, manual). */
  readonly evaluation: BlockEvaluation;
  /** The patron-block refusal of the action asked, as an override decision takes it; absent when not blocked. */
  readonly patronBlock?: RefusalInForce;
  readonly openLoans: readonly OpenLoanListing[];
  /** What the borrower owes now (the fee/fine ledger's open charges). */
  readonly balance: Money;
  /** The moment and the library's local date the standing was taken at. */
  readonly now: Date;
  readonly today: string;
}

/**
 * Reads what a check-out, renewal or hold decision needs to know about the borrower, from the borrower's stream, the
 * block conditions, their manual blocks, their fee/fine ledger and their open loans (the loans projection), and
 * evaluates the blocks with the domain's rules. Unknown borrowers are refused 404, erased and expired ones as the
 * borrowers' rules say, before anything else is read.
 */
@Injectable()
export class BorrowerStandingService {
  readonly policies: CirculationPolicies = DEFAULT_CIRCULATION_POLICIES;

  constructor(
    private readonly commands: CommandPath,
    private readonly loans: BorrowerLoansReader,
    private readonly calendar: CirculationCalendar,
  ) {}

  /** For an action at the desk: the borrower must be registered, not erased, not expired. */
  async standingFor(borrowerId: string, action: BlockedAction): Promise<BorrowerAtDesk> {
    const now = this.commands.now();
    const today = this.calendar.dayOf(now);
    const id = canonicalId(borrowerId);
    const { state } = await this.commands.load(borrowerStreamId(id), borrowerDecider);
    return this.standingOf(requireBorrowerInGoodStanding(state, id, today), action, now, today);
  }

  /** For a read (the blocks the desk is shown): any registered borrower, expired or not; an unknown one is 404. */
  async currentStanding(borrowerId: string): Promise<BorrowerAtDesk> {
    const now = this.commands.now();
    const id = canonicalId(borrowerId);
    const { state } = await this.commands.load(borrowerStreamId(id), borrowerDecider);
    if (state.status === 'none') throw new BorrowerRuleViolation('borrower-not-found', `no borrower ${id} is registered`);
    if (state.status === 'erased') throw new BorrowerRuleViolation('borrower-erased', `borrower ${id} is erased: only what keeps history may be read`);
    return this.standingOf(state, 'borrowing', now, this.calendar.dayOf(now));
  }

  private async standingOf(borrower: RegisteredBorrower, action: BlockedAction, now: Date, today: string): Promise<BorrowerAtDesk> {
    const { borrowerId, patronGroup } = borrower;
    const [conditions, manual, ledger, openLoans] = await Promise.all([
      this.commands.load(BLOCK_CONDITIONS_STREAM, blockConditionsDecider),
      this.commands.load(manualBlocksStreamId(borrowerId), manualBlocksDecider),
      this.commands.load(feeFinesStreamId(borrowerId), feeFineLedgerDecider),
      this.loans.openLoansOf(borrowerId),
    ]);
    const currency = ledger.state.currency ?? NO_CURRENCY;
    const charges = openCharges(ledger.state);
    const facts: Omit<BorrowerBlockFacts, 'manualBlocks'> = {
      openLoans: openLoans.map((loan) => ({
        loanId: loan.loanId,
        dueDate: loan.dueDate,
        recall: false,
        itemLost: loan.status === 'declared lost',
        itemClaimedReturned: loan.status === 'claimed returned',
      })),
      openFeesFines: charges.map((charge) => ({
        feeFineId: charge.charged.chargeId,
        balance: money(charge.remaining, currency),
        ...(charge.charged.loanId !== undefined && { loanId: charge.charged.loanId }),
      })),
      now,
      today,
    };
    const evaluation = evaluateBorrowerBlocks(conditions.state, patronGroup, manual.state, facts);
    const itemLimit = itemLimitFor(this.policies, patronGroup);
    const patronBlock = patronBlockInForce(evaluation, action);
    return {
      borrower,
      standing: {
        borrowerId,
        // Claimed-returned loans count towards no limit (FOLIO leaves them out of every count).
        openLoans: openLoans.filter((loan) => loan.status !== 'claimed returned').length,
        ...(itemLimit !== undefined && { itemLimit }),
        blocks: blocksInForce(evaluation),
      },
      evaluation,
      ...(patronBlock !== undefined && { patronBlock }),
      openLoans,
      balance: money(
        charges.reduce((sum, charge) => sum + charge.remaining, 0),
        currency,
      ),
      now,
      today,
    };
  }
}
