import { Server } from 'node:http';
import { AddressInfo, connect, Socket } from 'node:net';
import { TestApi, TOKENS } from '@era/api-testing';
import { licenceWithVersion, startLicensingApi } from '../testing/licences';

/**
 * An upload refused before its body is read (a bad token, a declared size over the limit) is answered at once, and
 * the connection is closed: the server does not go on reading (and discarding) megabytes nobody will store.
 */
describe('a refused upload closes its connection (real SQLite, raw sockets)', () => {
  let api: TestApi;
  let port: number;
  let uploadPath: string;
  const DECLARED_BYTES = 20 * 1024 * 1024;
  const SENT_BYTES = 256 * 1024;

  beforeAll(async () => {
    api = await startLicensingApi({ MAX_DOCUMENT_BYTES: String(10 * 1024 * 1024) });
    const server = api.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    const { licenceId, versionId } = await licenceWithVersion(api);
    uploadPath = `/licences/${licenceId}/versions/${versionId}/documents?documentType=licence&fileName=signed.pdf`;
  });
  afterAll(() => api.close());

  /** Sends the headers and the first part of a large body, then waits for the server to close (or not). */
  async function startUpload(path: string, headers: Record<string, string>): Promise<{ answer: string; closedByServer: boolean; socket: Socket }> {
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    const closed = new Promise<boolean>((resolve) => socket.once('close', () => resolve(true)));
    socket.on('error', () => undefined);
    const head = Object.entries({ Host: 'localhost', 'Content-Length': String(DECLARED_BYTES), ...headers })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n`);
    socket.write(Buffer.alloc(SENT_BYTES, 0x25));
    // The server has all it needs to answer; a server that keeps reading leaves the socket open for the other 19.75 MB.
    let timer: NodeJS.Timeout | undefined;
    const closedByServer = await Promise.race([closed, new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 5_000)))]);
    clearTimeout(timer);
    socket.destroy();
    return { answer: Buffer.concat(received).toString('latin1'), closedByServer, socket };
  }

  it('answers a bad token with 401 and Connection: close, and closes without reading the rest', async () => {
    const { answer, closedByServer } = await startUpload(uploadPath, { Authorization: 'Bearer not-a-token', 'Content-Type': 'application/pdf' });
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(answer).toMatch(/application\/problem\+json/);
    expect(closedByServer).toBe(true);
  });

  it('answers a declared size over the limit with 413 and closes the connection', async () => {
    const { answer, closedByServer } = await startUpload(uploadPath, { Authorization: `Bearer ${TOKENS.associate}`, 'Content-Type': 'application/pdf' });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(closedByServer).toBe(true);
  });

  it('answers a JSON body declared over the body limit with 413 before the body is sent', async () => {
    const { answer } = await startUpload('/licences', { Authorization: `Bearer ${TOKENS.associate}`, 'Content-Type': 'application/json' });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/application\/problem\+json/);
  });

  it('keeps the connection of an accepted upload alive', async () => {
    const response = await fetch(`http://127.0.0.1:${port}${uploadPath}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKENS.associate}`, 'Content-Type': 'application/pdf', Connection: 'keep-alive' },
      body: '%PDF-1.4 kept',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('connection')).toBe('keep-alive');
    await response.text();
  });

  it('sets the HTTP server time-outs from the configuration', () => {
    const server = api.app.getHttpServer() as Server;
    expect(server.headersTimeout).toBe(api.config.httpTimeouts.headersMs);
    expect(server.requestTimeout).toBe(api.config.httpTimeouts.requestMs);
    expect(server.keepAliveTimeout).toBe(api.config.httpTimeouts.keepAliveMs);
    expect(api.config.httpTimeouts).toEqual({ headersMs: 20_000, requestMs: 120_000, keepAliveMs: 5_000 });
  });
});
