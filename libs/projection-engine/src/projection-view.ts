import { FindQuery, Page, ReadDocument, ReadStore } from '@era/read-store';
import { physicalCollection } from './projection';

/** Query access to one generation of a projection's read models: the live one, or a throwaway replay. */
export interface ProjectionView {
  /** Global position of the last event the view reflects. */
  readonly position: number;
  get<T extends ReadDocument>(collection: string, id: string): Promise<T | undefined>;
  /** Many documents by id at once; missing ids are absent from the map. */
  getMany<T extends ReadDocument>(collection: string, ids: readonly string[]): Promise<Map<string, T>>;
  find<T extends ReadDocument>(collection: string, query?: FindQuery): Promise<Page<T>>;
  /** Every document matching, page after page. */
  findAll<T extends ReadDocument>(collection: string, query?: Omit<FindQuery, 'cursor' | 'limit'>): AsyncIterable<T>;
}

export function viewOf(store: ReadStore, generation: string, position: number): ProjectionView {
  return {
    position,
    get: (collection, id) => store.get(physicalCollection(generation, collection), id),
    getMany: (collection, ids) => store.getMany(physicalCollection(generation, collection), ids),
    find: (collection, query) => store.find(physicalCollection(generation, collection), query),
    async *findAll<T extends ReadDocument>(collection: string, query: Omit<FindQuery, 'cursor' | 'limit'> = {}) {
      let cursor: string | undefined;
      do {
        const page: Page<T> = await store.find<T>(physicalCollection(generation, collection), { ...query, cursor, limit: 5000 });
        yield* page.items;
        cursor = page.nextCursor;
      } while (cursor);
    },
  };
}

/** The view of a projection that has not started: nothing projected yet. */
export const EMPTY_VIEW: ProjectionView = {
  position: 0,
  get: async () => undefined,
  getMany: async () => new Map(),
  find: async () => ({ items: [] }),
  async *findAll() {},
};
