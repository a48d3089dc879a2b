import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describeDocumentStoreContract } from '@era/document-store/testing';
import { FileSystemDocumentStore } from './file-system-document-store';

async function listOrEmpty(directory: string): Promise<string[]> {
  try {
    return await readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function openStore() {
  const directory = await mkdtemp(join(tmpdir(), 'era-docs-'));
  const store = new FileSystemDocumentStore({ directory: join(directory, 'documents') });
  return {
    store,
    directory,
    async tamper(sha256: string, newBytes: Buffer) {
      const path = store.pathOf(sha256);
      await chmod(path, 0o644);
      await writeFile(path, newBytes);
      await chmod(path, 0o444);
    },
    leftovers: () => listOrEmpty(store.incomingDirectory),
    async dispose() {
      await store.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

describeDocumentStoreContract('file system', { create: openStore });

describe('file-system document store on disk', () => {
  let underTest: Awaited<ReturnType<typeof openStore>>;
  beforeEach(async () => (underTest = await openStore()));
  afterEach(() => underTest.dispose());

  it('keeps each document read-only at sha256/ab/cd/<sha256> and nothing in incoming/', async () => {
    const bytes = randomBytes(1000);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await underTest.store.put(Readable.from([bytes]), { maxBytes: 1000 });

    const path = join(underTest.directory, 'documents', 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    expect(underTest.store.pathOf(sha256)).toBe(path);
    expect((await readFile(path)).equals(bytes)).toBe(true);
    expect((await stat(path)).mode & 0o777).toBe(0o444);
    expect(await readdir(underTest.store.incomingDirectory)).toEqual([]);
  });

  it('ignores the debris of an upload a crash interrupted', async () => {
    const bytes = randomBytes(1000);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await underTest.store.put(Readable.from([randomBytes(10)]), { maxBytes: 1000 });
    await writeFile(join(underTest.store.incomingDirectory, 'crashed.partial'), bytes.subarray(0, 500));

    expect(await underTest.store.check(sha256)).toBe('missing');
    expect((await underTest.store.put(Readable.from([bytes]), { maxBytes: 1000 })).created).toBe(true);
    expect(await underTest.store.check(sha256)).toBe('intact');
  });

  it('reports a document whose file was deleted as missing', async () => {
    const { sha256 } = await underTest.store.put(Readable.from([randomBytes(100)]), { maxBytes: 1000 });
    await rm(underTest.store.pathOf(sha256));
    expect(await underTest.store.check(sha256)).toBe('missing');
  });
});
