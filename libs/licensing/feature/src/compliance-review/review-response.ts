import { createHash } from 'node:crypto';
import { ComplianceReview, renderReviewHtml, REVIEW_STYLE_ELEMENT_TEXT, reviewJson, SealedComplianceReview } from '@era/licensing-compliance';
import { negotiateFormat, strictPolicyWithStyleHashes } from '@era/platform';
import { REVIEW_MEDIA_TYPES, ReviewFormat } from './compliance-review.dto';

/** The strict policy, plus the review's own stylesheet (no scripts, nothing fetched). */
const REVIEW_PAGE_POLICY = strictPolicyWithStyleHashes(`sha256-${createHash('sha256').update(REVIEW_STYLE_ELEMENT_TEXT, 'utf8').digest('base64')}`);

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
    response.setHeader('Content-Security-Policy', REVIEW_PAGE_POLICY);
    return renderReviewHtml(review);
  }
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  return reviewJson(review);
}
