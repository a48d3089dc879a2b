import { randomInt, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { borrowerDecider, borrowerStreamId, RegisterBorrower } from '@era/circulation-domain';
import { CommandPath, PERSONAL_DATA, PersonalDataStore } from '@era/platform';
import { CirculationWrite } from '../../shared/write-accepted';
import { personalDataOf, sealPersonalData } from '../shared/borrower-personal-data';
import { claimCard, unlessErased, withClaim } from '../shared/card-claim';
import { RegisterBorrowerDto } from './register-borrower.dto';
import { cardFacts } from '../shared/borrower-context';

/** A generated patron barcode: 14 digits, as many library cards carry. */
const newCardNumber = (): string => Array.from({ length: 14 }, (_, i) => String(i === 0 ? randomInt(1, 10) : randomInt(0, 10))).join('');

export interface BorrowerRegistration extends CirculationWrite {
  /** The card number as registered: the one moment the client sees it whole (it chose it, or it was generated). */
  cardNumber: string;
}

/**
 * Seals the personal data and the card under the borrower's key, claims the card number in the key store's index, and
 * lets the borrower decider decide with whether the number is someone else's. Plain text never leaves this handler.
 */
@Injectable()
export class RegisterBorrowerHandler {
  constructor(
    private readonly commands: CommandPath,
    @Inject(PERSONAL_DATA) private readonly personalData: PersonalDataStore,
  ) {}

  async execute(request: RegisterBorrowerDto, metadata: AppendMetadata): Promise<BorrowerRegistration> {
    const id = canonicalId(request.id ?? randomUUID());
    const cardNumber = request.cardNumber ?? newCardNumber();
    const { name, email, phone, address, dateOfBirth, identityDocument } = request;
    return unlessErased(id, async () => {
      const sealed = await sealPersonalData(this.personalData, id, personalDataOf(name, { email, phone, address, dateOfBirth, identityDocument }));
      const claim = await claimCard(this.personalData, id, cardNumber);
      const command: RegisterBorrower = {
        type: 'RegisterBorrower',
        data: {
          borrowerId: id,
          patronGroup: request.patronGroup,
          personalData: sealed,
          card: claim.card,
          ...(request.expiresOn !== undefined && { expiresOn: request.expiresOn }),
          ...(identityDocument !== undefined && { identityDocumentType: identityDocument.type }),
        },
      };
      const outcome = await withClaim(claim, () =>
        this.commands.handle(borrowerStreamId(id), borrowerDecider, command, {
          metadata,
          context: cardFacts(claim.inUse),
        }),
      );
      return { id, outcome, cardNumber };
    });
  }
}
