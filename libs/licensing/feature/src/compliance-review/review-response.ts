import { ComplianceReview, renderReviewHtml, reviewJson, SealedComplianceReview } from '@era/licensing-compliance';
import { ReviewFormat } from './compliance-review.dto';

export interface ReviewResponse {
  setHeader(name: string, value: string): unknown;
}

/**
 * The review as the bytes the CLI prints too: JSON text built here (not by the framework's serialiser), or the
 * printable HTML page. `format` wins; otherwise an Accept header that prefers text/html gets the page.
 */
export function reviewBody(
  review: ComplianceReview | SealedComplianceReview,
  format: ReviewFormat | undefined,
  accept: string | undefined,
  response: ReviewResponse,
): string {
  response.setHeader('X-Review-Digest', review.reviewDigest);
  if ((format ?? (prefersHtml(accept) ? 'html' : 'json')) === 'html') {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    return renderReviewHtml(review);
  }
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  return reviewJson(review);
}

function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const html = accept.indexOf('text/html');
  const json = accept.indexOf('application/json');
  return html !== -1 && (json === -1 || html < json);
}
