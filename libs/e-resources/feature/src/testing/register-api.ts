import { startTestApi } from '@era/api-testing';
import { eResourceRegisterProjection } from '@era/projection-e-resource-register';
import { RegisterModule } from '../register.module';

/** The register's API alone: its module and its projection, over real SQLite and HTTP. */
export const startRegisterApi = (env: Record<string, string> = {}) =>
  startTestApi({ features: [RegisterModule], projections: [eResourceRegisterProjection], upcasters: [] }, env);

export const anOrganisation = (overrides: Record<string, unknown> = {}) => ({
  name: 'ITHAKA',
  roles: ['vendor', 'platform-provider'],
  website: 'https://www.ithaka.org',
  ...overrides,
});

export const aPlatform = (overrides: Record<string, unknown> = {}) => ({
  name: 'JSTOR',
  providerId: 'ithaka',
  baseHosts: ['www.jstor.org', 'JSTOR.org'],
  supportsProxy: true,
  supportsIpAuthentication: true,
  sso: 'both',
  adminConsoleUrl: 'https://admin.jstor.org/',
  ...overrides,
});
