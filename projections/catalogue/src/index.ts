import { Upcaster } from '@era/decider';
import { CIRCULATION_UPCASTERS } from '@era/circulation-domain';
import { DESK_UPCASTERS } from '@era/desk-domain';
import { E_RESOURCES_UPCASTERS } from '@era/e-resources-domain';
import { LICENSING_UPCASTERS } from '@era/licensing-domain';
import { ProjectionDefinition } from '@era/projection-engine';
import { deskInquiriesProjection } from '@era/projection-desk-inquiries';
import { deskStatisticsProjection } from '@era/projection-desk-statistics';
import { eResourceAuditTrailProjection } from '@era/projection-e-resource-audit-trail';
import { licencesProjection } from '@era/projection-licences';
import { eResourceRegisterProjection } from '@era/projection-e-resource-register';
import { eResourceAccessProjection } from '@era/projection-e-resource-access';
import { azProjection } from '@era/projection-a-z';
import { circulationLoansProjection } from '@era/projection-circulation-loans';
import { circulationHoldsProjection } from '@era/projection-circulation-holds';
import { circulationLoanHistoryProjection } from '@era/projection-circulation-loan-history';
import { circulationOverridesProjection } from '@era/projection-circulation-overrides';
import { circulationStatisticsProjection } from '@era/projection-circulation-statistics';
import { circulationFeeFinesProjection } from '@era/projection-circulation-fee-fines';
import { circulationBorrowersProjection } from '@era/projection-circulation-borrowers';
import { titleAzProjection } from '@era/projection-title-a-z';

/** Every projection the service maintains: the API, the projector and the CLI all run this list. */
export const ALL_PROJECTIONS: readonly ProjectionDefinition[] = [
  deskStatisticsProjection,
  deskInquiriesProjection,
  licencesProjection,
  eResourceRegisterProjection,
  eResourceAccessProjection,
  azProjection,
  eResourceAuditTrailProjection,
  circulationLoansProjection,
  circulationHoldsProjection,
  circulationLoanHistoryProjection,
  circulationOverridesProjection,
  circulationStatisticsProjection,
  circulationFeeFinesProjection,
  circulationBorrowersProjection,
  titleAzProjection,
];

/**
 * Every area's upcasters: whatever reads events for their meaning (the API, the projector, the CLI's replay, review
 * and projection commands, the bench's review) reads through all of them. Verification and sealing read the raw log.
 */
export const ALL_UPCASTERS: readonly Upcaster[] = [...DESK_UPCASTERS, ...LICENSING_UPCASTERS, ...E_RESOURCES_UPCASTERS, ...CIRCULATION_UPCASTERS];

export function findProjection(name: string): ProjectionDefinition | undefined {
  return ALL_PROJECTIONS.find((projection) => projection.name === name);
}
