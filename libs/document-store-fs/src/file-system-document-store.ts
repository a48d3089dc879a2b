import { randomUUID } from 'node:crypto';
import { FileHandle, link, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
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
import { errorCode, hashFile, syncDirectory, writeFully } from './file-io';

export interface FileSystemDocumentStoreOptions {
  /** The documents folder; created on the first upload. */
  directory: string;
}

const READ_ONLY = 0o444;
/** Where hard links are not supported (some network and FUSE file systems), a rename after a look is the fallback. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Documents as read-only files at `<directory>/sha256/ab/cd/<sha256>`, never overwritten.
 *
 * An upload is written to `<directory>/incoming/` (the same file system, so that it can be linked into place) while
 * it is hashed and counted, fsynced, then hard-linked to its address: a link fails where the address is taken, where
 * a rename would silently replace. The address's directories are fsynced before put resolves, so an acknowledged
 * document survives the process being killed (and a power cut, where the disk honours fsync). A crash mid-upload
 * leaves at most a `*.partial` file in `incoming/`, never anything at an address.
 */
export class FileSystemDocumentStore implements DocumentStore {
  readonly directory: string;
  /** Uploads in progress; anything older than the longest upload is debris of a crash and may be deleted. */
  readonly incomingDirectory: string;
  private readonly addressDirectory: string;

  constructor(options: FileSystemDocumentStoreOptions) {
    this.directory = resolve(options.directory);
    this.incomingDirectory = join(this.directory, 'incoming');
    this.addressDirectory = join(this.directory, 'sha256');
  }

  /** The file holding the document with this address. */
  pathOf(sha256: string): string {
    assertDocumentAddress(sha256);
    return join(this.addressDirectory, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(content: Readable | AsyncIterable<Uint8Array>, options: { maxBytes: number }): Promise<StoredDocument> {
    return (await this.stage(content, options)).keep();
  }

  async stage(content: Readable | AsyncIterable<Uint8Array>, options: { maxBytes: number }): Promise<StagedDocument> {
    await mkdir(this.incomingDirectory, { recursive: true });
    const upload = join(this.incomingDirectory, `${randomUUID()}.partial`);
    let measured: MeasuredContent;
    try {
      measured = await this.receive(content, options.maxBytes, upload);
    } catch (error) {
      await rm(upload, { force: true });
      throw error;
    }
    return {
      ...measured,
      keep: async () => {
        try {
          return { ...measured, created: await this.linkIntoPlace(upload, measured.sha256) };
        } finally {
          // Once linked, the address holds the content; this name was only the way in.
          await rm(upload, { force: true });
        }
      },
      discard: () => rm(upload, { force: true }),
    };
  }

  async open(sha256: string): Promise<{ sizeBytes: number; content: Readable }> {
    const file = await this.openStored(sha256);
    if (!file) throw new DocumentNotFoundError(sha256);
    try {
      const { sha256: actual, sizeBytes } = await hashFile(file);
      if (actual !== sha256) throw new DocumentIntegrityError(sha256, actual);
      // Streams from the very handle that was hashed: replacing the file by name afterwards changes nothing here.
      return { sizeBytes, content: file.createReadStream({ start: 0, autoClose: true }) };
    } catch (error) {
      await file.close();
      throw error;
    }
  }

  async *addresses(): AsyncIterable<string> {
    for (const first of await entriesOf(this.addressDirectory)) {
      for (const second of await entriesOf(join(this.addressDirectory, first))) {
        for (const name of await entriesOf(join(this.addressDirectory, first, second))) if (SHA256_NAME.test(name)) yield name;
      }
    }
  }

  async check(sha256: string): Promise<'intact' | 'altered' | 'missing'> {
    const file = await this.openStored(sha256);
    if (!file) return 'missing';
    try {
      return (await hashFile(file)).sha256 === sha256 ? 'intact' : 'altered';
    } finally {
      await file.close();
    }
  }

  async discardUnreferenced(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  async close(): Promise<void> {
    // Nothing stays open between calls.
  }

  /** Writes the content to `path`, read-only and fsynced; nothing is left there when it is refused. */
  private async receive(content: Readable | AsyncIterable<Uint8Array>, maxBytes: number, path: string): Promise<MeasuredContent> {
    const file = await open(path, 'wx', 0o600);
    let measured: MeasuredContent;
    try {
      measured = await measureContent(content, maxBytes, (chunk) => writeFully(file, chunk));
      await file.chmod(READ_ONLY);
      await file.sync();
    } catch (error) {
      await file.close().catch(() => undefined);
      throw error;
    }
    await file.close();
    return measured;
  }

  /** Gives the upload its address unless something is there already; true when it did. */
  private async linkIntoPlace(upload: string, sha256: string): Promise<boolean> {
    const target = this.pathOf(sha256);
    const shard = dirname(target);
    const firstCreated = await mkdir(shard, { recursive: true });
    let created = true;
    try {
      await link(upload, target);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') created = false;
      else if (!NO_HARD_LINKS.has(errorCode(error) ?? '')) throw error;
      // Without hard links only a racing upload of these same bytes can slip in between the look and the rename.
      else if (await exists(target)) created = false;
      else await rename(upload, target);
    }
    // Also when the address was taken: a racing upload may not have made its entry durable yet.
    for (const directory of directoriesGainingEntries(shard, firstCreated)) await syncDirectory(directory);
    return created;
  }

  private async openStored(sha256: string): Promise<FileHandle | undefined> {
    const path = this.pathOf(sha256);
    try {
      return await open(path, 'r');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw error;
    }
  }
}

/** The shard directory, plus the parent of every directory that mkdir just created. */
function directoriesGainingEntries(shard: string, firstCreated: string | undefined): string[] {
  const directories = [shard];
  if (firstCreated) {
    for (let directory = shard; directory !== dirname(firstCreated);) {
      directory = dirname(directory);
      directories.push(directory);
    }
  }
  return directories;
}

const SHA256_NAME = /^[0-9a-f]{64}$/;

/** The names in a directory, sorted; none when it does not exist (nothing was ever stored). */
async function entriesOf(directory: string): Promise<string[]> {
  try {
    return (await readdir(directory)).sort();
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}
