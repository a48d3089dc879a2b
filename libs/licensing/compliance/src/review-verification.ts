import { EventStore, SEAL_STREAM, verifyEventStore } from '@era/event-store';
import { byText } from './build-licence-review';
import { LicenceReview, ReviewIntegrityProblem, ReviewSealCheck, ReviewVerification } from './review-report';

/** Problems listed at most; a review with more has bigger worries than the length of its list. */
const MAX_PROBLEMS = 100;
/**
 * Streams verified per walk of the log: the SQLite adapter filters on one condition per prefix, and SQLite refuses
 * an expression deeper than 1000, so a review of thousands of licences walks the log in several filtered passes.
 */
export const STREAMS_PER_WALK = 400;

/**
 * Verifies the given streams and the seal stream as they are stored now (the raw store: what was hashed), and the
 * seals recorded up to asOf against them. Stored now, not as of asOf: tampering done since must show.
 */
export async function verifyReviewedStreams(
  rawEvents: EventStore,
  streamIds: readonly string[],
  asOf: string,
  streamsPerWalk = STREAMS_PER_WALK,
): Promise<ReviewVerification> {
  const streams = [...new Set([...streamIds, SEAL_STREAM])].sort(byText);
  // Prefixes could also take in a longer id sharing one; the review speaks for exactly its streams.
  const reviewed = new Set(streams);
  const problems = new Map<string, ReviewIntegrityProblem>();
  const seals = new Map<number, ReviewSealCheck>();
  let eventsChecked = 0;
  for (let start = 0; start < streams.length; start += streamsPerWalk) {
    const report = await verifyEventStore(rawEvents, { streamPrefixes: streams.slice(start, start + streamsPerWalk), maxProblems: MAX_PROBLEMS });
    eventsChecked += report.eventsChecked;
    for (const { kind, streamId, streamRevision, message } of report.problems) {
      // A seal that does not match its own digest is reported by every walk: once is enough.
      if (reviewed.has(streamId)) problems.set(JSON.stringify([streamId, streamRevision, kind, message]), { kind, streamId, streamRevision, message });
    }
    // Each walk checks the seals against its own streams: a seal holds when it holds for all of them.
    for (const { digest, sealedThroughPosition, recordedAt, position, ok } of report.seals.seals) {
      seals.set(position, { digest, sealedThroughPosition, recordedAt, position, ok: ok && (seals.get(position)?.ok ?? true) });
    }
  }
  const asOfMs = Date.parse(asOf);
  const listed = [...problems.values()]
    .sort((a, b) => byText(a.streamId, b.streamId) || a.streamRevision - b.streamRevision || byText(a.kind, b.kind) || byText(a.message, b.message))
    .slice(0, MAX_PROBLEMS);
  return {
    streams,
    ok: listed.length === 0,
    eventsChecked,
    problems: listed,
    seals: [...seals.values()].filter((seal) => Date.parse(seal.recordedAt) <= asOfMs).sort((a, b) => a.position - b.position),
  };
}

/** Whether the review found anything altered: the event log, a seal, or a signed document's stored bytes. */
export function reviewFindsTampering(review: { verification: ReviewVerification; licences: readonly LicenceReview[] }): boolean {
  if (!review.verification.ok || review.verification.seals.some((seal) => !seal.ok)) return true;
  return review.licences.some((licence) => licence.versions.some((version) => version.documents.some((document) => document.integrity !== 'intact')));
}
