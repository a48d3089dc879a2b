import { Inject, Injectable } from '@nestjs/common';
import { borrowerDecider, borrowerStreamId, CorrectBorrowerPersonalData, requireRegistered } from '@era/circulation-domain';
import { canonicalId } from '@era/decider';
import { AppendMetadata, EventStore } from '@era/event-store';
import { CommandPath, EVENT_STORE, PERSONAL_DATA, PersonalDataStore } from '@era/platform';
import { CirculationWrite } from '../../shared/write-accepted';
import { openPersonalData, personalDataOf, sealPersonalData } from '../shared/borrower-personal-data';
import { readBorrower } from '../shared/borrower-record';
import { unlessErased } from '../shared/card-claim';
import { CorrectPersonalDataDto } from './correct-personal-data.dto';
import { borrowerOwnFacts } from '../shared/borrower-context';

/** Opens what is recorded, applies the correction, seals the whole again; the decider checks it is sealed for this borrower. */
@Injectable()
export class CorrectPersonalDataHandler {
  constructor(
    private readonly commands: CommandPath,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(PERSONAL_DATA) private readonly personalData: PersonalDataStore,
  ) {}

  async execute(borrowerId: string, { reason, ...correction }: CorrectPersonalDataDto, metadata: AppendMetadata): Promise<CirculationWrite> {
    const id = canonicalId(borrowerId);
    const borrower = requireRegistered((await readBorrower(this.events, id)).state, id);
    const recorded = await openPersonalData(this.personalData, borrower.personalData);
    // Fields left out of the request are undefined on the DTO: only those sent change what is recorded.
    const sent = Object.fromEntries(Object.entries(correction).filter(([, value]) => value !== undefined));
    const { name, identityDocument, ...rest } = { ...recorded, ...sent };
    // The document's kind is recorded readable at registration and stays; its details are corrected here.
    const document =
      identityDocument === undefined || borrower.identityDocumentType === undefined ? undefined : { ...identityDocument, type: borrower.identityDocumentType };
    return unlessErased(id, async () => {
      const sealed = await sealPersonalData(this.personalData, id, personalDataOf(name ?? '', { ...rest, identityDocument: document }));
      const command: CorrectBorrowerPersonalData = { type: 'CorrectBorrowerPersonalData', data: { borrowerId: id, personalData: sealed, reason } };
      const outcome = await this.commands.handle(borrowerStreamId(id), borrowerDecider, command, {
        metadata,
        context: borrowerOwnFacts,
      });
      return { id, outcome };
    });
  }
}
