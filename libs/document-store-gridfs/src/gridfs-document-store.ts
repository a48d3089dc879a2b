import { createHash, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import {
  assertDocumentAddress,
  DocumentIntegrityError,
  DocumentNotFoundError,
  DocumentStore,
  MeasuredContent,
  measureContent,
  StagedDocument,
  StoredDocument,
} from '@era/document-store';
import {
  Collection,
  Db,
  GridFSBucket,
  GridFSBucketWriteStream,
  GridFSChunk,
  GridFSFile,
  MongoClient,
  MongoClientOptions,
  MongoGridFSChunkError,
  MongoServerError,
  ObjectId,
  WriteConcernSettings,
} from 'mongodb';
import { openSpoolFile, writeFully } from './spool-file';
import { finishUpload, writeChunk } from './upload-stream';

export interface GridFsDocumentStoreOptions {
  /** GridFS bucket: collections `<bucketName>.files` and `<bucketName>.chunks`. Default `documents`. */
  bucketName?: string;
  /** Where open() holds a document while re-hashing it (see the class comment). Default: the OS temp folder. */
  spoolDirectory?: string;
  /** Default: majority, journaled, so that an acknowledged upload survives a fail-over or a crash. */
  writeConcern?: WriteConcernSettings;
  clientOptions?: MongoClientOptions;
}

/** Uploads not yet given their address carry this filename prefix; addresses are hex, so the two never meet. */
export const UPLOAD_IN_PROGRESS_PREFIX = 'upload-in-progress:';
const ADDRESS_INDEX = 'filename_is_the_sha256_address';

/**
 * Documents in a GridFS bucket, one file per content: filename = SHA-256 of the content, metadata {sha256}.
 *
 * put streams into a file with a temporary name while hashing and counting, then renames it to its address. A
 * unique index on `filename` decides between concurrent uploads of the same content: the loser deletes its copy.
 * A refused or failed upload is deleted; a crash mid-upload can leave chunks or a file named
 * `upload-in-progress:…`, never anything at an address.
 *
 * open must not hand out a byte before the whole content hashed right, so it downloads the document into a
 * nameless spool file (see openSpoolFile), then streams from that. A spool file rather than memory: documents are as
 * large as the configured limit ever allowed, and concurrent downloads would multiply that in the heap; the page
 * cache keeps small ones in memory anyway.
 */
export class GridFsDocumentStore implements DocumentStore {
  private readonly bucket: GridFSBucket;
  private readonly files: Collection<GridFSFile>;
  private readonly chunks: Collection<GridFSChunk>;
  private readonly spoolDirectory: string;

  private constructor(
    private readonly client: MongoClient,
    db: Db,
    options: GridFsDocumentStoreOptions,
  ) {
    const bucketName = options.bucketName ?? 'documents';
    const writeConcern = options.writeConcern ?? { w: 'majority', journal: true };
    this.bucket = new GridFSBucket(db, { bucketName, writeConcern });
    this.files = db.collection<GridFSFile>(`${bucketName}.files`, { writeConcern });
    this.chunks = db.collection<GridFSChunk>(`${bucketName}.chunks`, { writeConcern });
    this.spoolDirectory = options.spoolDirectory ?? tmpdir();
  }

  static async connect(url: string, databaseName: string, options: GridFsDocumentStoreOptions = {}): Promise<GridFsDocumentStore> {
    const client = new MongoClient(url, options.clientOptions);
    await client.connect();
    try {
      const store = new GridFsDocumentStore(client, client.db(databaseName), options);
      await store.files.createIndex({ filename: 1 }, { unique: true, name: ADDRESS_INDEX });
      return store;
    } catch (error) {
      await client.close();
      throw error;
    }
  }

  async put(content: Readable | AsyncIterable<Uint8Array>, options: { maxBytes: number }): Promise<StoredDocument> {
    return (await this.stage(content, options)).keep();
  }

  async stage(content: Readable | AsyncIterable<Uint8Array>, options: { maxBytes: number }): Promise<StagedDocument> {
    const upload = this.bucket.openUploadStream(`${UPLOAD_IN_PROGRESS_PREFIX}${randomUUID()}`);
    // Failures reach us through the write and end callbacks; without a listener an 'error' event would crash.
    upload.on('error', () => undefined);
    let measured: MeasuredContent;
    try {
      measured = await measureContent(content, options.maxBytes, (chunk) => writeChunk(upload, chunk));
      await finishUpload(upload);
    } catch (error) {
      await this.abandon(upload);
      throw error;
    }
    return {
      ...measured,
      keep: async () => ({ ...measured, created: await this.claimAddress(upload.id, measured.sha256) }),
      discard: () => this.deleteFile(upload.id),
    };
  }

  async open(sha256: string): Promise<{ sizeBytes: number; content: Readable }> {
    const file = await this.fileAt(sha256);
    if (!file) throw new DocumentNotFoundError(sha256);
    const spool = await openSpoolFile(this.spoolDirectory);
    try {
      const { sizeBytes } = await this.rehash(file, (chunk) => writeFully(spool, chunk));
      return { sizeBytes, content: spool.createReadStream({ start: 0, autoClose: true }) };
    } catch (error) {
      await spool.close();
      throw error;
    }
  }

  async *addresses(): AsyncIterable<string> {
    // Uploads in progress carry a prefixed name; only hex addresses are documents.
    for await (const file of this.files.find({ filename: { $regex: /^[0-9a-f]{64}$/ } }, { projection: { filename: 1 }, sort: { filename: 1 } })) {
      yield file.filename;
    }
  }

  async check(sha256: string): Promise<'intact' | 'altered' | 'missing'> {
    const file = await this.fileAt(sha256);
    if (!file) return 'missing';
    try {
      await this.rehash(file);
      return 'intact';
    } catch (error) {
      if (error instanceof DocumentIntegrityError) return 'altered';
      throw error;
    }
  }

  async discardUnreferenced(sha256: string): Promise<void> {
    const file = await this.fileAt(sha256);
    if (file) await this.deleteFile(file._id);
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private async fileAt(sha256: string): Promise<GridFSFile | null> {
    assertDocumentAddress(sha256);
    return this.files.findOne({ filename: sha256 });
  }

  /** Renames the finished upload to its address; true when it got there first. */
  private async claimAddress(id: ObjectId, sha256: string): Promise<boolean> {
    try {
      await this.files.updateOne({ _id: id }, { $set: { filename: sha256, metadata: { sha256 } } });
      return true;
    } catch (error) {
      // Any other failure may still have renamed it (a lost reply): deleting could then remove a document a
      // concurrent upload was told is stored. Leave it.
      if (!(error instanceof MongoServerError && error.code === 11000)) throw error;
      await this.deleteFile(id);
      return false;
    }
  }

  /** Deletes whatever a refused or failed upload wrote. Best effort: if the server is gone, the debris stays. */
  private async abandon(upload: GridFSBucketWriteStream): Promise<void> {
    await upload.abort().catch(() => undefined);
    upload.destroy();
    await this.deleteFile(upload.id).catch(() => undefined);
  }

  /** Like GridFSBucket.delete, without failing when the files document is already gone. */
  private async deleteFile(id: ObjectId): Promise<void> {
    await this.files.deleteOne({ _id: id });
    await this.chunks.deleteMany({ files_id: id });
  }

  /** Hashes the stored content (passing it on to `sink`); DocumentIntegrityError unless it matches the address. */
  private async rehash(file: GridFSFile, sink?: (chunk: Uint8Array) => Promise<void>): Promise<{ sizeBytes: number }> {
    const hash = createHash('sha256');
    let sizeBytes = 0;
    try {
      for await (const chunk of this.bucket.openDownloadStream(file._id) as AsyncIterable<Uint8Array>) {
        hash.update(chunk);
        sizeBytes += chunk.length;
        await sink?.(chunk);
      }
    } catch (error) {
      // Chunks missing, extra or cut short: the stored bytes no longer form the file GridFS describes.
      if (error instanceof MongoGridFSChunkError) throw new DocumentIntegrityError(file.filename, await this.hashOfStoredChunks(file._id));
      throw error;
    }
    const actual = hash.digest('hex');
    if (actual !== file.filename) throw new DocumentIntegrityError(file.filename, actual);
    return { sizeBytes };
  }

  /** The hash of whatever chunks are stored, in order: what the content now is, for the error message. */
  private async hashOfStoredChunks(id: ObjectId): Promise<string> {
    const hash = createHash('sha256');
    for await (const chunk of this.chunks.find({ files_id: id }, { sort: { n: 1 }, promoteBuffers: true })) {
      hash.update(chunk.data);
    }
    return hash.digest('hex');
  }
}
