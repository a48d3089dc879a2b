import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { RefusalKind, RuleViolation } from '@era/decider';
import { AppendTooLargeError, ConcurrencyConflictError, EventStoreUnavailableError, InvalidAppendError } from '@era/event-store';
import { InvalidQueryError } from '@era/read-store';
import { Problem, problem, ProblemResponse, sendProblem } from './problem';
import { RequestValidationError } from './validation-error';

/** A refusal by domain rules: features map their own errors to this, with the status that fits. */
export class DomainRefusal extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    message: string,
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
  500: 'Internal error',
  503: 'Service unavailable',
};

/** A decider's refusal, by kind: what it means to an HTTP client. */
const STATUS_OF_REFUSAL: Record<RefusalKind, number> = { invalid: 400, 'not-found': 404, conflict: 409, unprocessable: 422 };

/** Every error leaves as application/problem+json with a clear message; internals never leak. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<{ url?: string }>();
    const body = { ...this.toProblem(exception), instance: request.url };
    if (body.status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const response = http.getResponse<ProblemResponse>();
    if (exception instanceof EventStoreUnavailableError) response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    sendProblem(response, body);
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof RequestValidationError) {
      return problem(400, 'validation', 'The request is not valid', 'one or more fields are missing or wrong', { errors: exception.fieldErrors });
    }
    if (exception instanceof ConcurrencyConflictError) {
      return problem(409, 'concurrency-conflict', 'Concurrent change', `${exception.message}; reload and try again`, {
        currentRevision: exception.actual,
      });
    }
    if (exception instanceof RuleViolation) {
      const status = STATUS_OF_REFUSAL[exception.kind];
      return problem(status, exception.rule, TITLES[status], exception.message);
    }
    if (exception instanceof DomainRefusal) {
      return problem(exception.status, exception.slug, TITLES[exception.status] ?? 'Refused', exception.message);
    }
    if (exception instanceof InvalidAppendError || exception instanceof InvalidQueryError) {
      return problem(400, 'invalid-request', 'Bad request', exception.message);
    }
    if (exception instanceof AppendTooLargeError) {
      return problem(413, 'append-too-large', 'Append too large', `${exception.message}; record less in one request`);
    }
    if (exception instanceof EventStoreUnavailableError) {
      return problem(503, 'store-unavailable', 'Service unavailable', 'the event store cannot take writes right now; try again shortly');
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

function messageOf(response: object): string | undefined {
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : undefined;
}

const slugOf = (status: number) => (TITLES[status] ?? `status-${status}`).toLowerCase().replace(/[^a-z0-9]+/g, '-');
