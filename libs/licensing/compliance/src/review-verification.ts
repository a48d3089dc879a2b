import { EventStore } from '@era/event-store';
import { checkLogContinuity, explicitHeadsOf, readLedgerSeals, SEAL_STREAM, verifyStreams } from '@era/ledger-integrity';
import { byText } from '@era/licensing-domain';
import { LicenceReview, ReviewIntegrityProblem, ReviewSealCheck, ReviewVerification } from './review-report';

/** Problems listed at most; a review with more has bigger worries than the length of its list. */
const MAX_PROBLEMS = 100;

export interface ReviewVerificationOptions {
  /**
   * Also verify every stream with this prefix that a seal recorded up to asOf names, found or not: in a review of all
   * licences, a sealed licence whose stream has since vanished (events and recorded head) is lost, not left out.
   */
  sealedStreamPrefix?: string;
}

/**
 * Verifies the given streams and the seal stream as they are stored now (the raw store: what was hashed), the seals
 * recorded up to asOf against them, and whether the whole log still holds every position it issued. Stored now, not
 * as of asOf: tampering done since must show. Yet everything else it reports depends only on what was recorded up to
 * asOf (the streams, the seals listed, the count of events), so that legitimate appends since, a new seal included,
 * leave a past review byte for byte the same. Reads only those streams (and the seals), however long the rest of
 * the log.
 */
export async function verifyReviewedStreams(
  rawEvents: EventStore,
  streamIds: readonly string[],
  asOf: string,
  options: ReviewVerificationOptions = {},
): Promise<ReviewVerification> {
  const asOfMs = Date.parse(asOf);
  const sealed = options.sealedStreamPrefix === undefined ? [] : await streamsSealedBy(rawEvents, options.sealedStreamPrefix, asOfMs);
  const streams = [...new Set([...streamIds, ...sealed, SEAL_STREAM])].sort(byText);
  let eventsCheckedUpToAsOf = 0;
  // Every problem, so that the ones listed are the first in the review's order, not the first found.
  const report = await verifyStreams(rawEvents, streams, {
    maxProblems: Infinity,
    onEvent: (event) => {
      if (Date.parse(event.metadata.recordedAt) <= asOfMs) eventsCheckedUpToAsOf += 1;
    },
  });
  // A deleted event may have been any stream's, the reviewed ones' included (a stream's tail cut along with its
  // recorded head leaves nothing in the stream to notice): so every review looks at the whole log, for one count.
  const gaps = await checkLogContinuity(rawEvents);
  const problems = new Map<string, ReviewIntegrityProblem>();
  for (const { kind, streamId, streamRevision, message } of [...report.problems, ...(gaps ? [gaps] : [])]) {
    problems.set(JSON.stringify([streamId, streamRevision, kind, message]), { kind, streamId, streamRevision, message });
  }
  const seals = report.seals.seals.map(({ digest, sealedThroughPosition, recordedAt, position, ok, sealedByDigestOnly }): ReviewSealCheck => ({
    digest,
    sealedThroughPosition,
    recordedAt,
    position,
    ok,
    ...(sealedByDigestOnly ? { sealedByDigestOnly } : {}),
  }));
  const listed = [...problems.values()]
    .sort((a, b) => byText(a.streamId, b.streamId) || a.streamRevision - b.streamRevision || byText(a.kind, b.kind) || byText(a.message, b.message))
    .slice(0, MAX_PROBLEMS);
  return {
    streams,
    ok: listed.length === 0,
    eventsCheckedUpToAsOf,
    problems: listed,
    seals: seals.filter((seal) => Date.parse(seal.recordedAt) <= asOfMs).sort((a, b) => a.position - b.position),
  };
}

/**
 * The streams with the prefix that the seals recorded up to asOf name (as those seals read now; verify judges them).
 * A seal lists the heads of small categories only (licences are few); a category sealed by digest only names none.
 */
async function streamsSealedBy(rawEvents: EventStore, prefix: string, asOfMs: number): Promise<string[]> {
  const streams = new Set<string>();
  for await (const { seal, recordedAt } of readLedgerSeals(rawEvents)) {
    if (!(Date.parse(recordedAt) <= asOfMs)) continue;
    for (const head of explicitHeadsOf(seal)) {
      if (typeof head?.streamId === 'string' && head.streamId.startsWith(prefix)) streams.add(head.streamId);
    }
  }
  return [...streams];
}

/** Whether the review found anything altered: the event log, a seal, or a signed document's stored bytes. */
export function reviewFindsTampering(review: { verification: ReviewVerification; licences: readonly LicenceReview[] }): boolean {
  if (!review.verification.ok || review.verification.seals.some((seal) => !seal.ok)) return true;
  return review.licences.some((licence) => licence.versions.some((version) => version.documents.some((document) => document.integrity !== 'intact')));
}
