import { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A request answered before its body was read (a refused upload: 401, 403, 413 on the declared length, 415) is
 * answered with `Connection: close`, and the connection ends once the answer is out, instead of Node reading and
 * discarding the rest of the body, however large, to keep the connection alive.
 */
export function closeConnectionsWithUnreadBodies() {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    if (!hasBody(request)) return next();
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
