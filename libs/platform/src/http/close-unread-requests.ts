import { IncomingMessage, ServerResponse } from 'node:http';
import { RawBodyRoute } from './json-body.middleware';

/**
 * An upload answered before its body was read (refused: 401, 403, 404, 409, 413 on the declared length) is answered
 * with `Connection: close`, and the connection ends once the answer is out, instead of Node reading and discarding
 * the rest of the file, however large, to keep the connection alive. Only the upload routes: a JSON body is at most
 * MAX_BODY_BYTES, and clients that send all of it before reading the answer (fetch) would see a broken connection
 * instead of the 413.
 */
export function closeConnectionsWithUnreadUploads(uploadRoutes: readonly RawBodyRoute[]) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const path = (request.url ?? '').split('?', 1)[0];
    if (!hasBody(request) || !uploadRoutes.some((route) => route.method === request.method && route.path.test(path))) return next();
    const writeHead = response.writeHead;
    response.writeHead = function (this: ServerResponse, ...args: Parameters<typeof writeHead>) {
      if (!request.complete && !this.headersSent) this.setHeader('Connection', 'close');
      return writeHead.apply(this, args);
    } as typeof writeHead;
    response.once('finish', () => {
      // Node ends a `Connection: close` socket once the answer is flushed; this makes sure nothing more is read.
      if (!request.complete) request.socket.end(() => request.socket.destroy());
    });
    next();
  };
}

const hasBody = (request: IncomingMessage) => Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
