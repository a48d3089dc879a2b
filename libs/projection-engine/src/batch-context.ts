import { EventStore, RecordedEvent } from '@era/event-store';
import { ReadDocument, ReadStore, WriteOperation } from '@era/read-store';
import { ReadModelAccessError } from './fault-classification';
import { physicalCollection, ProjectionContext } from './projection';
import { WrittenKeys } from './written-keys';

/** Every stored read-model document remembers the global position of the last event that wrote it. */
export const POSITION_FIELD = '_position';

/** persistedPosition is undefined for a document written blind (never read in this batch). */
type Slot = { document: ReadDocument | undefined; persistedPosition: number | undefined; writtenAt: number };

/**
 * Collects one batch's read-model writes in memory so that they can be committed together with the checkpoint.
 * Where the store's commits are not atomic (MongoDB), a crash can leave some documents of a batch written and the
 * checkpoint not; on replay, a write is skipped when the stored document already carries this event's position or
 * a later one, so no event is applied twice.
 */
export class BatchContext {
  private readonly slots = new Map<string, Slot>();
  private readonly dirty = new Set<string>();
  private current?: RecordedEvent;

  /**
   * written: given when the generation began empty and only batches sharing it write to it (a rebuild, a replay).
   * events: the log the batch's events come from, for handlers that read earlier events of a stream.
   */
  constructor(
    private readonly store: ReadStore,
    private readonly generation: string,
    private readonly written?: WrittenKeys,
    private readonly events?: EventStore,
  ) {}

  forEvent(event: RecordedEvent): ProjectionContext {
    this.current = event;
    return {
      get: (collection, id) => this.get(collection, id),
      put: (collection, document) => this.write(collection, document.id, { ...document, [POSITION_FIELD]: event.globalPosition }),
      delete: (collection, id) => this.write(collection, id, undefined),
      earlierInStream: () => this.earlierInStream(event),
    };
  }

  private async *earlierInStream(event: RecordedEvent): AsyncIterable<RecordedEvent> {
    if (!this.events) throw new Error('this batch was given no event store to read earlier events from');
    if (event.streamRevision === 0) return;
    yield* this.events.readStream(event.streamId, { fromRevision: 0, maxCount: event.streamRevision });
  }

  get size(): number {
    return this.dirty.size;
  }

  /** The batch's writes, less those a previous, interrupted commit already stored (non-atomic stores only). */
  async operations(): Promise<WriteOperation[]> {
    if (!this.store.atomicCommits) await this.dropWritesAlreadyStored();
    return [...this.dirty].map((key) => {
      const { collection, id } = splitKey(key);
      const document = this.slots.get(key)?.document;
      return document
        ? { kind: 'put', collection: physicalCollection(this.generation, collection), document }
        : { kind: 'delete', collection: physicalCollection(this.generation, collection), id };
    });
  }

  /**
   * A copy: a handler that changes what it read and puts it back may have its put skipped (a replay over writes an
   * interrupted commit stored), and its change must not reach the next event of the batch that reads the document.
   */
  private async get<T extends ReadDocument>(collection: string, id: string): Promise<T | undefined> {
    const { document } = await this.load(collection, id);
    return document && (copyOf(document) as T);
  }

  private async load(collection: string, id: string): Promise<Slot> {
    const key = slotKey(collection, id);
    let slot = this.slots.get(key);
    if (!slot && this.written && !this.written.mayHold(key)) {
      slot = { document: undefined, persistedPosition: 0, writtenAt: 0 };
      this.slots.set(key, slot);
    } else if (!slot) {
      const document = await this.store.get(physicalCollection(this.generation, collection), id).catch((error: unknown) => {
        throw new ReadModelAccessError(error);
      });
      slot = { document, persistedPosition: Number(document?.[POSITION_FIELD] ?? 0), writtenAt: 0 };
      this.slots.set(key, slot);
    }
    return slot;
  }

  private write(collection: string, id: string, document: ReadDocument | undefined): void {
    const key = slotKey(collection, id);
    const position = this.current?.globalPosition ?? 0;
    const slot = this.slots.get(key);
    if (!this.store.atomicCommits && slot?.persistedPosition !== undefined && slot.persistedPosition >= position) return;
    this.slots.set(key, { document, persistedPosition: slot?.persistedPosition, writtenAt: position });
    this.dirty.add(key);
    this.written?.add(key);
  }

  private async dropWritesAlreadyStored(): Promise<void> {
    const blind = new Map<string, string[]>();
    for (const key of this.dirty) {
      if (this.slots.get(key)?.persistedPosition !== undefined) continue;
      const { collection, id } = splitKey(key);
      blind.set(collection, [...(blind.get(collection) ?? []), id]);
    }
    for (const [collection, ids] of blind) {
      const stored = await this.store.getMany(physicalCollection(this.generation, collection), ids);
      for (const id of ids) {
        const key = slotKey(collection, id);
        const storedPosition = Number(stored.get(id)?.[POSITION_FIELD] ?? 0);
        if (storedPosition >= (this.slots.get(key)?.writtenAt ?? 0)) this.dirty.delete(key);
      }
    }
  }
}

/**
 * A deep copy of a read document: plain objects and arrays field by field (several times cheaper than structuredClone
 * for the small JSON documents handlers read, once per read), anything else (a Date a handler put) by structuredClone.
 */
function copyOf(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyOf);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return structuredClone(value);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) defineField(copy, key, copyOf((value as Record<string, unknown>)[key]));
  return copy;
}

/** As JSON.parse does: a field named `__proto__` is a field, not the prototype. */
function defineField(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

const slotKey = (collection: string, id: string) => `${collection}\u0000${id}`;
function splitKey(key: string): { collection: string; id: string } {
  const at = key.indexOf('\u0000');
  return { collection: key.slice(0, at), id: key.slice(at + 1) };
}
