import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { RefusalKind, RuleViolation } from '@era/decider';
import { AppendTooLargeError, ConcurrencyConflictError, InvalidAppendError, StoreUnavailableError } from '@era/event-store';
import { InvalidQueryError } from '@era/read-store';
import { ProjectionUnavailableError } from '../freshness/projection-unavailable';
import { Problem, problem, ProblemResponse, sendProblem } from './problem';
import { RequestValidationError } from './validation-error';

/** What a refusal may add to its problem: its own title, extension members, response headers (Retry-After, say). */
export interface RefusalDetails {
  title?: string;
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** A refusal by domain rules: features map their own errors to this, with the status that fits. */
export class DomainRefusal extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    message: string,
    readonly details: RefusalDetails = {},
  ) {
    super(message);
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

/** A decider's refusal, by kind: what it means to an HTTP client. */
const STATUS_OF_REFUSAL: Record<RefusalKind, number> = { invalid: 400, 'not-found': 404, conflict: 409, unprocessable: 422, forbidden: 403 };

/** Every error leaves as application/problem+json with a clear message; internals never leak. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<{ url?: string }>();
    const body = { ...this.toProblem(exception), instance: request.url };
    const response = http.getResponse<ProblemResponse>();
    const retryAfter = retryAfterOf(exception);
    if (retryAfter !== undefined) {
      // A store or read model that is briefly unavailable: nothing was done, the same request may succeed later.
      response.setHeader('Retry-After', String(retryAfter));
    } else if (body.status >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    if (exception instanceof DomainRefusal) for (const [name, value] of Object.entries(exception.details.headers ?? {})) response.setHeader(name, value);
    sendProblem(response, body);
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof RequestValidationError) {
      const omitted = exception.omittedMessages > 0 ? { omittedErrors: exception.omittedMessages } : {};
      return problem(400, 'validation', 'The request is not valid', 'one or more fields are missing or wrong', { errors: exception.fieldErrors, ...omitted });
    }
    if (exception instanceof ConcurrencyConflictError) {
      return problem(409, 'concurrency-conflict', 'Concurrent change', `${exception.message}; reload and try again`, {
        currentRevision: exception.actual,
      });
    }
    if (exception instanceof RuleViolation) {
      const status = STATUS_OF_REFUSAL[exception.kind];
      return problem(status, exception.rule, TITLES[status], exception.message, exception.extensions);
    }
    if (exception instanceof DomainRefusal) {
      const { title, extensions } = exception.details;
      return problem(exception.status, exception.slug, title ?? TITLES[exception.status] ?? 'Refused', exception.message, extensions);
    }
    if (exception instanceof StoreUnavailableError) {
      return problem(503, 'store-unavailable', TITLES[503], exception.message);
    }
    if (exception instanceof ProjectionUnavailableError) {
      return problem(503, 'projection-unavailable', TITLES[503], exception.message, { projection: exception.projection, state: exception.state });
    }
    if (exception instanceof InvalidAppendError || exception instanceof InvalidQueryError) {
      return problem(400, 'invalid-request', 'Bad request', exception.message);
    }
    if (exception instanceof AppendTooLargeError) {
      return problem(413, 'append-too-large', 'Append too large', `${exception.message}; record less in one request`);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const detail = typeof response === 'string' ? response : (messageOf(response) ?? exception.message);
      return problem(status, slugOf(status), TITLES[status] ?? HttpStatus[status] ?? 'Error', detail);
    }
    return problem(500, 'internal', 'Internal error', 'the server could not complete the request; it has been logged');
  }
}

function retryAfterOf(exception: unknown): number | undefined {
  return exception instanceof StoreUnavailableError || exception instanceof ProjectionUnavailableError ? exception.retryAfterSeconds : undefined;
}

function messageOf(response: object): string | undefined {
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : undefined;
}

const slugOf = (status: number) => (TITLES[status] ?? `status-${status}`).toLowerCase().replace(/[^a-z0-9]+/g, '-');
