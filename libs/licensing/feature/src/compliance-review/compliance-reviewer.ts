import { Inject, Injectable } from '@nestjs/common';
import { DocumentStore } from '@era/document-store';
import { EventStore } from '@era/event-store';
import { ComplianceReview, LicenceNotReviewableError, produceComplianceReview, ReviewInputError, ReviewPoint, reviewPointOf } from '@era/licensing-compliance';
import { licenceStream } from '@era/licensing-domain';
import { APP_CONFIG, AppConfig, DOCUMENT_STORE, DomainRefusal, EVENT_STORE, openScratchReadStore, RAW_EVENT_STORE } from '@era/platform';

/** Produces compliance reviews from the stores this process has, the way the CLI does from its own. */
@Injectable()
export class ComplianceReviewer {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(RAW_EVENT_STORE) private readonly rawEvents: EventStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The asOf read in the library's zone; 400 when it is no date or instant, or lies in the future. */
  pointOf(asOf: string, effectiveOn?: string): ReviewPoint {
    try {
      return reviewPointOf(asOf, this.config.timeZone, { effectiveOn });
    } catch (error) {
      if (error instanceof ReviewInputError) throw new DomainRefusal(400, 'invalid-review-point', error.message);
      throw error;
    }
  }

  /** 404 unless the licence had been drafted by asOf: checked before anything is appended for the review. */
  async assertReviewable(point: ReviewPoint, licenceId: string | undefined): Promise<void> {
    if (licenceId === undefined) return;
    for await (const first of this.events.readStream(licenceStream(licenceId), { maxCount: 1 })) {
      if (Date.parse(first.metadata.recordedAt) <= Date.parse(point.asOf)) return;
    }
    throw notReviewable(new LicenceNotReviewableError(licenceId, point.asOf));
  }

  async review(point: ReviewPoint, licenceId: string | undefined): Promise<ComplianceReview> {
    try {
      return await produceComplianceReview(
        { events: this.events, rawEvents: this.rawEvents, documents: this.documents, openScratch: openScratchReadStore },
        { ...point, licenceId },
      );
    } catch (error) {
      if (error instanceof LicenceNotReviewableError) throw notReviewable(error);
      throw error;
    }
  }
}

const notReviewable = (error: LicenceNotReviewableError) => new DomainRefusal(404, 'licence-not-found', error.message);
