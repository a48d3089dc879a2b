import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { ComplianceReview, SealedComplianceReview } from './review-report';

export type UndigestedReview = Omit<ComplianceReview, 'reviewDigest'>;

/** SHA-256 hex of the RFC 8785 canonical JSON of the review without its digest (and without a seal section). */
export function reviewDigestOf(review: UndigestedReview | ComplianceReview | SealedComplianceReview): string {
  const { reviewDigest: _digest, seal: _seal, ...content } = review as Partial<SealedComplianceReview>;
  const canonical = canonicalize(content);
  if (canonical === undefined) throw new Error('the review cannot be canonicalised');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The review with its digest as the last field. */
export function withDigest(review: UndigestedReview): ComplianceReview {
  return { ...review, reviewDigest: reviewDigestOf(review) };
}

/**
 * The review as JSON text, the same bytes from the API and the CLI: two-space indented, fields in the order the
 * builder set them (always the same), ending with a newline.
 */
export function reviewJson(review: ComplianceReview | SealedComplianceReview): string {
  return `${JSON.stringify(review, null, 2)}\n`;
}
