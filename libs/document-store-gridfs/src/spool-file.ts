import { randomUUID } from 'node:crypto';
import { FileHandle, open, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A nameless temporary file: created, then unlinked at once, so the bytes live exactly as long as the handle and a
 * crash leaves nothing behind (POSIX semantics; the service runs on Linux).
 */
export async function openSpoolFile(directory: string): Promise<FileHandle> {
  const path = join(directory, `era-document-${randomUUID()}.spool`);
  const file = await open(path, 'wx+', 0o600);
  try {
    await unlink(path);
  } catch (error) {
    await file.close();
    throw error;
  }
  return file;
}

export async function writeFully(file: FileHandle, chunk: Uint8Array): Promise<void> {
  for (let offset = 0; offset < chunk.length;) {
    const { bytesWritten } = await file.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}
