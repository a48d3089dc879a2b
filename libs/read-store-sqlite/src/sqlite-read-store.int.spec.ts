import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
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
