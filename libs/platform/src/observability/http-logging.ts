import { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
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
