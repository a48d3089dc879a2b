import { randomUUID } from 'node:crypto';
import { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { CORRELATION_ID } from '../http/write-metadata';
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
const MAX_CORRELATION_ID_LENGTH = 100;

/** The client's X-Correlation-Id when it is a plain token, else a new one. */
export function correlationIdOf(request: IncomingRequest): string {
  const given = request.headers[HEADER];
  return typeof given === 'string' && given.length <= MAX_CORRELATION_ID_LENGTH && CORRELATION_ID.test(given) ? given : randomUUID();
}

/**
 * Gives the request its correlation id (echoed in the response, and written back into the request headers so that
 * the events it appends carry the same one), and serves the rest of the request inside that context.
 */
export function correlationMiddleware() {
  return (request: IncomingRequest, response: OutgoingResponse, next: () => void): void => {
    const correlationId = correlationIdOf(request);
    request.headers[HEADER] = correlationId;
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

/**
 * One line per answered request: method, path (query redacted), status, time taken, correlation id. No headers,
 * no bodies: they hold tokens and personal data.
 */
export function httpLoggingMiddleware(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (request) => String(request.headers[HEADER] ?? ''),
    quietReqLogger: true,
    serializers: {
      req: (request: IncomingRequest) => ({ method: request.method, url: loggedUrl(request.originalUrl ?? request.url) }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info'),
    customSuccessObject: (request, _response, value: object) => ({ ...value, correlationId: request.headers[HEADER] }),
    customErrorObject: (request, _response, _error, value: object) => ({ ...value, correlationId: request.headers[HEADER] }),
  });
}
