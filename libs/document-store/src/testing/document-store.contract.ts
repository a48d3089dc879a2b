import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { DocumentIntegrityError, DocumentNotFoundError, DocumentStore, DocumentTooLargeError, InvalidDocumentAddressError } from '../index';

export interface DocumentStoreUnderTest {
  store: DocumentStore;
  /** Replaces the stored bytes of a document behind the store's back, as an intruder or a failing disk would. */
  tamper(sha256: string, newBytes: Buffer): Promise<void>;
  /** Traces that unfinished or refused uploads left in storage (temporary files, orphan chunks); [] when clean. */
  leftovers(): Promise<string[]>;
  dispose(): Promise<void>;
}

export type DocumentStoreProvider = { create(): Promise<DocumentStoreUnderTest> } | { skipReason: string };

const MiB = 1024 * 1024;
const LIMIT = 25 * MiB;

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function readAll(content: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** The content as an async iterable of `size`-byte slices, the way a request body arrives. */
async function* inChunks(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += size) yield new Uint8Array(bytes.subarray(offset, offset + size));
}

/** Every byte value, several times over, so that any text decoding or newline translation would show. */
const allByteValues = () => Buffer.concat([randomBytes(16), ...Array.from({ length: 4 }, () => Buffer.from(Array.from({ length: 256 }, (_, i) => i)))]);

