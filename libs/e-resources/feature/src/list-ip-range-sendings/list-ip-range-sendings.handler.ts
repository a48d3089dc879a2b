import { FieldCondition } from '@era/read-store';
import { Injectable } from '@nestjs/common';
import { IP_RANGE_SENDINGS, IpRangeSendingListing } from '@era/projection-e-resource-access';
import { AccessReads, withoutBookkeeping } from '../access-shared/access-reads';

export interface IpRangeSendings {
  sendings: IpRangeSendingListing[];
  position: number;
  fresh: boolean;
}

/** Every recorded sending of the list (or a vendor's), newest first. */
@Injectable()
export class ListIpRangeSendingsHandler {
  constructor(private readonly access: AccessReads) {}

  async execute(organisationId: string | undefined, minPosition?: number): Promise<IpRangeSendings> {
    const { view, fresh } = await this.access.view(minPosition);
    const sendings: IpRangeSendingListing[] = [];
    const where: Record<string, FieldCondition> = organisationId ? { organisationId } : {};
    for await (const sending of view.findAll<IpRangeSendingListing>(IP_RANGE_SENDINGS, { where, sort: { field: 'sentOn', direction: 'desc' } })) {
      sendings.push(withoutBookkeeping(sending));
    }
    return { sendings, position: view.position, fresh };
  }
}
