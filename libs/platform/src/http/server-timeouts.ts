import { Server } from 'node:http';
import { HttpTimeouts } from '../config/app-config';

/**
 * Bounds how long a client may hold a connection: to send its headers, its whole request (an upload included), and
 * between requests on a kept-alive connection. A slow or stalled client is cut off instead of holding a socket forever.
 */
export function applyServerTimeouts(server: Server, timeouts: HttpTimeouts): void {
  server.headersTimeout = timeouts.headersMs;
  server.requestTimeout = timeouts.requestMs;
  server.keepAliveTimeout = timeouts.keepAliveMs;
}
