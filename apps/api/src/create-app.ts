import { INestApplication, INestApplicationContext, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { DOCUMENT_UPLOAD_ROUTE } from '@era/licensing';
import { answerClientErrorsWithProblems, AppConfig, jsonBodyMiddleware, noCredentialsMiddleware } from '@era/platform';
import { AppModule } from './app.module';

export interface CreateOptions {
  logger?: LogLevel[] | false;
}

/** The HTTP application, configured but not listening: main.ts listens, tests drive it directly. */
export async function createApi(config: AppConfig, options: CreateOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forApi(config), { bodyParser: false, logger: options.logger ?? undefined });
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  answerClientErrorsWithProblems(app.getHttpServer());
  app.use(jsonBodyMiddleware(config.maxBodyBytes, { rawBodyRoutes: [DOCUMENT_UPLOAD_ROUTE] }));
  app.use(noCredentialsMiddleware());
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
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}

/** The projector: runs the projection engine without HTTP. */
export async function createProjector(config: AppConfig, options: CreateOptions = {}): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(AppModule.forProjector(config), { logger: options.logger ?? undefined });
  app.enableShutdownHooks();
  return app;
}
