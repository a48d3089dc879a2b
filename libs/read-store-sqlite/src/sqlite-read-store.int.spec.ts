import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
});
