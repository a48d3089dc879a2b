import { isCalendarDate } from '@era/calendar';
import { canonicalId, DecisionContext, Decider, Folded } from '@era/decider';
import { AccessRuleViolation } from './access-rule-violation';
import { LABEL_MAX, NOTE_MAX, optionalText, requiredReason, requiredText } from './access-text';
import { formatIpAddress, parseIpAddress } from './ip-address';
import { parseIpRange, rangesOverlap } from './ip-range';
import { AddIpRange, IpRangeCommand, RecordIpRangesSending, RemoveIpRange } from './ip-range-commands';
import { IpRangeAdded, IpRangeEvent, IpRangesSentToVendor, SENDING_METHODS } from './ip-range-events';

export const ORGANISATION_ID_MAX = 120;

export interface IpRangeListState {
  /** How many changes the list has had: 0 before the first range. */
  version: number;
  /** Every range ever added, by id; `removed` holds those no longer on the list. */
  ranges: ReadonlyMap<string, IpRangeAdded>;
  removed: ReadonlySet<string>;
  sendings: ReadonlyMap<string, IpRangesSentToVendor>;
}

export const initialIpRangeList: IpRangeListState = { version: 0, ranges: new Map(), removed: new Set(), sendings: new Map() };

/** The ranges on the list as it stands. */
export const currentRanges = (state: IpRangeListState): IpRangeAdded[] => [...state.ranges.values()].filter((range) => !state.removed.has(range.rangeId));

function decideAdd({ data }: AddIpRange, state: IpRangeListState): IpRangeEvent[] {
  const rangeId = canonicalId(data.rangeId);
  const parsed = parseIpRange(typeof data.range === 'string' ? data.range : '');
  if ('refusal' in parsed) throw new AccessRuleViolation('invalid-ip-range', parsed.refusal);
  const note = optionalText(data.note, 'note', NOTE_MAX);
  const added: IpRangeAdded = {
    rangeId,
    family: parsed.family,
    range: parsed.text,
    firstAddress: formatIpAddress({ family: parsed.family, value: parsed.first }),
    lastAddress: formatIpAddress({ family: parsed.family, value: parsed.last }),
    label: requiredText(data.label, 'label', LABEL_MAX),
    ...(note !== undefined && { note }),
    listVersion: state.version + 1,
  };
  const existing = state.ranges.get(rangeId);
  if (existing) {
    if (state.removed.has(rangeId)) throw new AccessRuleViolation('ip-range-already-removed', `range ${rangeId} was removed; add it again under a new id`);
    if (existing.range === added.range && existing.label === added.label && existing.note === added.note) return [];
    throw new AccessRuleViolation('ip-range-already-added', `range ${rangeId} was added as ${existing.range} (${existing.label})`);
  }
  const clash = currentRanges(state).find((range) => rangesOverlap(boundsOf(range), parsed));
  if (clash) throw new AccessRuleViolation('ip-range-overlaps', `${added.range} overlaps ${clash.range} (${clash.label}) already on the list`);
  return [{ type: 'IpRangeAdded', data: added }];
}

function decideRemove({ data }: RemoveIpRange, state: IpRangeListState): IpRangeEvent[] {
  const rangeId = canonicalId(data.rangeId);
  const range = state.ranges.get(rangeId);
  if (!range) throw new AccessRuleViolation('ip-range-not-found', `range ${rangeId} is not on the list`);
  if (state.removed.has(rangeId)) throw new AccessRuleViolation('ip-range-already-removed', `range ${range.range} was already removed`);
  const reason = requiredReason(data.reason, 'removing a range');
  return [{ type: 'IpRangeRemoved', data: { rangeId, range: range.range, reason, listVersion: state.version + 1 } }];
}

function decideSending({ data }: RecordIpRangesSending, state: IpRangeListState, now: Date): IpRangeEvent[] {
  const sendingId = canonicalId(data.sendingId);
  if (!Number.isInteger(data.version) || data.version < 1 || data.version > state.version) {
    const made = state.version === 0 ? 'no version has been made yet' : `versions 1 to ${state.version} exist`;
    throw new AccessRuleViolation('ip-range-version-not-found', `version ${data.version} of the IP range list does not exist (${made})`);
  }
  if (!isCalendarDate(data.sentOn)) throw new AccessRuleViolation('invalid-calendar-date', `sentOn ${JSON.stringify(data.sentOn)} is not a calendar date`);
  // The latest day anywhere on earth at this instant: a date the sender's own calendar may already show.
  if (data.sentOn > new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10)) {
    throw new AccessRuleViolation('sent-in-future', `sentOn ${data.sentOn} is in the future: record a sending once it is made`);
  }
  if (!(SENDING_METHODS as readonly string[]).includes(data.method)) {
    throw new AccessRuleViolation('field-required', `method must be one of ${SENDING_METHODS.join(', ')}`);
  }
  const note = optionalText(data.note, 'note', NOTE_MAX);
  const sent: IpRangesSentToVendor = {
    sendingId,
    organisationId: requiredText(data.organisationId, 'organisationId', ORGANISATION_ID_MAX),
    version: data.version,
    sentOn: data.sentOn,
    method: data.method,
    ...(note !== undefined && { note }),
  };
  const existing = state.sendings.get(sendingId);
  if (existing) {
    if (JSON.stringify(existing) === JSON.stringify(sent)) return [];
    throw new AccessRuleViolation('sending-already-recorded', `sending ${sendingId} was recorded with other details`);
  }
  return [{ type: 'IpRangesSentToVendor', data: sent }];
}

function decide(command: IpRangeCommand, state: IpRangeListState, { now }: DecisionContext): IpRangeEvent[] {
  switch (command.type) {
    case 'AddIpRange':
      return decideAdd(command, state);
    case 'RemoveIpRange':
      return decideRemove(command, state);
    case 'RecordIpRangesSending':
      return decideSending(command, state, now);
  }
}

export function evolveIpRangeList(state: IpRangeListState, event: Folded<IpRangeEvent>): IpRangeListState {
  switch (event.type) {
    case 'IpRangeAdded':
      return { ...state, version: state.version + 1, ranges: new Map(state.ranges).set(event.data.rangeId, event.data) };
    case 'IpRangeRemoved':
      return { ...state, version: state.version + 1, removed: new Set(state.removed).add(event.data.rangeId) };
    case 'IpRangesSentToVendor':
      return { ...state, sendings: new Map(state.sendings).set(event.data.sendingId, event.data) };
  }
}

/**
 * The library's IP ranges: one list, every addition and removal a new version of it (the version is the count of
 * changes), and a record of which version was sent to which vendor. Ranges are canonical and never overlap.
 */
export const ipRangeListDecider: Decider<IpRangeCommand, IpRangeListState, IpRangeEvent> = {
  initialState: initialIpRangeList,
  decide,
  evolve: evolveIpRangeList,
};

/** A recorded range's bounds, read back from its canonical addresses. */
function boundsOf(range: IpRangeAdded) {
  return { family: range.family, first: parseIpAddress(range.firstAddress)?.value ?? 0n, last: parseIpAddress(range.lastAddress)?.value ?? -1n };
}
