import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CollectionDefinition } from '@era/read-store';
import { describeReadStoreContract } from '@era/read-store/testing';
import { SqliteReadStore } from './sqlite-read-store';

describeReadStoreContract('SQLite', {
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'era-rs-'));
    const store = new SqliteReadStore({ file: join(dir, 'read-models.sqlite') });
    return {
      store,
      dispose: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
});

const FIRST_LAYOUT = (table: string) => `CREATE TABLE IF NOT EXISTS "${table}" (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID`;

/** A store over a file whose documents' tables were all made with the first layout (documents placed by id). */
class FirstLayoutStore extends SqliteReadStore {
  constructor(private readonly file: string) {
    super({ file });
  }

  override async ensureCollection(definition: CollectionDefinition): Promise<void> {
    const older = new Database(this.file);
    older.exec(FIRST_LAYOUT(`rm_${definition.name}`));
    older.close();
    return super.ensureCollection(definition);
  }
}

describeReadStoreContract('SQLite, tables of the first layout (WITHOUT ROWID)', {
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'era-rs-first-'));
    const store = new FirstLayoutStore(join(dir, 'read-models.sqlite'));
    return {
      store,
      dispose: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
});

describe('SQLite documents table layout', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'era-rs-layout-'));
    file = join(dir, 'read-models.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const tableSql = (table: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as { sql: string }).sql;
    } finally {
      db.close();
    }
  };

  it('keeps working on a file whose tables were made with the first layout, and makes new collections in insertion order', async () => {
    const old = new Database(file);
    old.exec('CREATE TABLE rs_collections (name TEXT PRIMARY KEY, indexes TEXT NOT NULL, text_fields TEXT) WITHOUT ROWID');
    old.exec(FIRST_LAYOUT('rm_stats.g1'));
    old.exec(`CREATE INDEX "ix_stats.g1_day" ON "rm_stats.g1" (json_extract(doc, '$.day'), id)`);
    old.prepare('INSERT INTO rs_collections VALUES (?, ?, NULL)').run('stats.g1', '["day"]');
    const insert = old.prepare('INSERT INTO "rm_stats.g1" VALUES (?, ?)');
    for (const [id, day] of [
      ['c', '2026-01-02'],
      ['a', '2026-01-01'],
      ['b', '2026-01-02'],
    ])
      insert.run(id, JSON.stringify({ id, day }));
    old.close();

    const store = new SqliteReadStore({ file });
    await store.ensureCollection({ name: 'stats.g1', indexes: ['day'] });
    await store.commit({
      operations: [
        { kind: 'put', collection: 'stats.g1', document: { id: 'a', day: '2026-01-03' } },
        { kind: 'put', collection: 'stats.g1', document: { id: 'd', day: '2026-01-01' } },
        { kind: 'delete', collection: 'stats.g1', id: 'c' },
      ],
    });
    const first = await store.find('stats.g1', { sort: { field: 'day', direction: 'desc' }, limit: 2 });
    expect(first.items).toEqual([
      { id: 'a', day: '2026-01-03' },
      { id: 'b', day: '2026-01-02' },
    ]);
    expect((await store.find('stats.g1', { sort: { field: 'day', direction: 'desc' }, cursor: first.nextCursor })).items).toEqual([
      { id: 'd', day: '2026-01-01' },
    ]);
    expect([...(await store.getMany('stats.g1', ['a', 'c', 'd'])).keys()].sort()).toEqual(['a', 'd']);
    expect(tableSql('rm_stats.g1')).toMatch(/WITHOUT ROWID/);

    await store.ensureCollection({ name: 'stats.g2', indexes: ['day'] });
    await store.put('stats.g2', { id: 'a', day: '2026-01-01' });
    expect(tableSql('rm_stats.g2')).not.toMatch(/WITHOUT ROWID/);
    expect(await store.get('stats.g2', 'a')).toEqual({ id: 'a', day: '2026-01-01' });
    await store.dropCollection('stats.g1');
    expect(await store.listCollections()).toEqual(['stats.g2']);
    await store.close();
  });

  it('rewrites a document in its row: documents keep the order they were first written in', async () => {
    const store = new SqliteReadStore({ file });
    await store.ensureCollection({ name: 'stats', indexes: [] });
    for (const id of ['m', 'z', 'a']) await store.put('stats', { id, version: 1 });
    await store.put('stats', { id: 'm', version: 2 });
    await store.close();
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT id, doc FROM "rm_stats" ORDER BY n').all();
    db.close();
    expect(rows).toEqual([
      { id: 'm', doc: JSON.stringify({ id: 'm', version: 2 }) },
      { id: 'z', doc: JSON.stringify({ id: 'z', version: 1 }) },
      { id: 'a', doc: JSON.stringify({ id: 'a', version: 1 }) },
    ]);
  });
});

