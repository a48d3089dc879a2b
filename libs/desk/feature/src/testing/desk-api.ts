import { startTestApi } from '@era/api-testing';
import { DESK_UPCASTERS } from '@era/desk-domain';
import { deskInquiriesProjection } from '@era/projection-desk-inquiries';
import { deskStatisticsProjection } from '@era/projection-desk-statistics';
import { DeskModule } from '../desk.module';

/** The desk API alone: its module and its projections, over real SQLite and HTTP. */
export const startDeskApi = (env: Record<string, string> = {}) =>
  startTestApi({ features: [DeskModule], projections: [deskStatisticsProjection, deskInquiriesProjection], upcasters: DESK_UPCASTERS }, env);

export const anInquiry = (overrides: Record<string, unknown> = {}) => ({
  location: 'main-desk',
  channel: 'in-person',
  questionType: 'reference',
  readLevel: 3,
  durationMinutes: 10,
  occurredAt: '2026-03-02T10:15:00Z',
  ...overrides,
});
