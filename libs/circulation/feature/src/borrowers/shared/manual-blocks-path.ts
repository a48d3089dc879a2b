import { Inject, Injectable } from '@nestjs/common';
import { LocalCalendar } from '@era/calendar';
import { borrowerDecider, borrowerStreamId, ManualBlockCommand, manualBlocksDecider, manualBlocksStreamId, requireRegistered } from '@era/circulation-domain';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { APP_CONFIG, AppConfig, CommandPath } from '@era/platform';
import { CirculationWrite } from '../../shared/write-accepted';

/** A borrower's manual-block decision: only on a registered borrower (404 unknown, 409 erased), with today in the library's zone. */
@Injectable()
export class ManualBlocksPath {
  constructor(
    private readonly commands: CommandPath,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async decide(borrowerId: string, command: ManualBlockCommand, metadata: AppendMetadata): Promise<CirculationWrite> {
    const id = canonicalId(borrowerId);
    const { state } = await this.commands.load(borrowerStreamId(id), borrowerDecider);
    requireRegistered(state, id);
    const outcome = await this.commands.handle(manualBlocksStreamId(id), manualBlocksDecider, command, {
      metadata,
      context: async () => ({ today: new LocalCalendar(this.config.timeZone).today(this.commands.now().getTime()) }),
    });
    return { id: canonicalId(command.data.blockId), outcome };
  }
}
