import { startTestApi } from '@era/api-testing';
import { CIRCULATION_UPCASTERS } from '@era/circulation-domain';
import { circulationLoansProjection } from '@era/projection-circulation-loans';
import { circulationHoldsProjection } from '@era/projection-circulation-holds';
import { circulationLoanHistoryProjection } from '@era/projection-circulation-loan-history';
import { circulationOverridesProjection } from '@era/projection-circulation-overrides';
import { circulationStatisticsProjection } from '@era/projection-circulation-statistics';
import { circulationFeeFinesProjection } from '@era/projection-circulation-fee-fines';
import { circulationBorrowersProjection } from '@era/projection-circulation-borrowers';
import { ProjectionDefinition } from '@era/projection-engine';
import { CIRCULATION_MODULES } from '../circulation-modules';

/** Every circulation projection, for the area's test API (each slice adds its projections here). */
export const CIRCULATION_PROJECTIONS: readonly ProjectionDefinition[] = [
  circulationLoansProjection,
  circulationHoldsProjection,
  circulationLoanHistoryProjection,
  circulationOverridesProjection,
  circulationStatisticsProjection,
  circulationFeeFinesProjection,
  circulationBorrowersProjection,
];

/** The circulation API alone: its modules and projections, over real SQLite and HTTP. */
export const startCirculationApi = (env: Record<string, string> = {}) =>
  startTestApi({ features: CIRCULATION_MODULES, projections: CIRCULATION_PROJECTIONS, upcasters: CIRCULATION_UPCASTERS }, env);
