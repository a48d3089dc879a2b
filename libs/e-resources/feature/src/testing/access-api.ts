import { startTestApi } from '@era/api-testing';
import { eResourceAccessProjection } from '@era/projection-e-resource-access';
import { DestinationStream } from 'pino';
import { AccessModule } from '../access.module';
import { VENDOR_SECRET_FIELD } from '../set-vendor-secret/secret-body-field';

/** IP ranges and vendor accounts alone: their module and projection, over real SQLite and HTTP. */
export const startAccessApi = (env: Record<string, string> = {}, logging: { logDestination?: DestinationStream } = {}) =>
  startTestApi({ features: [AccessModule], projections: [eResourceAccessProjection], upcasters: [], secretBodyFields: [VENDOR_SECRET_FIELD] }, env, logging);
