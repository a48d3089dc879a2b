import { ServerResponse } from 'node:http';

/** Nest's answer as it went out: the headers (correlation id left out) and the body. */
export type NestAnswer = { headers: string[]; notModifiedHeaders: string[]; etag?: string; body: Buffer };

/** Per request: new with every request, so never part of a kept answer. */
const PER_REQUEST = new Set(['x-correlation-id']);
/** What Express leaves out of a 304 (res.send). */
const BODY_HEADERS = new Set(['content-type', 'content-length', 'transfer-encoding']);

/**
 * Calls `onAnswer` with a 200 answer sent whole by one `end` (as Express's res.send does), once it has gone out; a
 * streamed answer, a 304 or any other status is not reported.
 */
export function captureAnswer(response: ServerResponse, onAnswer: (answer: NestAnswer) => void): void {
  const { write, end } = response;
  let streamed = false;
  response.write = function (this: ServerResponse, ...args: Parameters<ServerResponse['write']>) {
    streamed = true;
    return write.apply(this, args);
  } as ServerResponse['write'];
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    response.write = write;
    response.end = end;
    const [chunk, encoding] = args;
    const answer =
      !streamed && response.statusCode === 200 && (typeof chunk === 'string' || Buffer.isBuffer(chunk)) ? answerOf(response, chunk, encoding) : undefined;
    const result = (end as (...rest: unknown[]) => ServerResponse).apply(this, args);
    if (answer) onAnswer(answer);
    return result;
  } as ServerResponse['end'];
}

function answerOf(response: ServerResponse, chunk: string | Buffer, encoding: unknown): NestAnswer {
  const headers: string[] = [];
  const notModifiedHeaders: string[] = [];
  // Names as written (X-Projection-Position), in order; Node has it since 15.13, its types here not yet.
  for (const name of (response as ServerResponse & { getRawHeaderNames(): string[] }).getRawHeaderNames()) {
    const lower = name.toLowerCase();
    if (PER_REQUEST.has(lower)) continue;
    const value = response.getHeader(name);
    for (const one of Array.isArray(value) ? value : [String(value)]) {
      headers.push(name, one);
      if (!BODY_HEADERS.has(lower)) notModifiedHeaders.push(name, one);
    }
  }
  const etag = response.getHeader('etag');
  const body = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : chunk;
  return { headers, notModifiedHeaders, ...(typeof etag === 'string' && { etag }), body };
}
