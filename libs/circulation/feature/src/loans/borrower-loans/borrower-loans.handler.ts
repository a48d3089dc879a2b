import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { borrowerDecider, BorrowerRuleViolation, borrowerStreamId } from '@era/circulation-domain';
import { OpenLoanListing } from '@era/projection-circulation-loans';
import { CommandPath } from '@era/platform';
import { BorrowerLoansReader } from '../../shared/borrower-loans.reader';

export interface BorrowerLoans {
  borrowerId: string;
  loans: (OpenLoanListing & { overdue: boolean })[];
}

/** A registered borrower's open loans (the loans projection); an unknown borrower is 404. No personal data. */
@Injectable()
export class BorrowerLoansHandler {
  constructor(
    private readonly commands: CommandPath,
    private readonly loans: BorrowerLoansReader,
  ) {}

  async execute(borrowerId: string): Promise<BorrowerLoans> {
    const id = canonicalId(borrowerId);
    const { state } = await this.commands.load(borrowerStreamId(id), borrowerDecider);
    if (state.status === 'none') throw new BorrowerRuleViolation('borrower-not-found', `no borrower ${id} is registered`);
    const now = this.commands.now().getTime();
    const loans = await this.loans.openLoansOf(id);
    return { borrowerId: id, loans: loans.map((loan) => ({ ...loan, overdue: loan.status === 'checked out' && Date.parse(loan.dueDate) < now })) };
  }
}
