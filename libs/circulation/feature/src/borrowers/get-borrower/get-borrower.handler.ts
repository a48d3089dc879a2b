import { Inject, Injectable } from '@nestjs/common';
import { LocalCalendar } from '@era/calendar';
import { BORROWER_SEAL_PURPOSES, RegisteredBorrower } from '@era/circulation-domain';
import { EventStore } from '@era/event-store';
import { APP_CONFIG, AppConfig, CommandPath, EVENT_STORE, PERSONAL_DATA, PersonalDataStore } from '@era/platform';
import { maskedCardNumber, openPersonalData } from '../shared/borrower-personal-data';
import { BorrowerRecord, readBorrower } from '../shared/borrower-record';
import { BorrowerView, CardView } from './borrower-view';

/** Whether a registration holds on a day: no expiry, or not past it. */
export const borrowerStatusOn = (expiresOn: string | undefined, today: string): 'active' | 'expired' =>
  expiresOn === undefined || today <= expiresOn ? 'active' : 'expired';

/** A borrower from their own stream, their personal data opened with their key (never written anywhere on the way). */
@Injectable()
export class GetBorrowerHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(PERSONAL_DATA) private readonly personalData: PersonalDataStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly commands: CommandPath,
  ) {}

  async execute(borrowerId: string): Promise<BorrowerView> {
    const record = await readBorrower(this.events, borrowerId);
    const { state, revision } = record;
    const dates = {
      ...(record.registeredAt !== undefined && { registeredAt: record.registeredAt }),
      ...(record.erasedAt !== undefined && { erasedAt: record.erasedAt }),
    };
    if (state.status === 'erased') {
      return {
        id: state.borrowerId,
        patronGroup: state.patronGroup,
        status: 'erased',
        erased: true,
        ...dates,
        revision,
      };
    }
    const today = new LocalCalendar(this.config.timeZone).today(this.commands.now().getTime());
    const opened = await openPersonalData(this.personalData, state.personalData);
    const { identityDocument, ...personal } = opened ?? { name: undefined };
    return {
      id: state.borrowerId,
      patronGroup: state.patronGroup,
      status: borrowerStatusOn(state.expiresOn, today),
      erased: false,
      ...dates,
      ...(state.expiresOn !== undefined && { expiresOn: state.expiresOn }),
      ...personal,
      ...(state.identityDocumentType !== undefined && { identityDocument: { ...identityDocument, type: state.identityDocumentType } }),
      cards: await this.cardsOf(state, record),
      revision,
    };
  }

  private async cardsOf(state: RegisteredBorrower, record: BorrowerRecord): Promise<CardView[]> {
    return Promise.all(
      state.cards.map(async (card) => {
        const sealed = record.sealedCards.get(card.digest);
        const number = sealed === undefined ? undefined : await this.personalData.open(sealed.number, BORROWER_SEAL_PURPOSES.cardNumber);
        return { number: number === undefined ? '' : maskedCardNumber(number), status: card.status, issuedAt: card.issuedAt, issuedOn: sealed?.issuedAt ?? '' };
      }),
    );
  }
}
