import { ProjectionDefinition } from '@era/projection-engine';
import { deskInquiriesProjection } from '@era/projection-desk-inquiries';
import { deskStatisticsProjection } from '@era/projection-desk-statistics';
import { licencesProjection } from '@era/projection-licences';

/** Every projection the service maintains: the API, the projector and the CLI all run this list. */
export const ALL_PROJECTIONS: readonly ProjectionDefinition[] = [deskStatisticsProjection, deskInquiriesProjection, licencesProjection];

export function findProjection(name: string): ProjectionDefinition | undefined {
  return ALL_PROJECTIONS.find((projection) => projection.name === name);
}
