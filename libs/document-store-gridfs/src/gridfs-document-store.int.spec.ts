import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { StartedMongoDBContainer } from '@testcontainers/mongodb';
import { GridFSChunk, GridFSFile, MongoClient, ObjectId } from 'mongodb';
import { DocumentIntegrityError, SHA256_HEX } from '@era/document-store';
import { describeDocumentStoreContract, DocumentStoreProvider, DocumentStoreUnderTest } from '@era/document-store/testing';
import { serverForTests } from '@era/testing';
import { GridFsDocumentStore } from './gridfs-document-store';

const server = serverForTests('MONGODB_URL', 'MongoDB');
const BUCKET = 'licence-documents';

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

type GridFsUnderTest = DocumentStoreUnderTest & { store: GridFsDocumentStore; client: MongoClient; databaseName: string };

/** A store on a database of its own, dropped afterwards, so runs sharing a server never see each other. */
async function openStore(): Promise<GridFsUnderTest> {
  const url = await serverUrl();
  const databaseName = `era_docs_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const store = await GridFsDocumentStore.connect(url, databaseName, { bucketName: BUCKET });
  const client = await MongoClient.connect(url);
  const files = client.db(databaseName).collection<GridFSFile>(`${BUCKET}.files`);
  const chunks = client.db(databaseName).collection<GridFSChunk>(`${BUCKET}.chunks`);
  return {
    store,
    client,
    databaseName,
    async tamper(sha256: string, newBytes: Buffer) {
      const file = await files.findOne({ filename: sha256 });
      if (!file) throw new Error(`nothing stored at ${sha256} to tamper with`);
      await chunks.deleteMany({ files_id: file._id });
      const replacement: GridFSChunk[] = [];
      for (let n = 0; n * file.chunkSize < newBytes.length; n++) {
        const data = newBytes.subarray(n * file.chunkSize, (n + 1) * file.chunkSize);
        replacement.push({ _id: new ObjectId(), files_id: file._id, n, data });
      }
      if (replacement.length > 0) await chunks.insertMany(replacement);
      await files.updateOne({ _id: file._id }, { $set: { length: newBytes.length } });
    },
    async leftovers() {
      const stored = await files.find({}, { projection: { _id: 1, filename: 1 } }).toArray();
      const unaddressed = stored.filter((file) => !SHA256_HEX.test(file.filename)).map((file) => `file ${file.filename}`);
      const fileIds = new Set(stored.map((file) => file._id.toHexString()));
      const chunkOwners = await chunks.distinct('files_id');
      const orphans = chunkOwners.filter((id) => !fileIds.has(id.toHexString())).map((id) => `chunks of ${id.toHexString()}`);
      return [...unaddressed, ...orphans];
    },
    async dispose() {
      await store.close();
      try {
        await client.db(databaseName).dropDatabase();
      } finally {
        await client.close();
      }
    },
  };
}

const provider: DocumentStoreProvider = server.kind === 'unavailable' ? { skipReason: server.reason } : { create: openStore };

describeDocumentStoreContract('GridFS', provider);

(server.kind === 'unavailable' ? describe.skip : describe)('GridFS document store in MongoDB', () => {
  let underTest: GridFsUnderTest;
  beforeAll(async () => (underTest = await openStore()), 120_000);
  afterAll(async () => underTest && (await underTest.dispose()), 60_000);

  const put = (bytes: Buffer) => underTest.store.put(Readable.from([bytes]), { maxBytes: 10 * 1024 * 1024 });
  const bucket = () => underTest.client.db(underTest.databaseName);

  it('names each file by its SHA-256, with the hash in its metadata, and guards the name with a unique index', async () => {
    const bytes = randomBytes(1000);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await put(bytes);

    const file = await bucket().collection<GridFSFile>(`${BUCKET}.files`).findOne({ filename: sha256 });
    expect(file).toMatchObject({ filename: sha256, length: 1000, metadata: { sha256 } });
    const indexes = await bucket().collection(`${BUCKET}.files`).indexes();
    expect(indexes).toEqual(expect.arrayContaining([expect.objectContaining({ key: { filename: 1 }, unique: true })]));
  });

  it('refuses a document one of whose chunks was deleted', async () => {
    const bytes = randomBytes(600 * 1024);
    const { sha256 } = await put(bytes);
    const file = await bucket().collection<GridFSFile>(`${BUCKET}.files`).findOne({ filename: sha256 });
    await bucket().collection<GridFSChunk>(`${BUCKET}.chunks`).deleteOne({ files_id: file!._id, n: 1 });

    await expect(underTest.store.open(sha256)).rejects.toBeInstanceOf(DocumentIntegrityError);
    expect(await underTest.store.check(sha256)).toBe('altered');
  }, 60_000);

  it('lets a second connection read what the first stored', async () => {
    const bytes = randomBytes(2000);
    const { sha256 } = await put(bytes);
    const other = await GridFsDocumentStore.connect(await serverUrl(), underTest.databaseName, { bucketName: BUCKET });
    try {
      expect(await other.check(sha256)).toBe('intact');
      expect((await put(bytes)).created).toBe(false);
    } finally {
      await other.close();
    }
  }, 60_000);
});
