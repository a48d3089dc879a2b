import express, { NextFunction, Request, Response } from 'express';
import { findJsonShapeFault } from './json-shape';
import { problem, sendProblem } from './problem';

/** A route whose controller reads the request body itself, as a stream (a file upload), untouched by this middleware. */
export interface RawBodyRoute {
  method: string;
  /** Matched against the path without the query string. */
  path: RegExp;
}

export interface JsonBodyOptions {
  rawBodyRoutes?: readonly RawBodyRoute[];
}

/**
 * Parses JSON bodies itself, so that a malformed, oversized or non-JSON body is answered with problem+json
 * before any route runs (and so before anything could be appended). Only the named raw-body routes are let through
 * unread: their controllers check who is asking and what for before a byte of the body is read.
 */
export function jsonBodyMiddleware(maxBodyBytes: number, options: JsonBodyOptions = {}) {
  const parse = express.json({ limit: maxBodyBytes, strict: true });
  const rawBodyRoutes = options.rawBodyRoutes ?? [];
  return (request: Request, response: Response, next: NextFunction): void => {
    if (rawBodyRoutes.some((route) => route.method === request.method && route.path.test(request.path))) return next();
    const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
    if (hasBody && !request.is('application/json') && !request.is('application/*+json')) {
      sendProblem(response, problem(415, 'unsupported-media-type', 'Unsupported media type', 'send the body as application/json'));
      return;
    }
    // Refused on its declared length at once (the body parser would first read it all, to discard it).
    if (Number(request.headers['content-length'] ?? 0) > maxBodyBytes) return tooLarge(response, maxBodyBytes);
    parse(request, response, (error?: unknown) => {
      if (!error) {
        const fault = findJsonShapeFault(request.body);
        if (!fault) return next();
        sendProblem(
          response,
          fault.kind === 'too-deep'
            ? problem(400, 'json-too-deep', 'Bad request', `the body nests deeper than ${fault.maxDepth} levels of objects and arrays`)
            : problem(400, 'forbidden-key', 'Bad request', `the body may not contain the key ${fault.key}`),
        );
        return;
      }
      const type = (error as { type?: string }).type;
      if (type === 'entity.too.large') {
        tooLarge(response, maxBodyBytes);
      } else if (type === 'entity.parse.failed') {
        sendProblem(response, problem(400, 'malformed-json', 'Malformed JSON', 'the body is not valid JSON'));
      } else {
        sendProblem(response, problem(400, 'unreadable-body', 'Bad request', (error as Error).message));
      }
    });
  };
}

const tooLarge = (response: Response, maxBodyBytes: number) =>
  sendProblem(response, problem(413, 'payload-too-large', 'Payload too large', `the body exceeds the limit of ${maxBodyBytes} bytes`));
