import { randomUUID } from 'node:crypto';
import { NextFunction, Request, Response } from 'express';
import { looksLikeCredential } from '@era/screening';
import { problem, sendProblem } from './problem';

/** A short opaque token: a UUID, a trace id, "req-42". It is stored in immutable event metadata, so nothing else. */
const OPAQUE_TOKEN = /^[\w.:-]{1,64}$/;

/** Whether a client's X-Correlation-Id may be recorded: an opaque token that carries no credential ("pwd:secret"). */
export const isAcceptableCorrelationId = (value: string): boolean => OPAQUE_TOKEN.test(value) && !looksLikeCredential(value);

/** The client's X-Correlation-Id when it is acceptable, else a new one. */
export function correlationIdOf(headers: Record<string, string | string[] | undefined>): string {
  const given = headers['x-correlation-id'];
  return typeof given === 'string' && isAcceptableCorrelationId(given) ? given : randomUUID();
}

/**
 * Every request: an X-Correlation-Id that is not a short opaque token is refused before anything runs, rather than
 * replaced quietly, so a client learns that its id was not the one recorded. Repeated headers arrive joined by ", ",
 * which is refused too.
 */
export function correlationIdMiddleware() {
  return (request: Request, response: Response, next: NextFunction): void => {
    const given = request.headers['x-correlation-id'];
    if (given === undefined || (typeof given === 'string' && isAcceptableCorrelationId(given))) return next();
    sendProblem(
      response,
      problem(400, 'invalid-correlation-id', 'Bad request', 'X-Correlation-Id must be 1 to 64 letters, digits or _.:- and must not carry a credential'),
    );
  };
}
