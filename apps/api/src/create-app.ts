import { INestApplication, INestApplicationContext, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DOCUMENT_UPLOAD_ROUTE } from '@era/licensing';
import { AppConfig, createHttpApplication } from '@era/platform';
import { AppModule } from './app.module';

export interface CreateOptions {
  logger?: LogLevel[] | false;
}

/** The HTTP application, configured but not listening: main.ts listens. */
export async function createApi(config: AppConfig, options: CreateOptions = {}): Promise<INestApplication> {
  return createHttpApplication(AppModule.forApi(config), config, { ...options, rawBodyRoutes: [DOCUMENT_UPLOAD_ROUTE] });
}

/** The projector: runs the projection engine without HTTP. */
export async function createProjector(config: AppConfig, options: CreateOptions = {}): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(AppModule.forProjector(config), { logger: options.logger ?? undefined });
  app.enableShutdownHooks();
  return app;
}
