import { readdirSync } from 'node:fs';
import { request as httpRequest, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import request from 'supertest';
import { TestApi } from './test-api';

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** Every file under a folder, recursively (the embedded document store's files, say). */
export function filesUnder(directory: string): string[] {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => (entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)]));
}

/** For supertest: the response body as raw bytes, whatever its media type. */
export function binaryBody(response: request.Response, callback: (error: Error | null, body: Buffer) => void): void {
  // superagent hands a parser the raw Node response: a Readable, whatever its declared type says.
  const stream: unknown = response;
  if (!(stream instanceof Readable)) throw new Error('binaryBody expects the raw response stream');
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
  stream.on('error', (error) => callback(error, Buffer.alloc(0)));
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  json(): Record<string, unknown>;
}

/**
 * A request whose body is streamed chunk by chunk with no Content-Length (chunked transfer encoding), the way a
 * browser or curl sends a large file: the server cannot refuse it by its declared size and must count.
 */
export async function streamRequest(api: TestApi, path: string, headers: Record<string, string>, body: Readable): Promise<RawResponse> {
  const server = api.app.getHttpServer() as Server;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const options = { host: '127.0.0.1', port, path, method: 'POST', agent: false, headers: { ...headers, 'Transfer-Encoding': 'chunked' } };
    const outgoing = httpRequest(options, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: bytes, json: () => JSON.parse(bytes.toString('utf8')) });
      });
    });
    outgoing.on('error', reject);
    body.pipe(outgoing);
  });
}

/** `totalBytes` of pseudo-random content in 64 KiB chunks, generated as it is read. */
export function generatedContent(totalBytes: number): Readable {
  const chunkSize = 64 * 1024;
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= totalBytes) return void this.push(null);
      const size = Math.min(chunkSize, totalBytes - sent);
      const chunk = Buffer.alloc(size, sent % 251);
      sent += size;
      this.push(chunk);
    },
  });
}
