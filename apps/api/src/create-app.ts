import { INestApplication } from '@nestjs/common';
import { VENDOR_SECRET_FIELD } from '@era/e-resources';
import { TITLE_LIST_UPLOAD_ROUTE } from '@era/holdings';
import { DOCUMENT_UPLOAD_ROUTE } from '@era/licensing';
import { AppConfig, createHttpApplication, LoggingOptions } from '@era/platform';
import { AppModule } from './app.module';

export type CreateOptions = LoggingOptions;

/** The HTTP application, configured but not listening: main.ts listens. */
export async function createApi(config: AppConfig, options: CreateOptions = {}): Promise<INestApplication> {
  return createHttpApplication(AppModule.forApi(config), config, {
    ...options,
    rawBodyRoutes: [DOCUMENT_UPLOAD_ROUTE, TITLE_LIST_UPLOAD_ROUTE],
    secretBodyFields: [VENDOR_SECRET_FIELD],
  });
}

/**
 * The projector: runs the projection engine, and answers only /health (its projections' own state, which a
 * container health check reads) and /metrics; no API route. Configured but not listening: main.ts listens.
 */
export async function createProjector(config: AppConfig, options: CreateOptions = {}): Promise<INestApplication> {
  return createHttpApplication(AppModule.forProjector(config), config, options);
}
