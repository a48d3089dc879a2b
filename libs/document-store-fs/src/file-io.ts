import { createHash } from 'node:crypto';
import { FileHandle, open } from 'node:fs/promises';

const READ_BUFFER_BYTES = 1024 * 1024;

export async function writeFully(file: FileHandle, chunk: Buffer): Promise<void> {
  for (let offset = 0; offset < chunk.length;) {
    const { bytesWritten } = await file.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}

/** Hashes the whole file through the given handle (by position, so the handle can still stream from 0 afterwards). */
export async function hashFile(file: FileHandle): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
  let sizeBytes = 0;
  for (;;) {
    const { bytesRead } = await file.read(buffer, 0, buffer.length, sizeBytes);
    if (bytesRead === 0) break;
    hash.update(buffer.subarray(0, bytesRead));
    sizeBytes += bytesRead;
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}

/** Makes the directory's entries (a new file, a new subdirectory) durable. */
export async function syncDirectory(path: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals its metadata anyway.
  if (process.platform === 'win32') return;
  const directory = await open(path, 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}

export const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;
