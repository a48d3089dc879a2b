import { UpcasterRegistry, UpcastingEventStore } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { produceComplianceReview } from '@era/licensing-compliance';
import { ALL_UPCASTERS } from '@era/projection-catalogue';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { MemorySampler } from './memory-sampler';
import { measure, ReplayFigures, ReplayJob } from './replay-rate';

export const REVIEW_MODES = ['review-one', 'review-all'] as const;
export type ReviewMode = (typeof REVIEW_MODES)[number];

export const isReviewJob = (job: ReplayJob): job is ReplayJob & { mode: ReviewMode } => (REVIEW_MODES as readonly string[]).includes(job.mode);

/**
 * Times `produceComplianceReview` as the API and the CLI run it: upcasting reads for the replay, the raw store for
 * verification, an SQLite temporary database as scratch. Documents all answer 'missing' (their re-hashing is the
 * document store's cost, not the log's).
 */
export async function runReviewJob(job: ReplayJob & { mode: ReviewMode }): Promise<ReplayFigures> {
  const rawEvents = new SqliteEventStore({ file: job.eventsFile });
  const events = new UpcastingEventStore(rawEvents, new UpcasterRegistry(ALL_UPCASTERS));
  const asOf = job.asOf ?? new Date().toISOString();
  try {
    const sampler = new MemorySampler();
    const { result: review, ...measured } = await measure(sampler, () =>
      produceComplianceReview(
        { events, rawEvents, documents: { check: async () => 'missing' }, openScratch: () => new SqliteReadStore({ file: '' }) },
        { asOf, effectiveOn: asOf.slice(0, 10), timeZone: 'UTC', provisional: false, ...(job.mode === 'review-one' && { licenceId: job.licenceId }) },
      ),
    );
    const { verification } = review;
    const ok = verification.ok && verification.seals.every((seal) => seal.ok);
    const auditLines = review.licences.reduce((sum, licence) => sum + licence.auditTrail.length, 0);
    return {
      mode: job.mode,
      events: verification.eventsCheckedUpToAsOf,
      perSecond: verification.eventsCheckedUpToAsOf / measured.seconds,
      ...measured,
      ok,
      detail:
        `${review.licences.length} licence(s), ${auditLines} audit lines, ${verification.eventsCheckedUpToAsOf} events verified ` +
        `(${ok ? 'ok' : 'FAILED'}), last position ${review.lastPositionIncluded}, digest ${review.reviewDigest}`,
    };
  } finally {
    await rawEvents.close();
  }
}
