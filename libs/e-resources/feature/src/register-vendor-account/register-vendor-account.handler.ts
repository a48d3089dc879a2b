import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { RegisterVendorAccount, vendorAccountDecider, vendorAccountStream } from '@era/e-resources-domain';
import { CommandPath } from '@era/platform';
import { AccessWrite } from '../access-shared/write-accepted';

export type RegisterVendorAccountRequest = { type: 'RegisterVendorAccount'; data: Omit<RegisterVendorAccount['data'], 'accountId'> & { accountId?: string } };

@Injectable()
export class RegisterVendorAccountHandler {
  constructor(private readonly commands: CommandPath) {}

  async execute({ data }: RegisterVendorAccountRequest, metadata: AppendMetadata): Promise<AccessWrite> {
    const id = canonicalId(data.accountId ?? randomUUID());
    const command: RegisterVendorAccount = { type: 'RegisterVendorAccount', data: { ...data, accountId: id } };
    return { id, outcome: await this.commands.handle(vendorAccountStream(id), vendorAccountDecider, command, { metadata }) };
  }
}
