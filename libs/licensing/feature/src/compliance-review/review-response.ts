import accepts from 'accepts';
import { IncomingMessage } from 'node:http';
import { ComplianceReview, renderReviewHtml, reviewJson, SealedComplianceReview } from '@era/licensing-compliance';
import { ReviewFormat } from './compliance-review.dto';

export interface ReviewResponse {
  setHeader(name: string, value: string): unknown;
}

/**
 * The review as the bytes the CLI prints too: JSON text built here (not by the framework's serialiser), or the
 * printable HTML page. `format` wins; otherwise content negotiation on Accept (quality values included), JSON
 * when the client has no preference. `Vary: Accept` keeps caches from serving one form for the other.
 */
export function reviewBody(
  review: ComplianceReview | SealedComplianceReview,
  format: ReviewFormat | undefined,
  accept: string | undefined,
  response: ReviewResponse,
): string {
  response.setHeader('X-Review-Digest', review.reviewDigest);
  response.setHeader('Vary', 'Accept');
  if ((format ?? (prefersHtml(accept) ? 'html' : 'json')) === 'html') {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    return renderReviewHtml(review);
  }
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  return reviewJson(review);
}

function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  return accepts({ headers: { accept } } as IncomingMessage).type(['application/json', 'text/html']) === 'text/html';
}
