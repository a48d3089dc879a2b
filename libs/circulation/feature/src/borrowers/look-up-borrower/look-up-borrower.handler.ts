import { Inject, Injectable } from '@nestjs/common';
import { BORROWER_SEAL_PURPOSES, BorrowerRuleViolation } from '@era/circulation-domain';
import { EventStore } from '@era/event-store';
import { EVENT_STORE, PERSONAL_DATA, PersonalDataStore } from '@era/platform';
import { readBorrower } from '../shared/borrower-record';

export interface BorrowerFound {
  borrowerId: string;
  /** The scanned card's standing: only an active card may be used to borrow. */
  cardStatus: 'active' | 'replaced' | 'lost';
}

/** Whose card this is, from the key store's index (a card of an erased borrower is found by nobody). */
@Injectable()
export class LookUpBorrowerHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(PERSONAL_DATA) private readonly personalData: PersonalDataStore,
  ) {}

  async execute(cardNumber: string): Promise<BorrowerFound> {
    const purpose = BORROWER_SEAL_PURPOSES.cardNumber;
    const holder = await this.personalData.find(purpose, cardNumber);
    const notFound = new BorrowerRuleViolation('card-not-found', 'no borrower holds that card');
    if (holder === undefined) throw notFound;
    const { state } = await readBorrower(this.events, holder).catch(() => {
      throw notFound; // a claim whose registration never landed
    });
    if (state.status !== 'registered') throw notFound;
    const digest = await this.personalData.digest(holder, purpose, cardNumber);
    const card = state.cards.find((c) => c.digest === digest);
    if (card === undefined) throw notFound;
    return { borrowerId: holder, cardStatus: card.status };
  }
}
