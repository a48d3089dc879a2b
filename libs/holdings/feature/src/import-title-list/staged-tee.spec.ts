import { Readable } from 'node:stream';
import { DocumentStore, DocumentTooLargeError, StagedDocument } from '@era/document-store';
import { StagedTee, UploadInterruptedError } from './staged-tee';

/** A staging area that only counts the bytes it receives, refusing more than maxBytes as the real stores do. */
function countingStore(received: { bytes: number }): DocumentStore {
  const stage = async (content: Readable | AsyncIterable<Uint8Array>, options: { maxBytes: number }): Promise<StagedDocument> => {
    for await (const chunk of content as AsyncIterable<Uint8Array>) {
      received.bytes += chunk.length;
      if (received.bytes > options.maxBytes) throw new DocumentTooLargeError(options.maxBytes);
    }
    return {
      sha256: 'staged',
      sizeBytes: received.bytes,
      keep: async () => ({ sha256: 'staged', sizeBytes: received.bytes, created: true }),
      discard: async () => undefined,
    };
  };
  return { stage } as unknown as DocumentStore;
}

async function* chunks(count: number, size: number, failAfter?: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < count; i++) {
    if (failAfter !== undefined && i === failAfter) throw new Error('aborted');
    yield new Uint8Array(size);
  }
}

describe('the upload read once, into the staging area and the parser', () => {
  it('given a parser that stops after the first chunk, when finished, then the staging area still receives every byte', async () => {
    const received = { bytes: 0 };
    const tee = new StagedTee(chunks(10, 1000), countingStore(received), 1_000_000);
    const first = await tee.chunks()[Symbol.asyncIterator]().next();
    expect(first.value).toHaveLength(1000);
    const staged = await tee.finish();
    expect(staged.sizeBytes).toBe(10_000);
    expect(tee.bytesRead).toBe(10_000);
  });

  it('given more bytes than the limit, when read, then reading ends with the staging area’s refusal', async () => {
    const tee = new StagedTee(chunks(100, 64 * 1024), countingStore({ bytes: 0 }), 100_000);
    await expect(tee.finish()).rejects.toBeInstanceOf(DocumentTooLargeError);
  });

  it('given an upload that breaks off, when read, then reading and staging end as interrupted', async () => {
    const tee = new StagedTee(chunks(10, 1000, 3), countingStore({ bytes: 0 }), 1_000_000);
    await expect(tee.finish()).rejects.toBeInstanceOf(UploadInterruptedError);
    await expect(tee.staged).rejects.toBeInstanceOf(UploadInterruptedError);
  });
});
