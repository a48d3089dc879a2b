import { startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { LICENSING_UPCASTERS } from '@era/licensing-domain';
import { licencesProjection } from '@era/projection-licences';
import { DOCUMENT_UPLOAD_ROUTE } from '../attach-document/upload-route';
import { ComplianceReviewModule } from '../compliance-review.module';
import { LicensingReadModule } from '../licensing-read.module';
import { LicensingWriteModule } from '../licensing-write.module';

/** The licensing API alone: its modules and its projection, over real SQLite and HTTP. */
export const startLicensingApi = (env: Record<string, string> = {}) =>
  startTestApi(
    {
      features: [LicensingWriteModule, LicensingReadModule, ComplianceReviewModule],
      projections: [licencesProjection],
      upcasters: LICENSING_UPCASTERS,
      rawBodyRoutes: [DOCUMENT_UPLOAD_ROUTE],
    },
    env,
  );

export const aLicence = (overrides: Record<string, unknown> = {}) => ({
  name: 'JSTOR Arts & Sciences I',
  licensor: 'ITHAKA',
  type: 'local',
  resourceIds: ['jstor-as1'],
  ...overrides,
});

export const aVersion = (overrides: Record<string, unknown> = {}) => ({
  kind: 'original',
  label: 'Signed agreement 2024',
  effectiveFrom: '2024-01-01',
  effectiveTo: null,
  terms: {
    'ill-electronic': { value: 'prohibited-explicit', internalNote: 'clause 4.2', publicNote: 'Electronic ILL is not allowed' },
    'concurrent-users': { value: 5 },
  },
  ...overrides,
});

/** A drafted licence with an original version, through the API; ids for the test to use. */
export async function licenceWithVersion(api: TestApi, version: Record<string, unknown> = {}): Promise<{ licenceId: string; versionId: string }> {
  const drafted = await api.http().post('/licences').set(api.as(TOKENS.associate)).send(aLicence());
  if (drafted.status !== 201) throw new Error(`draft: ${drafted.status} ${JSON.stringify(drafted.body)}`);
  const recorded = await api.http().post(`/licences/${drafted.body.id}/versions`).set(api.as(TOKENS.associate)).send(aVersion(version));
  if (recorded.status !== 201) throw new Error(`version: ${recorded.status} ${JSON.stringify(recorded.body)}`);
  return { licenceId: drafted.body.id, versionId: recorded.body.versionId };
}
