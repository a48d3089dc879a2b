import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/** An answer the API gave, to be sent again byte for byte: status, the headers that shape it, the body. */
export interface CannedAnswer {
  /** Path and query, as requested. */
  path: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Child-process entry: a bare `node:http` server that answers each canned path with the API's own bytes and headers
 * (304 with the same headers less the body's when If-None-Match names the ETag, as the API does), and 404 otherwise. The answers come in a JSON
 * file (argv[2]); the port it listens on goes back over IPC. It is what serving those bytes costs with no framework.
 */
function main(): void {
  const answers = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as CannedAnswer[];
  const byPath = new Map(
    answers.filter((answer) => answer.status === 200).map((answer) => [answer.path, { ...answer, body: Buffer.from(answer.body, 'utf8') }]),
  );
  const server = createServer((request, response) => {
    const answer = byPath.get(request.url ?? '');
    if (!answer) {
      response.writeHead(404).end();
      return;
    }
    const etag = answer.headers.etag;
    if (etag !== undefined && request.headers['if-none-match'] === etag) {
      // As Express answers a 304: every header of the 200 but those of its body.
      const { 'content-type': _type, ...notModified } = answer.headers;
      response.writeHead(304, notModified).end();
      return;
    }
    response.writeHead(200, { ...answer.headers, 'content-length': String(answer.body.length) }).end(answer.body);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send?.(typeof address === 'object' && address ? address.port : 0);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

main();
