import { Injectable } from '@nestjs/common';
import { BLOCK_CONDITIONS_STREAM, BlockConditionsCommand, blockConditionsDecider } from '@era/circulation-domain';
import { AppendMetadata } from '@era/event-store';
import { CommandPath } from '@era/platform';
import { CirculationWrite } from '../../shared/write-accepted';

/** Every configuration command goes to the one stream of the block configuration. */
@Injectable()
export class BlockConfigurationHandler {
  constructor(private readonly commands: CommandPath) {}

  async execute(command: BlockConditionsCommand, metadata: AppendMetadata): Promise<CirculationWrite> {
    const outcome = await this.commands.handle(BLOCK_CONDITIONS_STREAM, blockConditionsDecider, command, { metadata });
    return { id: BLOCK_CONDITIONS_STREAM, outcome };
  }
}
