import { DomainEvent } from '@era/decider';
import { CalendarDate } from './e-resource-events';
import { IpFamily } from './ip-address';

/** A range added to the library's list: `listVersion` is the list's version it made (the count of changes so far). */
export interface IpRangeAdded {
  rangeId: string;
  family: IpFamily;
  /** Canonical text: `192.0.2.0/24`, `2001:db8::/48`, `192.0.2.10-192.0.2.20`, or one address. */
  range: string;
  /** Canonical first and last address, inclusive. */
  firstAddress: string;
  lastAddress: string;
  label: string;
  note?: string;
  listVersion: number;
}

export interface IpRangeRemoved {
  rangeId: string;
  range: string;
  reason: string;
  listVersion: number;
}

export const SENDING_METHODS = ['email', 'portal', 'other'] as const;
export type SendingMethod = (typeof SENDING_METHODS)[number];

/** A version of the list sent to a vendor (an organisation of the register, by id). */
export interface IpRangesSentToVendor {
  sendingId: string;
  organisationId: string;
  version: number;
  sentOn: CalendarDate;
  method: SendingMethod;
  note?: string;
}

export type IpRangeEvent =
  DomainEvent<'IpRangeAdded', IpRangeAdded> | DomainEvent<'IpRangeRemoved', IpRangeRemoved> | DomainEvent<'IpRangesSentToVendor', IpRangesSentToVendor>;

/** The library has one list of ranges, and one stream for it and its sendings. */
export const IP_RANGES_STREAM = 'e-resource-ip-ranges';
