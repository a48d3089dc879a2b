import { Injectable } from '@nestjs/common';
import { RegisterItem } from '@era/circulation-domain';
import { AppendMetadata } from '@era/event-store';
import { CirculationWrite } from '../../shared/write-accepted';
import { ItemDesk } from '../item-desk';

@Injectable()
export class RegisterItemHandler {
  constructor(private readonly desk: ItemDesk) {}

  async execute(command: RegisterItem, metadata: AppendMetadata): Promise<CirculationWrite> {
    return { id: command.data.barcode, outcome: await this.desk.decide(command.data.barcode, command, metadata) };
  }
}
