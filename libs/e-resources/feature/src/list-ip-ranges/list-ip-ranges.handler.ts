import { Injectable } from '@nestjs/common';
import { parseIpAddress } from '@era/e-resources-domain';
import { IP_RANGE_LIST, IP_RANGES, IpRangeListing, IpRangeListVersion, THE_LIST } from '@era/projection-e-resource-access';
import { AccessReads, withoutBookkeeping } from '../access-shared/access-reads';

export interface IpRangeList {
  /** The list's version: how many changes it has had (0: never any range). What a sending records. */
  version: number;
  changedAt?: string;
  ranges: IpRangeListing[];
  /** Global position of the last event the list reflects. */
  position: number;
  fresh: boolean;
}

/** The library's ranges as they stand, IPv4 before IPv6, each in address order. */
@Injectable()
export class ListIpRangesHandler {
  constructor(private readonly access: AccessReads) {}

  async execute(minPosition?: number): Promise<IpRangeList> {
    const { view, fresh } = await this.access.view(minPosition);
    const list = await view.get<IpRangeListVersion>(IP_RANGE_LIST, THE_LIST);
    const ranges: IpRangeListing[] = [];
    for await (const range of view.findAll<IpRangeListing>(IP_RANGES, { where: { status: 'current' } })) ranges.push(withoutBookkeeping(range));
    ranges.sort(inAddressOrder);
    return { version: list?.version ?? 0, ...(list && { changedAt: list.changedAt }), ranges, position: view.position, fresh };
  }
}

function inAddressOrder(a: IpRangeListing, b: IpRangeListing): number {
  if (a.family !== b.family) return a.family === 'ipv4' ? -1 : 1;
  const [x, y] = [addressValue(a.firstAddress), addressValue(b.firstAddress)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Sortable value of a canonical address (the read model keeps text). */
const addressValue = (text: string): bigint => parseIpAddress(text)?.value ?? 0n;
