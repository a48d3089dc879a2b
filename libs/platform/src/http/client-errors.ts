import { Server } from 'node:http';
import { Duplex } from 'node:stream';
import { PROBLEM_CONTENT_TYPE, problem } from './problem';

/**
 * Requests Node rejects before any route runs (a URL or headers over its size limit, a malformed request line) get
 * problem+json like every other error, instead of Node's bare status line.
 */
export function answerClientErrorsWithProblems(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const body = JSON.stringify(
      tooLarge
        ? problem(
            431,
            'request-header-too-large',
            'Request header fields too large',
            'the URL or the headers exceed the size the server accepts; shorten the query',
          )
        : problem(400, 'malformed-request', 'Bad request', 'the request could not be read as HTTP'),
    );
    const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
