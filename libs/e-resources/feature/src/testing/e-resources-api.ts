import { startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { eResourceAuditTrailProjection } from '@era/projection-e-resource-audit-trail';
import { EResourcesWriteModule } from '../e-resources-write.module';

/** The e-resources API alone: its modules and projections, over real SQLite and HTTP. */
export const startEResourcesApi = (env: Record<string, string> = {}) =>
  startTestApi({ features: [EResourcesWriteModule], projections: [eResourceAuditTrailProjection], upcasters: [] }, env);

export const aResource = (overrides: Record<string, unknown> = {}) => ({
  id: 'jstor/arts-1',
  name: 'JSTOR Arts & Sciences I',
  resourceType: 'database',
  subjects: ['history'],
  internalNotes: 'Renewal negotiated by the consortium in May',
  ...overrides,
});

/** The path of a resource (or something under it), its id URL-encoded as one segment. */
export const resourcePath = (id: string, rest = '') => `/e-resources/${encodeURIComponent(id)}${rest}`;

export async function registered(api: TestApi, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await api.http().post('/e-resources').set(api.as(TOKENS.associate)).send(aResource(overrides));
  if (response.status !== 201) throw new Error(`register: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}
