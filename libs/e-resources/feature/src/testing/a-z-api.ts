import { Module } from '@nestjs/common';
import { startTestApi } from '@era/api-testing';
import { AppendMetadata } from '@era/event-store';
import { EResourceEvent, eResourceStream, EResourceRegistered } from '@era/e-resources-domain';
import { azProjection } from '@era/projection-a-z';
import { eResourceRegisterProjection } from '@era/projection-e-resource-register';
import { AzModule } from '../a-z.module';
import { EResourcesWriteModule } from '../e-resources-write.module';

@Module({ imports: [AzModule.register()] })
class AzTestModule {}

/** The A-Z reads alone, on their projection, over real SQLite and HTTP. */
export const startAzApi = (env: Record<string, string> = {}) =>
  startTestApi({ features: [AzTestModule], projections: [azProjection, eResourceRegisterProjection], upcasters: [] }, env);

/** The A-Z reads with the e-resource writes: the list as the associate's requests make it. */
export const startAzWithWritesApi = (env: Record<string, string> = {}) =>
  startTestApi({ features: [EResourcesWriteModule, AzTestModule], projections: [azProjection, eResourceRegisterProjection], upcasters: [] }, env);

export const associateMetadata: AppendMetadata = {
  actor: { id: 's-associate', role: 'associate' },
  correlationId: 'c-a-z',
  causationId: 'c-a-z',
  source: 'api',
};

/** A registration with every field a test does not name filled in. */
export const aRegistration = (resourceId: string, name: string, extra: Partial<EResourceRegistered> = {}): EResourceEvent => ({
  type: 'EResourceRegistered',
  data: {
    resourceId,
    name,
    alternateNames: [],
    formerNames: [],
    resourceType: 'database',
    subjects: [],
    accessUrl: `https://${resourceId}.example.com/`,
    proxied: false,
    hidden: false,
    ...extra,
  },
});

export const streamOf = (event: EResourceEvent) => eResourceStream(event.data.resourceId);
