import { Level, Logger } from 'pino';
import { correlationIdOf } from '../http/correlation-id';
import { runInRequestContext } from './request-context';

interface IncomingRequest {
  method?: string;
  url?: string;
  originalUrl?: string;
  headers: Record<string, string | string[] | undefined>;
}

interface OutgoingResponse {
  setHeader(name: string, value: string): unknown;
}

const HEADER = 'x-correlation-id';

/**
 * Gives the request its correlation id (echoed in the response, and written into the request headers when the client
 * sent none, so that the events it appends carry the same one), and serves the rest of the request inside that
 * context. A client's unacceptable id is left in place for the correlation-id check to refuse (400); its log lines
 * carry a fresh id meanwhile.
 */
export function correlationMiddleware() {
  return (request: IncomingRequest, response: OutgoingResponse, next: () => void): void => {
    const correlationId = correlationIdOf(request.headers);
    if (request.headers[HEADER] === undefined) request.headers[HEADER] = correlationId;
    response.setHeader('X-Correlation-Id', correlationId);
    runInRequestContext({ correlationId }, next);
  };
}

/** The path without its query: a query string may hold a name or an e-mail, so only its presence is logged. */
export function loggedUrl(url: string | undefined): string {
  if (!url) return '';
  const query = url.indexOf('?');
  return query === -1 ? url : `${url.slice(0, query)}?[redacted]`;
}

interface AnsweredResponse {
  statusCode: number;
  writableFinished: boolean;
  once(event: 'finish' | 'close', listener: () => void): unknown;
}

/** The level of a request's line: errors for 5xx, warnings for 4xx and for requests the client gave up on. */
const levelOf = (statusCode: number, aborted: boolean): Level => (statusCode >= 500 ? 'error' : statusCode >= 400 || aborted ? 'warn' : 'info');

/**
 * One line per answered request: method, path (query redacted), status, time taken, correlation id. No headers,
 * no bodies: they hold tokens and personal data. Written once the response has finished (or the connection closed
 * before it did), and nothing is built for a line LOG_LEVEL would drop: at `warn` a successful request costs two
 * listeners and a clock read.
 */
export function httpLoggingMiddleware(logger: Logger) {
  return (request: IncomingRequest, response: AnsweredResponse, next: () => void): void => {
    const started = performance.now();
    let logged = false;
    const log = () => {
      if (logged) return;
      logged = true;
      const aborted = !response.writableFinished;
      const level = levelOf(response.statusCode, aborted);
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          req: { method: request.method, url: loggedUrl(request.originalUrl ?? request.url) },
          res: { statusCode: response.statusCode },
          responseTime: Math.round(performance.now() - started),
          correlationId: request.headers[HEADER],
        },
        aborted ? 'request aborted' : response.statusCode >= 500 ? 'request errored' : 'request completed',
      );
    };
    response.once('finish', log);
    response.once('close', log);
    next();
  };
}
