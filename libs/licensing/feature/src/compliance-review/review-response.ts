import { ComplianceReview, renderReviewHtml, reviewJson, SealedComplianceReview } from '@era/licensing-compliance';
import { negotiateFormat } from '@era/platform';
import { REVIEW_MEDIA_TYPES, ReviewFormat } from './compliance-review.dto';

export interface ReviewResponse {
  setHeader(name: string, value: string): unknown;
}

/**
 * The review as the bytes the CLI prints too: JSON text built here (not by the framework's serialiser), or the
 * printable HTML page, as `format` or else the Accept header asks (JSON when the client has no preference).
 */
export function reviewBody(
  review: ComplianceReview | SealedComplianceReview,
  format: ReviewFormat | undefined,
  accept: string | undefined,
  response: ReviewResponse,
): string {
  response.setHeader('X-Review-Digest', review.reviewDigest);
  if (negotiateFormat(REVIEW_MEDIA_TYPES, { format, accept }, response) === 'html') {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    return renderReviewHtml(review);
  }
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  return reviewJson(review);
}
