import { PassThrough } from 'node:stream';
import { EventFilter, prepareAppend, RecordedEvent } from '@era/event-store';
import { toEsdbEvent } from './envelope-mapping';
import { EventStoreDbSubscription, SubscriptionSource } from './eventstoredb-subscription';

const metadata = { actor: { id: 'staff-1', role: 'associate' }, correlationId: 'c', causationId: 'c', source: 'api' as const };

/** A resolved $all event as the client emits it, for an event of ours (or a system one) at `position`. */
function resolved(streamId: string, type: string, position: number) {
  // System streams are not valid ids of ours; they are skipped before decoding, so any envelope will do.
  const [event] = prepareAppend(streamId.replace(/^\$+/, 'x'), [{ type, data: {} }], metadata, { revision: -1, hash: undefined });
  const written = toEsdbEvent(event);
  return {
    event: {
      ...written,
      streamId,
      revision: 0n,
      isJson: true,
      created: new Date(),
      position: { commit: BigInt(position), prepare: BigInt(position) },
    },
  };
}

/** Stands in for the client's subscription: an object stream that records being unsubscribed. */
function fakeSource() {
  const stream = new PassThrough({ objectMode: true });
  const unsubscribe = jest.fn(async () => undefined);
  return Object.assign(stream, { unsubscribe });
}

async function take(subscription: EventStoreDbSubscription, count: number): Promise<RecordedEvent[]> {
  const taken: RecordedEvent[] = [];
  for await (const event of subscription) {
    taken.push(event);
    if (taken.length === count) break;
  }
  return taken;
}

function subscription(source: SubscriptionSource, after: number, filter?: EventFilter) {
  const onClosed = jest.fn();
  return { subscription: new EventStoreDbSubscription(source, after, filter, onClosed), onClosed };
}

describe('EventStoreDB subscription', () => {
  it('yields only events strictly after the checkpoint, once each, skipping system and filtered events', async () => {
    const source = fakeSource();
    const { subscription: sub, onClosed } = subscription(source, 200, { streamPrefixes: ['desk-'] });
    // The server may or may not repeat the checkpoint event, and may resend around a reconnect: both dropped.
    source.write(resolved('desk-1', 'AtCheckpoint', 200));
    source.write(resolved('desk-1', 'First', 300));
    source.write(resolved('$$desk-1', '$metadata', 350));
    source.write(resolved('loan-1', 'NotMine', 400));
    source.write(resolved('desk-1', 'First', 300));
    source.write(resolved('desk-2', 'Second', 500));
    const events = await take(sub, 2);
    expect(events.map((e) => `${e.globalPosition}:${e.type}`)).toEqual(['300:First', '500:Second']);
    expect(source.unsubscribe).toHaveBeenCalledTimes(1);
    expect(onClosed).toHaveBeenCalledWith(sub);
  });

  it('ends an iteration waiting for live events when closed, without an error', async () => {
    const source = fakeSource();
    const { subscription: sub } = subscription(source, 0);
    const iteration = take(sub, 5);
    source.write(resolved('desk-1', 'Only', 100));
    await new Promise((resolve) => setImmediate(resolve));
    await sub.close();
    await expect(iteration).resolves.toHaveLength(1);
    await sub.close();
    expect(source.unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('passes on a dropped subscription to the consumer', async () => {
    const source = fakeSource();
    const { subscription: sub } = subscription(source, 0);
    const iteration = take(sub, 5);
    source.destroy(new Error('connection lost'));
    await expect(iteration).rejects.toThrow('connection lost');
  });
});

describe('EventStoreDB subscription after a failed call', () => {
  const quick = { attempts: 2, baseMs: 1 };

  it('resubscribes from the last event it saw, so that nothing is lost or yielded twice', async () => {
    const sources = [fakeSource(), fakeSource()];
    const opened: number[] = [];
    const open = jest.fn((after: number) => {
      opened.push(after);
      return sources[opened.length - 1];
    });
    const sub = new EventStoreDbSubscription(open, 0, undefined, jest.fn(), quick);
    const iteration = take(sub, 3);
    sources[0].write(resolved('desk-1', 'First', 100));
    sources[0].write(resolved('desk-2', 'Second', 200));
    await new Promise((resolve) => setImmediate(resolve));
    sources[0].destroy(Object.assign(new Error('14 UNAVAILABLE: leader changed'), { code: 14 }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The new call may replay the boundary event: dropped.
    sources[1].write(resolved('desk-2', 'Second', 200));
    sources[1].write(resolved('desk-3', 'Third', 300));
    const events = await iteration;
    expect(events.map((e) => `${e.globalPosition}:${e.type}`)).toEqual(['100:First', '200:Second', '300:Third']);
    expect(opened).toEqual([0, 200]);
  });

  it('resubscribes when the server ends the call without being asked', async () => {
    const sources = [fakeSource(), fakeSource()];
    let calls = 0;
    const sub = new EventStoreDbSubscription(() => sources[calls++], 0, undefined, jest.fn(), quick);
    const iteration = take(sub, 2);
    sources[0].write(resolved('desk-1', 'First', 100));
    sources[0].end();
    await new Promise((resolve) => setTimeout(resolve, 20));
    sources[1].write(resolved('desk-2', 'Second', 200));
    expect((await iteration).map((e) => e.type)).toEqual(['First', 'Second']);
  });

  it('passes the failure on after too many failed calls in a row, for the consumer to retry from its checkpoint', async () => {
    const open = jest.fn(() => {
      const source = fakeSource();
      setImmediate(() => source.destroy(new Error('connection refused')));
      return source;
    });
    const sub = new EventStoreDbSubscription(open, 0, undefined, jest.fn(), quick);
    await expect(take(sub, 1)).rejects.toThrow('connection refused');
    expect(open).toHaveBeenCalledTimes(1 + quick.attempts);
  });
});
