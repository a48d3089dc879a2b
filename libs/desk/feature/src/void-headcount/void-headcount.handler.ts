import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { canonicalId } from '@era/decider';
import { headcountDecider, headcountStream, VoidHeadcount } from '@era/desk-domain';
import { CommandPath } from '@era/platform';
import { DeskWrite } from '../shared/write-accepted';

@Injectable()
export class VoidHeadcountHandler {
  constructor(private readonly commands: CommandPath) {}

  async execute(command: VoidHeadcount, metadata: AppendMetadata, expectedRevision?: number): Promise<DeskWrite> {
    const id = canonicalId(command.data.headcountId);
    return { id, outcome: await this.commands.handle(headcountStream(id), headcountDecider, command, { metadata, expectedRevision }) };
  }
}
