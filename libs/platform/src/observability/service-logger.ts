import pino, { DestinationStream, Logger } from 'pino';
import { LogLevelName } from '../config/app-config';
import { currentCorrelationId } from './request-context';

/**
 * The one logger of a process: one JSON object per line on stdout (or `destination`), at LOG_LEVEL. Every line
 * written while a request is served carries its correlation id, whoever wrote it (Nest, a handler, the request line).
 * Authorization and cookies are censored wherever they would appear, as a second line of defence: the request
 * serializer (http-logging.ts) does not log headers at all.
 */
export function createServiceLogger(level: LogLevelName, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: 'message',
    formatters: { level: (label) => ({ level: label }) },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie', 'authorization', '*.authorization'],
      censor: '[redacted]',
    },
    mixin: () => {
      const correlationId = currentCorrelationId();
      return correlationId ? { correlationId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
