import { FieldCondition } from '@era/read-store';
import { Injectable } from '@nestjs/common';
import { VENDOR_ACCOUNTS, VendorAccountListing } from '@era/projection-e-resource-access';
import { AccessReads, withoutBookkeeping } from '../access-shared/access-reads';

export interface VendorAccounts {
  accounts: VendorAccountListing[];
  position: number;
  fresh: boolean;
}

/** Every vendor account (or a vendor's), without any secret: only whether one is set, when, and under which key. */
@Injectable()
export class ListVendorAccountsHandler {
  constructor(private readonly access: AccessReads) {}

  async execute(organisationId: string | undefined, minPosition?: number): Promise<VendorAccounts> {
    const { view, fresh } = await this.access.view(minPosition);
    const accounts: VendorAccountListing[] = [];
    const where: Record<string, FieldCondition> = organisationId ? { organisationId } : {};
    for await (const account of view.findAll<VendorAccountListing>(VENDOR_ACCOUNTS, { where, sort: { field: 'organisationId', direction: 'asc' } })) {
      accounts.push(withoutBookkeeping(account));
    }
    return { accounts, position: view.position, fresh };
  }
}
