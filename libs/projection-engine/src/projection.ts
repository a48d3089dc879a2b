import { RecordedEvent } from '@era/event-store';
import { CollectionDefinition, ReadDocument } from '@era/read-store';

/** What a handler may do to its projection's read models; writes land with the checkpoint of their batch. */
export interface ProjectionContext {
  get<T extends ReadDocument>(collection: string, id: string): Promise<T | undefined>;
  put(collection: string, document: ReadDocument): void;
  delete(collection: string, id: string): void;
}

export type ProjectionHandler = (event: RecordedEvent, context: ProjectionContext) => void | Promise<void>;

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

export const REBUILD_SUFFIX = '#rebuild';
export const rebuildSlot = (projection: string) => `${projection}${REBUILD_SUFFIX}`;

/** Where a generation's collection lives in the read store. */
export const physicalCollection = (generation: string, collection: string) => `${generation}.${collection}`;
