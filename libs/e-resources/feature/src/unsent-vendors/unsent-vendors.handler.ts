import { Injectable } from '@nestjs/common';
import { IP_RANGE_LIST, IpRangeListVersion, THE_LIST, VendorListing, VENDORS } from '@era/projection-e-resource-access';
import { AccessReads, withoutBookkeeping } from '../access-shared/access-reads';

export interface UnsentVendors {
  currentVersion: number;
  /** Vendors whose newest version sent is older than the current one, or who were never sent the list. */
  vendors: (VendorListing & { neverSent: boolean })[];
  position: number;
  fresh: boolean;
}

/**
 * The vendors that have not been sent the current ranges. A vendor is known here once it holds a vendor account or
 * was sent the list (the register's organisations are another area's: this report does not depend on them).
 */
@Injectable()
export class UnsentVendorsHandler {
  constructor(private readonly access: AccessReads) {}

  async execute(minPosition?: number): Promise<UnsentVendors> {
    const { view, fresh } = await this.access.view(minPosition);
    const currentVersion = (await view.get<IpRangeListVersion>(IP_RANGE_LIST, THE_LIST))?.version ?? 0;
    const vendors: UnsentVendors['vendors'] = [];
    if (currentVersion > 0) {
      for await (const vendor of view.findAll<VendorListing>(VENDORS)) {
        if ((vendor.lastSentVersion ?? 0) < currentVersion) vendors.push({ ...withoutBookkeeping(vendor), neverSent: vendor.lastSentVersion === undefined });
      }
    }
    vendors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { currentVersion, vendors, position: view.position, fresh };
  }
}
