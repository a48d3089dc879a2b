import { Injectable } from '@nestjs/common';
import { borrowerDecider, borrowerStreamId, ReportBorrowerCardLost } from '@era/circulation-domain';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { CommandPath } from '@era/platform';
import { CirculationWrite } from '../../shared/write-accepted';
import { borrowerOwnFacts } from '../shared/borrower-context';

/** The card in use may not be used again; its number stays filed for the borrower, so nobody else is given it. */
@Injectable()
export class ReportCardLostHandler {
  constructor(private readonly commands: CommandPath) {}

  async execute(borrowerId: string, metadata: AppendMetadata): Promise<CirculationWrite> {
    const id = canonicalId(borrowerId);
    const command: ReportBorrowerCardLost = { type: 'ReportBorrowerCardLost', data: { borrowerId: id } };
    const outcome = await this.commands.handle(borrowerStreamId(id), borrowerDecider, command, {
      metadata,
      context: borrowerOwnFacts,
    });
    return { id, outcome };
  }
}
