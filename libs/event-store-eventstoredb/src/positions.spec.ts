import { START } from '@eventstore/db-client';
import { globalPositionOf, isAfter, readPositionAfter } from './positions';

const event = (position?: { commit: bigint; prepare: bigint }) => ({ id: 'e-1', streamId: 'desk-1', position });

describe('EventStoreDB positions', () => {
  it('uses the commit position as the global position', () => {
    expect(globalPositionOf(event({ commit: 4242n, prepare: 4242n }))).toBe(4242);
  });

  it('refuses an event without a usable position rather than inventing one', () => {
    expect(() => globalPositionOf(event(undefined))).toThrow(/22\.6/);
    // What servers before 22.6 send on stream reads for "unknown".
    expect(() => globalPositionOf(event({ commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n }))).toThrow(/no usable log position/);
    expect(() => globalPositionOf(event({ commit: 0n, prepare: 0n }))).toThrow();
  });

  it('starts reads at the start for 0 and at the event itself for a position it handed out', () => {
    expect(readPositionAfter(0)).toBe(START);
    expect(readPositionAfter(1519)).toEqual({ commit: 1519n, prepare: 1519n });
    expect(() => readPositionAfter(-1)).toThrow(RangeError);
    expect(() => readPositionAfter(1.5)).toThrow(RangeError);
  });

  it('keeps after exclusive', () => {
    expect(isAfter(1519, 1519)).toBe(false);
    expect(isAfter(1700, 1519)).toBe(true);
    expect(isAfter(1400, 1519)).toBe(false);
  });
});
