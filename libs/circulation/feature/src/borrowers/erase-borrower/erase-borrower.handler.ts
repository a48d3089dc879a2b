import { Inject, Injectable } from '@nestjs/common';
import { balanceOwed, borrowerDecider, borrowerStreamId, EraseBorrower, feeFineLedgerDecider, feeFinesStreamId } from '@era/circulation-domain';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { CommandPath, PERSONAL_DATA, PersonalDataStore } from '@era/platform';
import { BorrowerLoansReader } from '../../shared/borrower-loans.reader';
import { CirculationWrite } from '../../shared/write-accepted';

/**
 * Erasure ("crypto-shredding"): the decider refuses while the borrower owes money (their fee/fine ledger) or has items
 * out (the open loans); once BorrowerErased is appended, the key store deletes the borrower's key, and every value
 * sealed under it, in every event, read model and backup, is unreadable. A crash between the two is mended by the
 * erasure sweep; a retry of an erasure erases the key again (nothing to do when it is gone).
 */
@Injectable()
export class EraseBorrowerHandler {
  constructor(
    private readonly commands: CommandPath,
    private readonly loans: BorrowerLoansReader,
    @Inject(PERSONAL_DATA) private readonly personalData: PersonalDataStore,
  ) {}

  async execute(borrowerId: string, reason: string, metadata: AppendMetadata): Promise<CirculationWrite> {
    const id = canonicalId(borrowerId);
    const command: EraseBorrower = { type: 'EraseBorrower', data: { borrowerId: id, reason } };
    const outcome = await this.commands.handle(borrowerStreamId(id), borrowerDecider, command, {
      metadata,
      context: async () => {
        const [ledger, openLoans] = await Promise.all([this.commands.load(feeFinesStreamId(id), feeFineLedgerDecider), this.loans.openLoansOf(id)]);
        return { barcodeInUse: false, owes: balanceOwed(ledger.state), itemsOut: openLoans.length };
      },
    });
    if (outcome.state.status === 'erased') await this.personalData.erase(id);
    return { id, outcome };
  }
}
