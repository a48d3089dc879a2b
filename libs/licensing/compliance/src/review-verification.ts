import { EventStore, SEAL_STREAM, verifyStreams } from '@era/event-store';
import { byText } from './build-licence-review';
import { LicenceReview, ReviewIntegrityProblem, ReviewSealCheck, ReviewVerification } from './review-report';

/** Problems listed at most; a review with more has bigger worries than the length of its list. */
const MAX_PROBLEMS = 100;

/**
 * Verifies the given streams and the seal stream as they are stored now (the raw store: what was hashed), and the
 * seals recorded up to asOf against them. Stored now, not as of asOf: tampering done since must show. Reads only
 * those streams (and the seals), however long the rest of the log.
 *
 * `_streamsPerWalk` is no longer used: verification once walked the log in filtered passes of that many streams.
 */
export async function verifyReviewedStreams(
  rawEvents: EventStore,
  streamIds: readonly string[],
  asOf: string,
  _streamsPerWalk?: number,
): Promise<ReviewVerification> {
  const streams = [...new Set([...streamIds, SEAL_STREAM])].sort(byText);
  // Every problem, so that the ones listed are the first in the review's order, not the first found.
  const report = await verifyStreams(rawEvents, streams, { maxProblems: Infinity });
  const problems = new Map<string, ReviewIntegrityProblem>();
  for (const { kind, streamId, streamRevision, message } of report.problems) {
    problems.set(JSON.stringify([streamId, streamRevision, kind, message]), { kind, streamId, streamRevision, message });
  }
  const seals = report.seals.seals.map(({ digest, sealedThroughPosition, recordedAt, position, ok }): ReviewSealCheck => ({ digest, sealedThroughPosition, recordedAt, position, ok }));
  const eventsChecked = report.eventsChecked;
  const asOfMs = Date.parse(asOf);
  const listed = [...problems.values()]
    .sort((a, b) => byText(a.streamId, b.streamId) || a.streamRevision - b.streamRevision || byText(a.kind, b.kind) || byText(a.message, b.message))
    .slice(0, MAX_PROBLEMS);
  return {
    streams,
    ok: listed.length === 0,
    eventsChecked,
    problems: listed,
    seals: seals.filter((seal) => Date.parse(seal.recordedAt) <= asOfMs).sort((a, b) => a.position - b.position),
  };
}

/** Whether the review found anything altered: the event log, a seal, or a signed document's stored bytes. */
export function reviewFindsTampering(review: { verification: ReviewVerification; licences: readonly LicenceReview[] }): boolean {
  if (!review.verification.ok || review.verification.seals.some((seal) => !seal.ok)) return true;
  return review.licences.some((licence) => licence.versions.some((version) => version.documents.some((document) => document.integrity !== 'intact')));
}