describe('SQLite read store across processes', () => {
  it('lets a second connection query a collection that the first one defined', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'era-rs2-'));
    const file = join(dir, 'read-models.sqlite');
    const projector = new SqliteReadStore({ file });
    await projector.ensureCollection({ name: 'stats', indexes: ['day'] });
    await projector.put('stats', { id: 'a', day: '2026-01-01' });
    const api = new SqliteReadStore({ file });
    expect((await api.find('stats', { where: { day: '2026-01-01' } })).items).toEqual([{ id: 'a', day: '2026-01-01' }]);
    await projector.close();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("moves the API's change mark when the projector commits, so that nothing kept from before is served again", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'era-rs3-'));
    const file = join(dir, 'read-models.sqlite');
    const projector = new SqliteReadStore({ file });
    const api = new SqliteReadStore({ file });
    await projector.ensureCollection({ name: 'stats', indexes: ['day'] });
    const before = api.changeMark();
    expect(api.changeMark()).toBe(before);
    await projector.commit({ operations: [{ kind: 'put', collection: 'stats', document: { id: 'a', day: '2026-01-01' } }], checkpoints: [] });
    // Another connection's commits are looked for once a turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    expect(api.changeMark()).not.toBe(before);
    await projector.close();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('SQLite text search storage', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'era-rs-fts-'));
    file = join(dir, 'read-models.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const tablesNaming = (collection: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name').all('table') as { name: string }[])
        .map((row) => row.name)
        .filter((name) => name.includes(collection));
    } finally {
      db.close();
    }
  };

  it('keeps an FTS5 table per text-indexed collection, never listed as a collection, and leaves none behind on drop', async () => {
    const store = new SqliteReadStore({ file });
    const live = 'azlist.v1.0a1b2c3d.resources';
    await store.ensureCollection({ name: live, indexes: ['sortName'], textFields: ['name'] });
    await store.put(live, { id: 'a', name: 'Scopus', sortName: 'scopus' });
    expect(tablesNaming(live)).toEqual(expect.arrayContaining(['rm_azlist.v1.0a1b2c3d.resources', 'rt_azlist.v1.0a1b2c3d.resources$_data']));
    expect(await store.listCollections()).toEqual([live]);
    await store.dropCollection(live);
    expect(tablesNaming(live)).toEqual([]);
    expect(await store.listCollections()).toEqual([]);
    await store.close();
  });

  it('keeps the text indexes of collections named x and x_data apart (FTS5 names its shadow tables <table>_data)', async () => {
    const store = new SqliteReadStore({ file });
    await store.ensureCollection({ name: 'x', indexes: [], textFields: ['name'] });
    await store.ensureCollection({ name: 'x_data', indexes: [], textFields: ['name'] });
    await store.put('x', { id: 'a', name: 'Scopus' });
    await store.put('x_data', { id: 'b', name: 'Embase' });
    expect((await store.find('x', { text: 'scop' })).items.map((d) => d.id)).toEqual(['a']);
    expect((await store.find('x_data', { text: 'emb' })).items.map((d) => d.id)).toEqual(['b']);
    await store.dropCollection('x');
    expect((await store.find('x_data', { text: 'emb' })).items.map((d) => d.id)).toEqual(['b']);
    await store.close();
  });

  it('finds a document rewritten with the same words as it is now, and one rewritten with new words only by those', async () => {
    const store = new SqliteReadStore({ file });
    await store.ensureCollection({ name: 'resources', indexes: [], textFields: ['name'] });
    await store.put('resources', { id: 'a', name: 'Scopus', active: false });
    await store.put('resources', { id: 'a', name: 'Scopus', active: true });
    expect((await store.find('resources', { text: 'scop' })).items).toEqual([{ id: 'a', name: 'Scopus', active: true }]);
    await store.put('resources', { id: 'a', name: 'Embase', active: true });
    expect((await store.find('resources', { text: 'scop' })).items).toEqual([]);
    expect((await store.find('resources', { text: 'emb' })).items).toEqual([{ id: 'a', name: 'Embase', active: true }]);
    await store.close();
  });

  it('drops the text index when a collection is ensured again without text fields', async () => {
    const store = new SqliteReadStore({ file });
    await store.ensureCollection({ name: 'plain', indexes: [], textFields: ['name'] });
    await store.put('plain', { id: 'a', name: 'Scopus' });
    await store.ensureCollection({ name: 'plain', indexes: [] });
    expect(tablesNaming('plain')).toEqual(['rm_plain']);
    await expect(store.find('plain', { text: 'scop' })).rejects.toThrow(/no text fields/);
    await store.put('plain', { id: 'b', name: 'Embase' });
    expect(await store.get('plain', 'b')).toEqual({ id: 'b', name: 'Embase' });
    await store.close();
  });

  it('opens a file made before text search (no text_fields column) and searches once text fields are declared', async () => {
    const old = new Database(file);
    old.exec('CREATE TABLE rs_collections (name TEXT PRIMARY KEY, indexes TEXT NOT NULL) WITHOUT ROWID');
    old.exec('CREATE TABLE "rm_legacy" (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID');
    old.prepare('INSERT INTO rs_collections VALUES (?, ?)').run('legacy', '[]');
    old.prepare('INSERT INTO "rm_legacy" VALUES (?, ?)').run('a', JSON.stringify({ id: 'a', name: 'Web of Science' }));
    old.close();
    const store = new SqliteReadStore({ file });
    expect(await store.get('legacy', 'a')).toEqual({ id: 'a', name: 'Web of Science' });
    await store.ensureCollection({ name: 'legacy', indexes: [], textFields: ['name'] });
    expect((await store.find('legacy', { text: 'web sci' })).items.map((d) => d.id)).toEqual(['a']);
    await store.close();
  });

  it('lets the API process search text fields that the projector declared after the API first read the collection', async () => {
    const projector = new SqliteReadStore({ file });
    const api = new SqliteReadStore({ file });
    await projector.ensureCollection({ name: 'resources', indexes: [] });
    await projector.put('resources', { id: 'a', name: 'JSTOR' });
    expect((await api.find('resources')).items).toHaveLength(1);
    await projector.ensureCollection({ name: 'resources', indexes: [], textFields: ['name'] });
    expect((await api.find('resources', { text: 'jst' })).items.map((d) => d.id)).toEqual(['a']);
    await projector.close();
    await api.close();
  });
});
