import { Inject, Injectable } from '@nestjs/common';
import { borrowerDecider, borrowerStreamId, ReplaceBorrowerCard, requireRegistered } from '@era/circulation-domain';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { CommandPath, PERSONAL_DATA, PersonalDataStore } from '@era/platform';
import { CirculationWrite } from '../../shared/write-accepted';
import { claimCard, unlessErased, withClaim } from '../shared/card-claim';
import { cardFacts } from '../shared/borrower-context';

/** Claims, seals and digests the new number, then lets the decider replace the card (or refuse, and the claim is given up). */
@Injectable()
export class IssueCardHandler {
  constructor(
    private readonly commands: CommandPath,
    @Inject(PERSONAL_DATA) private readonly personalData: PersonalDataStore,
  ) {}

  async execute(borrowerId: string, cardNumber: string, reason: string, metadata: AppendMetadata): Promise<CirculationWrite> {
    const id = canonicalId(borrowerId);
    // Unknown or erased borrowers are refused before anything is sealed or claimed for them.
    requireRegistered((await this.commands.load(borrowerStreamId(id), borrowerDecider)).state, id);
    return unlessErased(id, async () => {
      const claim = await claimCard(this.personalData, id, cardNumber);
      const command: ReplaceBorrowerCard = { type: 'ReplaceBorrowerCard', data: { borrowerId: id, card: claim.card, reason } };
      const outcome = await withClaim(claim, () =>
        this.commands.handle(borrowerStreamId(id), borrowerDecider, command, {
          metadata,
          context: cardFacts(claim.inUse),
        }),
      );
      return { id, outcome };
    });
  }
}
