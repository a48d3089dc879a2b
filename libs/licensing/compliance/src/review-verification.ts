import { EventStore, SEAL_STREAM, verifyEventStore } from '@era/event-store';
import { byText } from './build-licence-review';
import { LicenceReview, ReviewIntegrityProblem, ReviewSealCheck, ReviewVerification } from './review-report';

/** Problems listed at most; a review with more has bigger worries than the length of its list. */
const MAX_PROBLEMS = 100;

/**
 * Verifies the given streams and the seal stream as they are stored now (the raw store: what was hashed), and the
 * seals recorded up to asOf against them. Stored now, not as of asOf: tampering done since must show.
 */
export async function verifyReviewedStreams(rawEvents: EventStore, streamIds: readonly string[], asOf: string): Promise<ReviewVerification> {
  const streams = [...new Set([...streamIds, SEAL_STREAM])].sort(byText);
  const report = await verifyEventStore(rawEvents, { streamPrefixes: streams, maxProblems: MAX_PROBLEMS });
  // Prefixes could also take in a longer id sharing one; the review speaks for exactly its streams.
  const reviewed = new Set(streams);
  const problems: ReviewIntegrityProblem[] = report.problems
    .filter((problem) => reviewed.has(problem.streamId))
    .map(({ kind, streamId, streamRevision, message }) => ({ kind, streamId, streamRevision, message }))
    .sort((a, b) => byText(a.streamId, b.streamId) || a.streamRevision - b.streamRevision || byText(a.kind, b.kind) || byText(a.message, b.message));
  const asOfMs = Date.parse(asOf);
  const seals: ReviewSealCheck[] = report.seals.seals
    .filter((seal) => Date.parse(seal.recordedAt) <= asOfMs)
    .map(({ digest, sealedThroughPosition, recordedAt, position, ok }) => ({ digest, sealedThroughPosition, recordedAt, position, ok }))
    .sort((a, b) => a.position - b.position);
  return { streams, ok: problems.length === 0, eventsChecked: report.eventsChecked, problems, seals };
}

/** Whether the review found anything altered: the event log, a seal, or a signed document's stored bytes. */
export function reviewFindsTampering(review: { verification: ReviewVerification; licences: readonly LicenceReview[] }): boolean {
  if (!review.verification.ok || review.verification.seals.some((seal) => !seal.ok)) return true;
  return review.licences.some((licence) => licence.versions.some((version) => version.documents.some((document) => document.integrity !== 'intact')));
}
