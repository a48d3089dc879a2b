import { INestApplication, LogLevel } from '@nestjs/common';
import { DestinationStream, Logger } from 'pino';
import { AppConfig } from '../config/app-config';
import { correlationMiddleware, httpLoggingMiddleware } from './http-logging';
import { httpMetricsMiddleware } from './http-metrics.middleware';
import { PinoNestLogger } from './nest-logger';
import { createServiceLogger } from './service-logger';
import { ServiceMetrics } from './service-metrics';

export interface LoggingOptions {
  /** false: no logs at all (most test suites). */
  logger?: LogLevel[] | false;
  /** Where the JSON lines go; stdout when omitted. A test passes a stream it reads. */
  logDestination?: DestinationStream;
}

/** The process's JSON logger at LOG_LEVEL, and Nest's logger onto it; none when logging is off. */
export function serviceLogging(config: AppConfig, options: LoggingOptions): { logger?: Logger; nestLogger: PinoNestLogger | false } {
  if (options.logger === false && !options.logDestination) return { nestLogger: false };
  const logger = createServiceLogger(config.logLevel, options.logDestination);
  return { logger, nestLogger: new PinoNestLogger(logger) };
}

/** Correlation id, request log line and HTTP metrics for every request, before anything else reads it. */
export function observeRequests(app: INestApplication, logger: Logger | undefined): void {
  app.use(correlationMiddleware());
  const metrics = app.get(ServiceMetrics, { strict: false });
  app.use(httpMetricsMiddleware(metrics));
  if (logger) app.use(httpLoggingMiddleware(logger));
}
