import { GridFSBucketWriteStream } from 'mongodb';

/**
 * Writes one chunk and waits until GridFS has taken it (inserted whatever chunk documents it filled), so that no
 * insert is still in flight when an upload is abandoned and its chunks are deleted.
 */
export function writeChunk(upload: GridFSBucketWriteStream, chunk: Buffer): Promise<void> {
  return new Promise((resolve, reject) => upload.write(chunk, (error) => (error ? reject(error) : resolve())));
}

/** Flushes the last chunk and inserts the files document. */
export function finishUpload(upload: GridFSBucketWriteStream): Promise<void> {
  return new Promise((resolve, reject) => upload.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
