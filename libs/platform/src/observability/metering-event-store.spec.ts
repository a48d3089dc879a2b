import { ConcurrencyConflictError, EventStore, StoreUnavailableError } from '@era/event-store';
import { meteredEventStore } from './metering-event-store';
import { ServiceMetrics } from './service-metrics';

const metadata = { actor: { id: 's-1', role: 'desk' as const }, correlationId: 'c', causationId: 'c', source: 'api' as const };

async function appendsBy(metrics: ServiceMetrics): Promise<Record<string, number>> {
  const { values } = await metrics.appends.get();
  return Object.fromEntries(values.map((value) => [String(value.labels.outcome), value.value]));
}

describe('the metered event store', () => {
  it('given appends that succeed, conflict and find the store unavailable, then each is counted by outcome and timed', async () => {
    const failures = [new ConcurrencyConflictError('s', 0, 1), new StoreUnavailableError('no leader')];
    const inner = {
      append: jest.fn(async () => {
        const failure = failures.shift();
        if (failure) throw failure;
        return { nextExpectedRevision: 0, position: 1, events: [{}, {}] };
      }),
    } as unknown as EventStore;
    const metrics = new ServiceMetrics();
    const store = meteredEventStore(inner, metrics);
    const append = () => store.append('s', [{ type: 'A', data: {} }], { expectedRevision: 'any', metadata });

    await expect(append()).rejects.toBeInstanceOf(ConcurrencyConflictError);
    await expect(append()).rejects.toBeInstanceOf(StoreUnavailableError);
    await append();

    expect(await appendsBy(metrics)).toEqual({ conflict: 1, unavailable: 1, ok: 1 });
    expect((await metrics.appendedEvents.get()).values[0].value).toBe(2);
    const durations = (await metrics.appendDuration.get()).values.filter((v) => v.metricName === 'era_event_store_append_duration_seconds_count');
    expect(durations.map((v) => v.value)).toEqual([1, 1, 1]);
  });

  it('passes every other member of the port through, optional ones included', async () => {
    const inner = { positionsAreContiguous: true, eventIdsAreUniqueInStore: true, countEventsAfter: jest.fn(async () => 7) } as unknown as EventStore;
    const store = meteredEventStore(inner, new ServiceMetrics());
    expect(store.positionsAreContiguous).toBe(true);
    expect(store.eventIdsAreUniqueInStore).toBe(true);
    expect(await store.countEventsAfter?.(3, 10)).toBe(7);
    expect('streamHeads' in store && store.streamHeads).toBeFalsy();
  });
});