/** The behaviour every document-store adapter must show; run against the file system always, GridFS where reachable. */
export function describeDocumentStoreContract(adapterName: string, provider: DocumentStoreProvider): void {
  if ('skipReason' in provider) {
    describe(`DocumentStore contract: ${adapterName}`, () => {
      it.skip(`skipped: ${provider.skipReason}`, () => undefined);
    });
    console.warn(`[contract] ${adapterName} document-store contract skipped: ${provider.skipReason}`);
    return;
  }

  describe(`DocumentStore contract: ${adapterName}`, () => {
    let underTest: DocumentStoreUnderTest;
    let store: DocumentStore;

    beforeAll(async () => {
      underTest = await provider.create();
      store = underTest.store;
    }, 120_000);
    afterAll(async () => underTest && (await underTest.dispose()), 60_000);

    describe('storing and reading back', () => {
      it('stores binary content under its real SHA-256 and gives it back byte for byte', async () => {
        const bytes = allByteValues();
        const stored = await store.put(inChunks(bytes, 100), { maxBytes: LIMIT });
        expect(stored).toEqual({ sha256: sha256Of(bytes), sizeBytes: bytes.length, created: true });

        const opened = await store.open(stored.sha256);
        expect(opened.sizeBytes).toBe(bytes.length);
        expect((await readAll(opened.content)).equals(bytes)).toBe(true);
        expect(await store.check(stored.sha256)).toBe('intact');
      });

      it('streams a document of a few megabytes in and out', async () => {
        const bytes = randomBytes(3 * MiB + 12_345);
        const stored = await store.put(Readable.from(inChunks(bytes, 64 * 1024)), { maxBytes: LIMIT });
        expect(stored).toEqual({ sha256: sha256Of(bytes), sizeBytes: bytes.length, created: true });

        const [first, second] = await Promise.all([store.open(stored.sha256), store.open(stored.sha256)]);
        expect((await readAll(first.content)).equals(bytes)).toBe(true);
        expect((await readAll(second.content)).equals(bytes)).toBe(true);
      }, 60_000);

      it('stores empty content', async () => {
        const stored = await store.put(Readable.from([]), { maxBytes: LIMIT });
        expect(stored.sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
        expect(stored.sizeBytes).toBe(0);
        expect((await readAll((await store.open(stored.sha256)).content)).length).toBe(0);
      });

      it('stores identical content once: a second upload creates nothing', async () => {
        const bytes = randomBytes(10_000);
        const first = await store.put(inChunks(bytes, 1000), { maxBytes: LIMIT });
        const second = await store.put(inChunks(bytes, 333), { maxBytes: LIMIT });
        expect(first.created).toBe(true);
        expect(second).toEqual({ sha256: first.sha256, sizeBytes: bytes.length, created: false });

        // One copy only: removing it once leaves nothing behind.
        await store.discardUnreferenced(first.sha256);
        expect(await store.check(first.sha256)).toBe('missing');
        expect(await underTest.leftovers()).toEqual([]);
      });

      it('stages content without giving it its address: discarded, it leaves nothing; kept, it is stored', async () => {
        const bytes = randomBytes(10_000);
        const discarded = await store.stage(inChunks(bytes, 1000), { maxBytes: LIMIT });
        expect(discarded).toMatchObject({ sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length });
        expect(await store.check(discarded.sha256)).toBe('missing');
        await discarded.discard();
        expect(await store.check(discarded.sha256)).toBe('missing');
        expect(await underTest.leftovers()).toEqual([]);

        const kept = await store.stage(inChunks(bytes, 1000), { maxBytes: LIMIT });
        expect(await kept.keep()).toEqual({ sha256: kept.sha256, sizeBytes: bytes.length, created: true });
        expect(await store.check(kept.sha256)).toBe('intact');
        await store.discardUnreferenced(kept.sha256);
      });

      it('lets exactly one of several simultaneous identical uploads create the document', async () => {
        const bytes = randomBytes(300_000);
        const results = await Promise.all([1, 2, 3].map(() => store.put(inChunks(bytes, 8192), { maxBytes: LIMIT })));
        expect(results.filter((result) => result.created)).toHaveLength(1);
        expect(new Set(results.map((result) => result.sha256))).toEqual(new Set([sha256Of(bytes)]));
        expect((await readAll((await store.open(sha256Of(bytes))).content)).equals(bytes)).toBe(true);
        expect(await underTest.leftovers()).toEqual([]);
      });
    });

    describe('the size limit', () => {
      it('accepts content of exactly the limit', async () => {
        const bytes = randomBytes(4096);
        expect((await store.put(inChunks(bytes, 1000), { maxBytes: 4096 })).sizeBytes).toBe(4096);
      });

      it('refuses content past the limit and stores nothing of it', async () => {
        const bytes = randomBytes(10_000);
        const refusal = store.put(inChunks(bytes, 1000), { maxBytes: 4500 });
        await expect(refusal).rejects.toBeInstanceOf(DocumentTooLargeError);
        await expect(refusal).rejects.toMatchObject({ maxBytes: 4500 });

        for (const prefix of [bytes, bytes.subarray(0, 4500), bytes.subarray(0, 4000)]) {
          expect(await store.check(sha256Of(prefix))).toBe('missing');
        }
        expect(await underTest.leftovers()).toEqual([]);
      });

      it('stops reading an endless stream once it passes the limit', async () => {
        let pulled = 0;
        async function* endless(): AsyncGenerator<Uint8Array> {
          for (;;) {
            pulled++;
            yield randomBytes(1024);
          }
        }
        await expect(store.put(endless(), { maxBytes: 64 * 1024 })).rejects.toBeInstanceOf(DocumentTooLargeError);
        expect(pulled).toBeLessThanOrEqual(66); // 64 chunks fill the limit; the 65th is refused
        expect(await underTest.leftovers()).toEqual([]);
      });

      it('leaves a refused Readable to its owner, undestroyed, so that a request can still be answered', async () => {
        const source = Readable.from(inChunks(randomBytes(50_000), 1000));
        await expect(store.put(source, { maxBytes: 10_000 })).rejects.toBeInstanceOf(DocumentTooLargeError);
        expect(source.destroyed).toBe(false);
        source.destroy();
      });
    });

    it('stores nothing when the source fails midway', async () => {
      const bytes = randomBytes(20_000);
      async function* brokenOff(): AsyncGenerator<Uint8Array> {
        yield* inChunks(bytes.subarray(0, 12_000), 4000);
        throw new Error('connection reset by peer');
      }
      await expect(store.put(brokenOff(), { maxBytes: LIMIT })).rejects.toThrow('connection reset by peer');
      expect(await store.check(sha256Of(bytes.subarray(0, 12_000)))).toBe('missing');
      expect(await underTest.leftovers()).toEqual([]);
    });

    describe('unknown and altered content', () => {
      it('answers DocumentNotFoundError for content never stored', async () => {
        const unknown = sha256Of(randomBytes(32));
        await expect(store.open(unknown)).rejects.toBeInstanceOf(DocumentNotFoundError);
        await expect(store.open(unknown)).rejects.toMatchObject({ sha256: unknown });
        expect(await store.check(unknown)).toBe('missing');
      });

      it('refuses to hand out content altered in storage, with the hash it now has', async () => {
        const bytes = randomBytes(70_000);
        const { sha256 } = await store.put(inChunks(bytes, 5000), { maxBytes: LIMIT });
        const altered = Buffer.from(bytes);
        altered[40_000] ^= 0x01;
        await underTest.tamper(sha256, altered);

        await expect(store.open(sha256)).rejects.toBeInstanceOf(DocumentIntegrityError);
        await expect(store.open(sha256)).rejects.toMatchObject({ sha256, actualSha256: sha256Of(altered) });
        expect(await store.check(sha256)).toBe('altered');
      });

      it('notices truncated content', async () => {
        const bytes = randomBytes(5000);
        const { sha256 } = await store.put(inChunks(bytes, 5000), { maxBytes: LIMIT });
        await underTest.tamper(sha256, bytes.subarray(0, 4999));
        await expect(store.open(sha256)).rejects.toBeInstanceOf(DocumentIntegrityError);
        expect(await store.check(sha256)).toBe('altered');
      });

      it('never overwrites stored content, not even altered content with the original', async () => {
        const bytes = randomBytes(5000);
        const { sha256 } = await store.put(inChunks(bytes, 5000), { maxBytes: LIMIT });
        await underTest.tamper(sha256, randomBytes(5000));
        expect((await store.put(inChunks(bytes, 5000), { maxBytes: LIMIT })).created).toBe(false);
        expect(await store.check(sha256)).toBe('altered');
        expect(await underTest.leftovers()).toEqual([]);
      });
    });

    it('discards content that nothing references, and discarding it again does nothing', async () => {
      const bytes = randomBytes(2000);
      const { sha256 } = await store.put(inChunks(bytes, 2000), { maxBytes: LIMIT });
      await store.discardUnreferenced(sha256);
      expect(await store.check(sha256)).toBe('missing');
      await expect(store.open(sha256)).rejects.toBeInstanceOf(DocumentNotFoundError);
      await expect(store.discardUnreferenced(sha256)).resolves.toBeUndefined();
      expect((await store.put(inChunks(bytes, 2000), { maxBytes: LIMIT })).created).toBe(true);
    });

    it('refuses strings that are not a SHA-256 address before touching storage', async () => {
      const valid = sha256Of(Buffer.from('x'));
      const invalid = ['', 'abc', valid.toUpperCase(), `${valid}0`, `../${valid.slice(3)}`, `${valid.slice(0, 63)}/`, 'g'.repeat(64)];
      for (const address of invalid) {
        await expect(store.open(address)).rejects.toBeInstanceOf(InvalidDocumentAddressError);
        await expect(store.check(address)).rejects.toBeInstanceOf(InvalidDocumentAddressError);
        await expect(store.discardUnreferenced(address)).rejects.toBeInstanceOf(InvalidDocumentAddressError);
      }
    });
  });
}
