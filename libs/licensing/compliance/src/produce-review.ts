import { DocumentStore } from '@era/document-store';
import { EventLoopTurns, EventStore } from '@era/event-store';
import { byText, LICENCE_STREAM_PREFIX, licenceStream, VOCABULARY_STREAM } from '@era/licensing-domain';
import { ProjectionView, ReplayLimit, replayProjection } from '@era/projection-engine';
import { LICENCE_COLLECTIONS, LicenceChangeDocument, LicenceDocument, licencesProjection, TermDocument } from '@era/projection-licences';
import { ReadDocument, ReadStore } from '@era/read-store';
import { buildLicenceReview } from './build-licence-review';
import { ReviewPoint } from './review-as-of';
import { withDigest } from './review-digest';
import { ComplianceReview, COMPLIANCE_REVIEW_FORMAT, DocumentIntegrity } from './review-report';
import { verifyReviewedStreams } from './review-verification';

/** Where a review reads from: the same ports in the API and the CLI, so both produce the same bytes. */
export interface ReviewSources {
  /** The log as everything reads it (old shapes upcast). */
  events: EventStore;
  /** The log exactly as stored: for verification. */
  rawEvents: EventStore;
  documents: Pick<DocumentStore, 'check'>;
  /** Throwaway storage for the replay; closed when the review is done. */
  openScratch: () => ReadStore;
}

export interface ReviewRequest extends ReviewPoint {
  /** One licence, or every licence known at asOf when absent. */
  licenceId?: string;
}

/** The licence asked for had not been drafted by asOf (or never was). */
export class LicenceNotReviewableError extends Error {
  override readonly name = 'LicenceNotReviewableError';
  constructor(
    readonly licenceId: string,
    asOf: string,
  ) {
    super(`licence ${licenceId} was not on record as of ${asOf}`);
  }
}

/**
 * A compliance review: replays the licence and vocabulary streams up to asOf into throwaway read models, builds the
 * report from them, checks each signed document's stored bytes and verifies the streams involved as stored now
 * (and the whole log's continuity). The replay takes events by recordedAt (on SQLite, in log order up to the first
 * recorded after asOf), so an event back-dated into the past could change it: the verification reports such an
 * event (recorded out of order, or before a seal it follows).
 */
export async function produceComplianceReview(sources: ReviewSources, request: ReviewRequest): Promise<ComplianceReview> {
  const scratch = sources.openScratch();
  try {
    const streams = await streamsToReplay(sources.events, request.licenceId);
    const replayed = await replayProjection(sources.events, scratch, licencesProjection, { untilRecordedAt: request.asOf, ...streams });
    const licences = await licencesOf(replayed.view, request);
    const [changes, vocabulary] = await Promise.all([changesOf(replayed.view, licences), vocabularyOf(replayed.view)]);
    const integrity = await integrityOf(sources.documents, licences);
    // Hundreds of licences take seconds to build: in slices, so that /health and writes answer meanwhile.
    const turns = new EventLoopTurns();
    const reviews = [];
    for (const licence of licences) {
      if (turns.due()) await turns.give();
      reviews.push(
        buildLicenceReview({
          licence,
          changes: changes.get(licence.licenceId) ?? [],
          vocabulary,
          effectiveOn: request.effectiveOn,
          integrityOf: (sha256) => integrity.get(sha256) ?? 'missing',
        }),
      );
    }
    const verification = await verifyReviewedStreams(
      sources.rawEvents,
      [...licences.map((licence) => licenceStream(licence.licenceId)), VOCABULARY_STREAM],
      request.asOf,
      // All licences: those sealed by asOf too, so that one whose stream vanished is reported lost, not left out.
      request.licenceId === undefined ? { sealedStreamPrefix: LICENCE_STREAM_PREFIX } : {},
    );
    return withDigest({
      format: COMPLIANCE_REVIEW_FORMAT,
      licenceId: request.licenceId ?? null,
      asOf: request.asOf,
      effectiveOn: request.effectiveOn,
      timeZone: request.timeZone,
      provisional: request.provisional,
      lastPositionIncluded: replayed.position,
      licences: reviews,
      verification,
    });
  } finally {
    await scratch.close();
  }
}

/**
 * The licence and vocabulary streams, read one by one so that a review costs what they hold, not what the log holds.
 * All licences are listed from the store's record of stream heads; a store without one (EventStoreDB) is walked with
 * a prefix filter instead.
 */
async function streamsToReplay(events: EventStore, licenceId: string | undefined): Promise<Pick<ReplayLimit, 'streams' | 'filter'>> {
  if (licenceId !== undefined) return { streams: [licenceStream(licenceId), VOCABULARY_STREAM] };
  if (!events.streamHeads) return { filter: { streamPrefixes: [LICENCE_STREAM_PREFIX, VOCABULARY_STREAM] } };
  const streams: string[] = [];
  for await (const head of events.streamHeads({ streamPrefix: LICENCE_STREAM_PREFIX })) {
    // An adapter may ignore the prefix and list every head.
    if (head.streamId.startsWith(LICENCE_STREAM_PREFIX)) streams.push(head.streamId);
  }
  return { streams: [...streams, VOCABULARY_STREAM] };
}

async function licencesOf(view: ProjectionView, request: ReviewRequest): Promise<LicenceDocument[]> {
  if (request.licenceId !== undefined) {
    const licence = await view.get<LicenceDocument & ReadDocument>(LICENCE_COLLECTIONS.licences, request.licenceId);
    if (!licence) throw new LicenceNotReviewableError(request.licenceId, request.asOf);
    return [licence];
  }
  const all: LicenceDocument[] = [];
  for await (const licence of view.findAll<LicenceDocument & ReadDocument>(LICENCE_COLLECTIONS.licences)) all.push(licence);
  return all.sort((a, b) => byText(a.name, b.name) || byText(a.licenceId, b.licenceId));
}

async function changesOf(view: ProjectionView, licences: readonly LicenceDocument[]): Promise<Map<string, LicenceChangeDocument[]>> {
  const byLicence = new Map<string, LicenceChangeDocument[]>(licences.map((licence) => [licence.licenceId, []]));
  // Ids sort in log order; the scratch store holds nothing recorded after asOf.
  for await (const change of view.findAll<LicenceChangeDocument & ReadDocument>(LICENCE_COLLECTIONS.changes)) {
    byLicence.get(change.licenceId)?.push(change);
  }
  return byLicence;
}

async function vocabularyOf(view: ProjectionView): Promise<Map<string, TermDocument>> {
  const terms = new Map<string, TermDocument>();
  for await (const term of view.findAll<TermDocument & ReadDocument>(LICENCE_COLLECTIONS.terms)) terms.set(term.key, term);
  return terms;
}

/** Each stored document re-hashed once, however many versions name it. */
async function integrityOf(documents: Pick<DocumentStore, 'check'>, licences: readonly LicenceDocument[]): Promise<Map<string, DocumentIntegrity>> {
  const hashes = [...new Set(licences.flatMap((licence) => licence.versions.flatMap((version) => version.documents.map((document) => document.sha256))))].sort(
    byText,
  );
  const results = new Map<string, DocumentIntegrity>();
  for (const sha256 of hashes) results.set(sha256, await documents.check(sha256));
  return results;
}
