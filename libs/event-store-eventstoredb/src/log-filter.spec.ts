import { EVENT_TYPE, STREAM_NAME } from '@eventstore/db-client';
import { isSystemEvent, isVisible, serverFilterFor } from './log-filter';

describe('EventStoreDB log filtering', () => {
  it('hides system events and system streams', () => {
    expect(isSystemEvent({ type: '$metadata', streamId: '$$desk-1' })).toBe(true);
    expect(isSystemEvent({ type: '$>', streamId: '$ce-desk' })).toBe(true);
    expect(isSystemEvent({ type: 'Recorded', streamId: '$scavenges' })).toBe(true);
    expect(isSystemEvent({ type: 'InquiryRecorded', streamId: 'desk-1' })).toBe(false);
  });

  it('applies the whole filter on our side', () => {
    const filter = { eventTypes: ['Kept'], streamPrefixes: ['desk-'] };
    expect(isVisible({ type: 'Kept', streamId: 'desk-1' }, filter)).toBe(true);
    expect(isVisible({ type: 'KeptAside', streamId: 'desk-1' }, filter)).toBe(false);
    expect(isVisible({ type: 'Kept', streamId: 'loan-1' }, filter)).toBe(false);
    expect(isVisible({ type: '$metadata', streamId: 'desk-1' }, undefined)).toBe(false);
  });

  it('narrows on the server by stream prefix first, then by type, else drops system events', () => {
    expect(serverFilterFor({ eventTypes: ['Kept'], streamPrefixes: ['desk-'] })).toMatchObject({ filterOn: STREAM_NAME, prefixes: ['desk-'] });
    expect(serverFilterFor({ eventTypes: ['Kept'] })).toMatchObject({ filterOn: EVENT_TYPE, prefixes: ['Kept'] });
    expect(serverFilterFor({ streamPrefixes: [] })).toMatchObject({ filterOn: EVENT_TYPE, regex: '^[^$].*' });
    expect(serverFilterFor(undefined)).toMatchObject({ filterOn: EVENT_TYPE, regex: '^[^$].*' });
  });
});
