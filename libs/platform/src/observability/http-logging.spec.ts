import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { LogLevelName } from '../config/app-config';
import { httpLoggingMiddleware } from './http-logging';
import { createServiceLogger } from './service-logger';

function loggerAt(level: LogLevelName) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createServiceLogger(level, destination), lines };
}

/** A request through the middleware, answered with `statusCode` (or dropped by the client before an answer). */
function serve(middleware: ReturnType<typeof httpLoggingMiddleware>, statusCode: number, { aborted = false } = {}) {
  const request = { method: 'POST', url: '/desk/inquiries?name=someone', headers: { 'x-correlation-id': 'desk-pc-7' } };
  const response = Object.assign(new EventEmitter(), { statusCode, writableFinished: false });
  let served = false;
  middleware(request, response, () => (served = true));
  if (!aborted) {
    response.writableFinished = true;
    response.emit('finish');
  }
  response.emit('close');
  return served;
}

describe('the request log line', () => {
  it('given LOG_LEVEL warn, when a write succeeds, then no line is written but the request is served', () => {
    const { logger, lines } = loggerAt('warn');
    expect(serve(httpLoggingMiddleware(logger), 201)).toBe(true);
    expect(lines).toEqual([]);
  });

  it('given LOG_LEVEL info, when a request succeeds, then one line: method, path without its query, status, time, correlation id', () => {
    const { logger, lines } = loggerAt('info');
    serve(httpLoggingMiddleware(logger), 201);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'info',
        message: 'request completed',
        req: { method: 'POST', url: '/desk/inquiries?[redacted]' },
        res: { statusCode: 201 },
        responseTime: expect.any(Number),
        correlationId: 'desk-pc-7',
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('someone');
  });

  it('given LOG_LEVEL warn, when requests fail or are dropped, then client errors and drops warn and server errors are errors', () => {
    const { logger, lines } = loggerAt('warn');
    const middleware = httpLoggingMiddleware(logger);
    serve(middleware, 400);
    serve(middleware, 503);
    serve(middleware, 200, { aborted: true });
    expect(lines.map((line) => [line.level, line.message, (line.res as { statusCode: number }).statusCode])).toEqual([
      ['warn', 'request completed', 400],
      ['error', 'request errored', 503],
      ['warn', 'request aborted', 200],
    ]);
  });
});
