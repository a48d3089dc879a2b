import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { canonicalId } from '@era/decider';
import { headcountDecider, headcountStream, RecordHeadcount } from '@era/desk-domain';
import { CommandPath } from '@era/platform';
import { DeskWrite } from '../shared/write-accepted';

/** A client may choose the headcount.s id (so that a retry counts once); otherwise it gets a new one. */
export type RecordHeadcountRequest = { type: 'RecordHeadcount'; data: Omit<RecordHeadcount['data'], 'headcountId'> & { headcountId?: string } };

@Injectable()
export class RecordHeadcountHandler {
  constructor(private readonly commands: CommandPath) {}

  async execute({ data }: RecordHeadcountRequest, metadata: AppendMetadata): Promise<DeskWrite> {
    const id = canonicalId(data.headcountId ?? randomUUID());
    const command: RecordHeadcount = { type: 'RecordHeadcount', data: { ...data, headcountId: id } };
    return { id, outcome: await this.commands.handle(headcountStream(id), headcountDecider, command, { metadata }) };
  }
}
