import { EventData, RecordedEvent, RecordedEventOf } from '@era/event-store';
import { CollectionDefinition, ReadDocument } from '@era/read-store';

type AnyEvent = { type: string; data: EventData };

/** What a handler may do to its projection's read models (writes land with the checkpoint of their batch), and read. */
export interface ProjectionContext<E extends AnyEvent = AnyEvent> {
  get<T extends ReadDocument>(collection: string, id: string): Promise<T | undefined>;
  put(collection: string, document: ReadDocument): void;
  delete(collection: string, id: string): void;
  /**
   * The events of this event's own stream that came before it, oldest first. They precede it in the log, so a
   * rebuild or an as-of replay reads exactly what the live run read: a handler takes from them what an event does not
   * repeat (what a void takes back) instead of keeping a read model of every entry for the rare event that needs one.
   */
  earlierInStream(): AsyncIterable<RecordedEventOf<E>>;
}

export type ProjectionHandler = (event: RecordedEvent<EventData>, context: ProjectionContext) => void | Promise<void>;

/** Handlers by event type, each given the event of its own type. */
export type TypedHandlers<E extends AnyEvent> = {
  readonly [T in E['type']]?: (event: RecordedEventOf<Extract<E, { type: T }>>, context: ProjectionContext<E>) => void | Promise<void>;
};

/**
 * A read model built from the log. Bump `version` whenever handlers or collections change meaning: the engine
 * then rebuilds it from position zero into fresh storage and swaps it in once caught up.
 */
export interface ProjectionDefinition {
  name: string;
  version: number;
  /** Collection names are local to the projection; the engine stores them per generation. */
  collections: readonly CollectionDefinition[];
  handlers: Readonly<Record<string, ProjectionHandler>>;
}

/**
 * A projection over the events of union `E`, its handlers typed per event type. The engine routes an event to the
 * handler named by its type, so the event a handler receives is of that type (old shapes already upcast).
 */
export function defineProjection<E extends AnyEvent>(definition: {
  name: string;
  version: number;
  collections: readonly CollectionDefinition[];
  handlers: TypedHandlers<E>;
}): ProjectionDefinition {
  const handlers: Record<string, ProjectionHandler> = {};
  for (const type of Object.keys(definition.handlers) as E['type'][]) {
    // The engine calls a handler only with events of the type it is filed under, so widening its parameter is sound.
    const handler = definition.handlers[type] as ProjectionHandler | undefined;
    if (handler) handlers[type] = handler;
  }
  return { ...definition, handlers };
}

export const REBUILD_SUFFIX = '#rebuild';
export const rebuildSlot = (projection: string) => `${projection}${REBUILD_SUFFIX}`;

/** Where a generation's collection lives in the read store. */
export const physicalCollection = (generation: string, collection: string) => `${generation}.${collection}`;
