import { startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { eResourceAuditTrailProjection } from '@era/projection-e-resource-audit-trail';
import { EResourcesWriteModule } from '../e-resources-write.module';
import { RegisterModule } from '../register.module';

/** The subjects the resources here are given: a resource's subjects must be in the subject vocabulary. */
export const TEST_SUBJECTS = [
  { key: 'history', label: 'History' },
  { key: 'economics', label: 'Economics' },
];

/** The e-resources API alone (with the register, for its vocabularies), over real SQLite and HTTP; the test subjects defined. */
export async function startEResourcesApi(env: Record<string, string> = {}): Promise<TestApi> {
  const api = await startTestApi({ features: [EResourcesWriteModule, RegisterModule], projections: [eResourceAuditTrailProjection], upcasters: [] }, env);
  for (const subject of TEST_SUBJECTS) {
    const response = await api.http().post('/subjects').set(api.as(TOKENS.associate)).send(subject);
    if (response.status !== 201) throw new Error(`define subject: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return api;
}

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
