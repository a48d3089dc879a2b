import { Command } from '@era/decider';
import { SendingMethod } from './ip-range-events';

export type AddIpRange = Command<'AddIpRange', { rangeId: string; range: string; label: string; note?: string }>;
export type RemoveIpRange = Command<'RemoveIpRange', { rangeId: string; reason: string }>;
export type RecordIpRangesSending = Command<
  'RecordIpRangesSending',
  { sendingId: string; organisationId: string; version: number; sentOn: string; method: SendingMethod; note?: string }
>;

export type IpRangeCommand = AddIpRange | RemoveIpRange | RecordIpRangesSending;
