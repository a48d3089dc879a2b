import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { VENDOR_ACCOUNTS, VendorAccountListing } from '@era/projection-e-resource-access';
import { DomainRefusal } from '@era/platform';
import { AccessReads, withoutBookkeeping } from '../access-shared/access-reads';

/** One vendor account, without its secret. */
@Injectable()
export class GetVendorAccountHandler {
  constructor(private readonly access: AccessReads) {}

  async execute(accountId: string, minPosition?: number): Promise<VendorAccountListing> {
    const id = canonicalId(accountId);
    const { view } = await this.access.view(minPosition);
    const account = await view.get<VendorAccountListing>(VENDOR_ACCOUNTS, id);
    if (!account) throw new DomainRefusal(404, 'vendor-account-not-found', `vendor account ${id} does not exist`);
    return withoutBookkeeping(account);
  }
}
