import { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig } from '../config/app-config';
import { answerClientErrorsWithProblems } from './client-errors';
import { closeConnectionsWithUnreadUploads } from './close-unread-requests';
import { jsonBodyMiddleware, RawBodyRoute } from './json-body.middleware';
import { noCredentialsMiddleware, SecretBodyField } from './no-credentials';
import { LoggingOptions, observeRequests, serviceLogging } from '../observability/request-observability';
import { describeStaffSignIn } from './staff-sign-in.openapi';
import { correlationIdMiddleware } from './correlation-id';
import { securityHeaders } from './security-headers';
import { applyServerTimeouts } from './server-timeouts';
import { WholeLogQueue } from '../whole-log/whole-log-queue';
import { serveKeptAnswers } from './kept-answers/serve-kept-answers';

export interface HttpApplicationOptions extends LoggingOptions {
  /** Routes whose controllers read the body themselves (uploads), past the JSON body parser. */
  rawBodyRoutes?: readonly RawBodyRoute[];
  /** Routes that carry a secret for the vault in one body field, which the credential screen leaves alone. */
  secretBodyFields?: readonly SecretBodyField[];
}

/**
 * The HTTP application around a root module, configured but not listening. The one place the HTTP set-up lives
 * (body limits, problem+json for client errors, middleware, OpenAPI), so that the API and the tests that drive it
 * serve requests the same way.
 */
export async function createHttpApplication(root: DynamicModule, config: AppConfig, options: HttpApplicationOptions = {}): Promise<INestApplication> {
  const logging = serviceLogging(config, options);
  const app = await NestFactory.create(root, { bodyParser: false, logger: logging.nestLogger });
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  observeRequests(app, logging.logger);
  serveKeptAnswers(app, logging.logger);
  answerClientErrorsWithProblems(app.getHttpServer());
  app.use(correlationIdMiddleware());
  applyServerTimeouts(app.getHttpServer(), config.httpTimeouts);
  app.use(securityHeaders());
  app.use(closeConnectionsWithUnreadUploads(options.rawBodyRoutes ?? []));
  app.use(app.get(WholeLogQueue).countRequests);
  app.use(jsonBodyMiddleware(config.maxBodyBytes, { rawBodyRoutes: options.rawBodyRoutes }));
  app.use(noCredentialsMiddleware(options.secretBodyFields));
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('ERA ledger')
      .setDescription(
        'Event-sourced ledger of an academic library: electronic resources and the service desk. Every write needs a staff bearer token; ' +
          'errors are application/problem+json.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, describeStaffSignIn(document, config.identity), { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
