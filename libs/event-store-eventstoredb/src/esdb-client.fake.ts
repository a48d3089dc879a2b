import { AppendToStreamOptions, EventData, NO_STREAM, WrongExpectedVersionError } from '@eventstore/db-client';
import type { EsdbClient } from './esdb-client';
import { StoredEsdbEvent } from './envelope-mapping';

/** How the next append fails: before the server writes (nothing stored), or after (stored, the answer lost). */
export interface AppendFault {
  error: Error;
  when: 'before-write' | 'after-write';
  /** What another client does while this one waits for its answer (e.g. append to the same stream). */
  meanwhile?: () => Promise<unknown>;
}

/**
 * One EventStoreDB node in memory, enough for the adapter's append path: exact expected revisions, positions, and
 * the server's idempotence (a batch whose ids already sit at the revisions it asks for is answered as a success
 * without writing). Faults are scripted per append.
 */
export class FakeEsdbClient implements EsdbClient {
  readonly streams = new Map<string, StoredEsdbEvent[]>();
  readonly appendCalls: { streamId: string; ids: string[]; expectedRevision: unknown }[] = [];
  private readonly faults: AppendFault[] = [];
  private position = 100;

  /** False plays a server that answers a repeat with WrongExpectedVersion (as it does when a batch only partly matches). */
  constructor(private readonly recognisesRepeats = true) {}

  failNextAppends(...faults: AppendFault[]): this {
    this.faults.push(...faults);
    return this;
  }

  asClient(): EsdbClient {
    return this;
  }

  async appendToStream(streamId: string, events: EventData[], options: AppendToStreamOptions) {
    this.appendCalls.push({ streamId, ids: events.map((event) => event.id), expectedRevision: options.expectedRevision });
    const fault = this.faults.shift();
    await fault?.meanwhile?.();
    if (fault?.when === 'before-write') throw fault.error;
    const stream = this.streams.get(streamId) ?? [];
    const expected = options.expectedRevision === NO_STREAM ? -1n : (options.expectedRevision as bigint);
    const atExpected = stream.slice(Number(expected) + 1, Number(expected) + 1 + events.length);
    const repeat = this.recognisesRepeats && atExpected.length === events.length && atExpected.every((stored, i) => stored.id === events[i].id);
    if (!repeat) {
      const current = BigInt(stream.length - 1);
      if (current !== expected) {
        throw new WrongExpectedVersionError(undefined, {
          streamName: streamId,
          expected: options.expectedRevision ?? NO_STREAM,
          current: stream.length ? current : NO_STREAM,
        });
      }
      for (const event of events) stream.push(this.stored(streamId, BigInt(stream.length), event));
      this.streams.set(streamId, stream);
    }
    if (fault) throw fault.error;
    return { success: true, nextExpectedRevision: BigInt(stream.length - 1) };
  }

  readStream(streamId: string, options: { direction?: string; fromRevision?: bigint | string; maxCount?: number | bigint }) {
    const stream = this.streams.get(streamId) ?? [];
    const count = Number(options.maxCount ?? stream.length);
    const from = typeof options.fromRevision === 'bigint' ? Number(options.fromRevision) : 0;
    const events = options.direction === 'backwards' ? [...stream].reverse().slice(0, count) : stream.slice(from, from + count);
    return Object.assign(
      (async function* () {
        for (const event of events) yield { event };
      })(),
      { cancel: async () => undefined },
    );
  }

  readAll(): never {
    throw new Error('the fake node serves the append path only: no $all reads');
  }

  subscribeToAll(): never {
    throw new Error('the fake node serves the append path only: no $all subscriptions');
  }

  async dispose(): Promise<void> {}

  private stored(streamId: string, revision: bigint, event: EventData): StoredEsdbEvent {
    this.position += 100;
    const at = BigInt(this.position);
    return {
      id: event.id,
      streamId,
      revision,
      type: event.type,
      isJson: true,
      data: JSON.parse(JSON.stringify(event.data)),
      metadata: JSON.parse(JSON.stringify(event.metadata)),
      position: { commit: at, prepare: at },
    };
  }
}
