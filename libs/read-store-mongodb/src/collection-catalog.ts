import { assertQueryUsesIndexes, CollectionDefinition, FindQuery, InvalidQueryError } from '@era/read-store';
import { Db } from 'mongodb';
import { ensureMongoCollection } from './ensure-mongo-collection';
import { DEFINITIONS_COLLECTION, fieldPath, mongoCollectionName, READ_MODEL_PREFIX, TEXT_WORDS_FIELD } from './names';
import { StoredDocument } from './stored-document';
import { indexTextOfAllDocuments } from './text-words';

interface DefinitionDocument {
  _id: string;
  indexes: string[];
  /** Absent on definitions stored before text search. */
  textFields?: string[];
}

/**
 * The read-model collections and their indexed fields, persisted in Mongo so that every process (projector, API)
 * applies the same query rules. Each process caches definitions and re-reads one from Mongo whenever the cache
 * does not allow a query, so fields declared later by another process are picked up on first use.
 */
export class CollectionCatalog {
  private readonly cache = new Map<string, CollectionDefinition>();

  constructor(private readonly db: Db) {}

  private get definitions() {
    return this.db.collection<DefinitionDocument>(DEFINITIONS_COLLECTION);
  }

  async ensure(definition: CollectionDefinition): Promise<void> {
    const name = mongoCollectionName(definition.name);
    const paths = [...new Set(definition.indexes.map(fieldPath))].filter((path) => path !== '_id');
    await ensureMongoCollection(this.db, name);
    // Field then _id: serves equality, ranges and the sort (either direction) with its id tie-breaker and cursor.
    if (paths.length > 0) await this.db.collection(name).createIndexes(paths.map((path) => ({ key: { [path]: 1, _id: 1 } })));
    const textFields = [...new Set(definition.textFields ?? [])];
    // Checked like query paths (no operators, no dotted paths), but kept as the document's own field names.
    for (const field of textFields) fieldPath(field);
    if (textFields.length > 0) await this.db.collection(name).createIndex({ [TEXT_WORDS_FIELD]: 1 });
    // Text fields are the definition's own, as on SQLite: when they change, every document's words are recomputed.
    const previous = await this.definitions.findOne({ _id: definition.name });
    if (!sameFields(previous?.textFields ?? [], textFields)) await indexTextOfAllDocuments(this.db.collection<StoredDocument>(name), textFields);
    // The definition only after its indexes exist, so no reader ever queries a declared field without its index.
    // Declared fields accumulate ($addToSet): indexes are never dropped, and two processes ensuring concurrently
    // cannot lose each other's fields.
    const stored = await this.definitions.findOneAndUpdate(
      { _id: definition.name },
      { $addToSet: { indexes: { $each: [...definition.indexes] } }, $set: { textFields } },
      { upsert: true, returnDocument: 'after' },
    );
    if (stored) this.remember(stored);
  }

  /** The Mongo collection first: if we stop in between, the leftover definition still lists it for cleanup. */
  async drop(name: string): Promise<void> {
    await this.db.collection(mongoCollectionName(name)).drop();
    await this.definitions.deleteOne({ _id: name });
    this.cache.delete(name);
  }

  /** Defined collections, plus prefixed Mongo collections left without a definition by a crash mid-ensure. */
  async names(): Promise<string[]> {
    const defined = await this.definitions.find({}, { projection: { _id: 1 } }).toArray();
    const existing = await this.db.listCollections({}, { nameOnly: true }).toArray();
    const names = new Set(defined.map((definition) => definition._id));
    for (const { name } of existing) if (name.startsWith(READ_MODEL_PREFIX)) names.add(name.slice(READ_MODEL_PREFIX.length));
    return [...names].sort();
  }

  /** Throws InvalidQueryError unless the query only uses declared fields (and a valid limit). */
  async assertQuery(name: string, query: FindQuery): Promise<void> {
    const cached = this.cache.get(name);
    if (cached) {
      try {
        return assertQueryUsesIndexes(cached, name, query);
      } catch (error) {
        if (!(error instanceof InvalidQueryError)) throw error;
      }
    }
    assertQueryUsesIndexes(await this.load(name), name, query);
  }

  /**
   * The text fields a write must index the words of. Writes need a defined collection, as on SQLite, so a typo
   * cannot create an unindexed stray collection: throws InvalidQueryError otherwise.
   */
  async textFields(name: string): Promise<readonly string[]> {
    return (await this.definitionFor(name)).textFields ?? [];
  }

  private async definitionFor(name: string): Promise<CollectionDefinition> {
    const definition = this.cache.get(name) ?? (await this.load(name));
    if (!definition) throw new InvalidQueryError(`collection ${name} has not been defined`);
    return definition;
  }

  private async load(name: string): Promise<CollectionDefinition | undefined> {
    const stored = await this.definitions.findOne({ _id: name });
    if (!stored) {
      this.cache.delete(name);
      return undefined;
    }
    return this.remember(stored);
  }

  private remember(stored: DefinitionDocument): CollectionDefinition {
    // `?? []`: whether $addToSet with nothing to add creates the array is not something to rely on.
    const definition = { name: stored._id, indexes: [...(stored.indexes ?? [])], textFields: [...(stored.textFields ?? [])] };
    this.cache.set(definition.name, definition);
    return definition;
  }
}

const sameFields = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((field, i) => field === b[i]);
