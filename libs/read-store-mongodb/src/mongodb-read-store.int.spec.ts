import { randomUUID } from 'node:crypto';
import type { StartedMongoDBContainer } from '@testcontainers/mongodb';
import { MongoClient } from 'mongodb';
import { describeReadStoreContract, ReadStoreProvider, ReadStoreUnderTest } from '@era/read-store/testing';
import { serverForTests } from '@era/testing';
import { MongoReadStore, MongoReadStoreOptions } from './mongodb-read-store';

const server = serverForTests('MONGODB_URL', 'MongoDB');

let container: Promise<StartedMongoDBContainer> | undefined;

/** One server per file: the given one, or a container (a one-node replica set) started by the first suite. */
async function serverUrl(): Promise<string> {
  if (server.kind === 'connection-string') return server.url;
  // Loaded only when used: testcontainers 12 pulls in undici 8, which does not even load on Node < 22.19.
  container ??= import('@testcontainers/mongodb').then(({ MongoDBContainer }) => new MongoDBContainer('mongo:7').start());
  // The container's replica set announces an in-container host name; talk to the mapped port directly instead.
  return `${(await container).getConnectionString()}/?directConnection=true`;
}

afterAll(async () => {
  if (container) await (await container).stop();
}, 60_000);

/** A store on a database of its own, dropped afterwards, so runs sharing a server never see each other. */
async function openStore(options: MongoReadStoreOptions = {}): Promise<ReadStoreUnderTest & { url: string; databaseName: string }> {
  const url = await serverUrl();
  const databaseName = `era_rs_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const store = await MongoReadStore.connect(url, databaseName, options);
  return {
    store,
    url,
    databaseName,
    async dispose() {
      await store.close();
      const client = await MongoClient.connect(url);
      try {
        await client.db(databaseName).dropDatabase();
      } finally {
        await client.close();
      }
    },
  };
}

function provider(options: MongoReadStoreOptions = {}): ReadStoreProvider {
  return server.kind === 'unavailable' ? { skipReason: server.reason } : { create: () => openStore(options) };
}

// With transactions where the server has them (the container is a replica set), and without, as on a standalone.
describeReadStoreContract('MongoDB', provider());
describeReadStoreContract('MongoDB (commits without transactions)', provider({ transactions: 'never' }));

(server.kind === 'unavailable' ? describe.skip : describe)('MongoDB read store across processes', () => {
  it('lets a second connection query a collection that the first one defined, and stores documents keyed by _id', async () => {
    const projector = await openStore();
    const api = await MongoReadStore.connect(projector.url, projector.databaseName);
    try {
      await projector.store.ensureCollection({ name: 'stats', indexes: ['day'] });
      await projector.store.put('stats', { id: 'a', day: '2026-01-01', count: 2, gone: undefined });
      expect((await api.find('stats', { where: { day: '2026-01-01' } })).items).toEqual([{ id: 'a', day: '2026-01-01', count: 2 }]);
      await projector.store.ensureCollection({ name: 'stats', indexes: ['count'] });
      expect((await api.find('stats', { where: { count: { gte: 2 } } })).items.map((d) => d.id)).toEqual(['a']);

      const client = await MongoClient.connect(projector.url);
      try {
        const raw = await client.db(projector.databaseName).collection('rm_stats').findOne({});
        expect(raw).toEqual({ _id: 'a', day: '2026-01-01', count: 2 });
        const indexes = await client.db(projector.databaseName).collection('rm_stats').indexes();
        expect(indexes.map((index) => index.key)).toEqual(expect.arrayContaining([{ _id: 1 }, { day: 1, _id: 1 }, { count: 1, _id: 1 }]));
      } finally {
        await client.close();
      }
    } finally {
      await api.close();
      await projector.dispose();
    }
  }, 120_000);

  it('refuses writes to a collection that was never defined', async () => {
    const underTest = await openStore();
    try {
      await expect(underTest.store.put('nowhere', { id: 'a' })).rejects.toThrow(/has not been defined/);
      expect(await underTest.store.listCollections()).toEqual([]);
    } finally {
      await underTest.dispose();
    }
  }, 120_000);
});
