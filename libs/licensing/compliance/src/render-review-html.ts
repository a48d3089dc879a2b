import { LocalCalendar } from '@era/calendar';
import { Html, html } from '@era/html';
import {
  AuditLine,
  ComplianceReview,
  LicenceReview,
  ReviewDocument,
  ReviewReference,
  ReviewEffectiveTerm,
  ReviewIntegrityProblem,
  ReviewSeal,
  ReviewSignature,
  ReviewTermValue,
  ReviewVerification,
  ReviewVersion,
  SealedComplianceReview,
} from './review-report';
import { REVIEW_STYLE_ELEMENT_TEXT } from './review-styles';

const UNCONFIRMED = html`<span class="unconfirmed">UNCONFIRMED</span>`;
const CONFIRMED = html`<span class="confirmed">confirmed</span>`;
const WITHDRAWN = html`<span class="withdrawn">WITHDRAWN</span>`;
const DETACHED = html`<span class="withdrawn">DETACHED</span>`;

/**
 * The review as one self-contained, printable HTML page (inline CSS, no scripts, nothing fetched): verification
 * failures first in a red box, unconfirmed versions and terms marked UNCONFIRMED, versions withdrawn and documents
 * detached by mistake marked so (with who, when and why), the digest in the footer. Every
 * dynamic string goes through `html`, which escapes it. The same review gives the same bytes.
 */
export function renderReviewHtml(review: ComplianceReview | SealedComplianceReview): string {
  const seal = 'seal' in review ? review.seal : undefined;
  const scope = review.licenceId === null ? 'All licences' : `Licence ${review.licenceId}`;
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Licence compliance review as of ${review.asOf}</title>
<style>${new Html(REVIEW_STYLE_ELEMENT_TEXT)}</style>
</head>
<body>
<header>
<h1>Licence compliance review</h1>
<dl class="facts">
<dt>Scope</dt><dd>${scope}</dd>
<dt>As recorded by</dt><dd>${new LocalCalendar(review.timeZone).wallClockOf(review.asOf)} ${review.timeZone} (${review.asOf})${review.provisional ? html` <span class="unconfirmed">PROVISIONAL: the day has not ended; later entries today will change this review</span>` : ''}</dd>
<dt>Terms effective on</dt><dd>${review.effectiveOn} (time zone ${review.timeZone})</dd>
<dt>Last event included</dt><dd>global position ${review.lastPositionIncluded}</dd>
</dl>
</header>
${alerts(review)}${seal ? sealSection(seal) : ''}<main>
${review.licences.length > 0 ? review.licences.map((licence) => licenceSection(licence, review.effectiveOn)) : html`<p class="notice">No licence was on record as of ${review.asOf}.</p>\n`}${verificationSection(review.verification)}</main>
<footer>
<p>Review digest (SHA-256 of the canonical JSON of this review, RFC 8785, without the digest): <code class="digest">${review.reviewDigest}</code></p>
<p>Format ${review.format}. Producing this review again as of the same instant gives the same digest while nothing stored has been altered.</p>
</footer>
</body>
</html>
`;
  return page.markup;
}

/** Everything that should stop a reader: tampering, a document whose bytes changed or vanished, a broken seal. */
function alerts(review: ComplianceReview): Html | string {
  const { verification } = review;
  const badDocuments = review.licences.flatMap((licence) =>
    licence.versions.flatMap((version) =>
      version.documents.filter((document) => document.integrity !== 'intact').map((document) => ({ licence, version, document })),
    ),
  );
  const brokenSeals = verification.seals.filter((seal) => !seal.ok);
  if (verification.ok && badDocuments.length === 0 && brokenSeals.length === 0) return '';
  return html`<section class="alert" role="alert">
<h2>Verification failed</h2>
${
  verification.ok
    ? ''
    : html`<p>The stored event log of the streams reviewed has been altered since it was written: this review cannot be relied on.</p>
<ul>
${verification.problems.map((problem) => html`<li><strong>${problem.streamId}</strong>${revisionOf(problem)} (${problem.kind}): ${problem.message}</li>\n`)}</ul>
`
}${
    brokenSeals.length === 0
      ? ''
      : html`<p>Ledger seals that no longer hold:</p>
<ul>
${brokenSeals.map((seal) => html`<li>seal <code>${seal.digest}</code> recorded ${seal.recordedAt} (position ${seal.position})</li>\n`)}</ul>
`
  }${
    badDocuments.length === 0
      ? ''
      : html`<p>Signed documents whose stored bytes no longer match their SHA-256:</p>
<ul>
${badDocuments.map(
  ({ licence, version, document }) =>
    html`<li><strong>${document.integrity.toUpperCase()}</strong>: ${document.fileName} (<code>${document.sha256}</code>), ${licence.name}, version ${version.label}</li>\n`,
)}</ul>
`
  }</section>
`;
}

function sealSection(seal: ReviewSeal): Html {
  return html`<section class="seal">
<h2>Ledger sealed before this review</h2>
<p>Keep this digest outside the system: <code class="digest">${seal.digest}</code></p>
<p>It seals the head of each of ${seal.streamCount} streams through global position ${seal.sealedThroughPosition}.</p>
</section>
`;
}

function licenceSection(licence: LicenceReview, effectiveOn: string): Html {
  return html`<section class="licence">
<h2>${licence.name}</h2>
<dl class="facts">
<dt>Licence id</dt><dd><code>${licence.licenceId}</code></dd>
<dt>Licensor</dt><dd>${licence.licensor ?? 'none named'}</dd>
<dt>Type</dt><dd>${licence.type}${licence.consortium === null ? '' : html` (consortium: ${licence.consortium})`}</dd>
<dt>Status</dt><dd>${licence.status}</dd>
<dt>E-resources</dt><dd>${licence.resourceIds.length > 0 ? licence.resourceIds.join(', ') : 'none'}</dd>
</dl>
<h3>Terms in force on ${effectiveOn}</h3>
${effectiveTerms(licence, effectiveOn)}<h3>Versions</h3>
${licence.versions.length > 0 ? licence.versions.map(versionArticle) : html`<p class="notice">No version recorded.</p>\n`}<h3>Audit trail</h3>
${auditTrail(licence.auditTrail)}</section>
`;
}

function effectiveTerms(licence: LicenceReview, effectiveOn: string): Html {
  if (!licence.inForce) return html`<p class="notice">Not in force on ${effectiveOn}: no original agreement or renewal covers that date.</p>\n`;
  if (licence.effectiveTerms.length === 0) return html`<p class="notice">No term values recorded.</p>\n`;
  return html`<table>
<thead><tr><th>Term</th><th>Value</th><th>Public note</th><th>Internal note</th><th>From version</th><th>Confirmation</th></tr></thead>
<tbody>
${licence.effectiveTerms.map(effectiveTermRow)}</tbody>
</table>
`;
}

function effectiveTermRow(term: ReviewEffectiveTerm): Html {
  return html`<tr${term.confirmed ? '' : html` class="unconfirmed-row"`}><td>${term.label}</td><td>${valueCell(term)}</td><td>${term.publicNote}</td><td>${term.internalNote}</td><td>${term.version.label} (${term.version.kind})</td><td>${term.confirmed ? CONFIRMED : UNCONFIRMED}</td></tr>\n`;
}

const INTERNAL = html`<span class="internal">Internal</span>`;

/** The value's label, its stored code where that differs, and the mark of a value for licence staff only. */
function valueCell(term: ReviewTermValue): Html {
  const code = term.value === null || term.valueLabel === String(term.value) ? '' : html` <code>${String(term.value)}</code>`;
  return html`${term.valueLabel}${code}${term.internal ? html` ${INTERNAL}` : ''}`;
}

function versionArticle(version: ReviewVersion): Html {
  const effectiveTo = version.effectiveTo ?? (version.endDateSemantics === 'implicit' ? 'an implied end' : 'open end');
  const shown = version.withdrawn ? ' withdrawn-version' : version.confirmed ? '' : ' unconfirmed-version';
  return html`<article class="version${shown}">
<h4>${version.label} <span class="kind">${version.kind}</span> ${version.confirmed ? CONFIRMED : UNCONFIRMED}${version.withdrawn ? html` ${WITHDRAWN}` : ''}</h4>
<dl class="facts">
<dt>Version id</dt><dd><code>${version.versionId}</code></dd>
<dt>Effective</dt><dd>${version.effectiveFrom ?? 'a start not stated (effective date unknown)'} to ${effectiveTo}</dd>${
    version.status === null
      ? ''
      : html`
<dt>Amendment status</dt><dd>${version.status}</dd>`
  }${
    version.description === null
      ? ''
      : html`
<dt>Description</dt><dd>${version.description}</dd>`
  }
<dt>Recorded</dt><dd>by ${version.recorded.by} (${version.recorded.role}) at ${version.recorded.at}${version.recorded.directedBy === null ? '' : html`, as directed by ${version.recorded.directedBy}`}</dd>
<dt>Corrections</dt><dd>${version.corrections}${version.lastCorrection === null ? '' : html`; last by ${version.lastCorrection.by} (${version.lastCorrection.role}) at ${version.lastCorrection.at}: ${version.lastCorrection.reason}`}</dd>
<dt>Confirmation</dt><dd>${version.confirmed === null ? UNCONFIRMED : html`confirmed by ${version.confirmed.by} (${version.confirmed.role}) at ${version.confirmed.at}${version.confirmed.note === null ? '' : html`: ${version.confirmed.note}`}`}</dd>
${
  version.withdrawn === null
    ? ''
    : html`<dt>Withdrawn</dt><dd>${WITHDRAWN} by ${version.withdrawn.by} (${version.withdrawn.role}) at ${version.withdrawn.at}: ${version.withdrawn.reason}. Recorded by mistake; it counts towards no terms in force.</dd>
`
}</dl>
${versionTerms(version.terms)}${documents(version.documents)}${references(version.references)}${signatures(version.signatures)}</article>
`;
}

function versionTerms(terms: readonly ReviewTermValue[]): Html {
  if (terms.length === 0) return html`<p class="notice">This version states no term values.</p>\n`;
  return html`<table>
<thead><tr><th>Term</th><th>Value</th><th>Public note</th><th>Internal note</th></tr></thead>
<tbody>
${terms.map((term) => html`<tr><td>${term.label}</td><td>${valueCell(term)}</td><td>${term.publicNote}</td><td>${term.internalNote}</td></tr>\n`)}</tbody>
</table>
`;
}

function documents(list: readonly ReviewDocument[]): Html {
  if (list.length === 0) return html`<p class="notice">No signed document on file for this version.</p>\n`;
  return html`<table class="documents">
<thead><tr><th>Document</th><th>Type</th><th>SHA-256</th><th>Size</th><th>Attached</th><th>Stored bytes</th></tr></thead>
<tbody>
${list.map(
  (document) =>
    html`<tr${document.detached === null ? '' : html` class="detached-row"`}><td>${document.name === null ? '' : html`${document.name}: `}${document.fileName}${document.category === 'core' ? '' : html` (${document.category})`}${document.note === null ? '' : html`<br>${document.note}`}</td><td>${document.documentType}</td><td><code>${document.sha256}</code></td><td>${document.sizeBytes} bytes</td><td>by ${document.attachedBy} at ${document.attachedAt}${detachment(document)}</td><td class="integrity-${document.integrity}">${document.integrity}</td></tr>\n`,
)}</tbody>
</table>
`;
}

/** Documents known by URL or location, without a file here: nothing to re-hash, so they say where the document is. */
function references(list: readonly ReviewReference[]): Html | string {
  if (list.length === 0) return '';
  return html`<table class="documents">
<thead><tr><th>Document (no file here)</th><th>Type</th><th>Where</th><th>Note</th><th>Recorded</th></tr></thead>
<tbody>
${list.map(
  (reference) =>
    html`<tr${reference.removed === null ? '' : html` class="detached-row"`}><td>${reference.name} (${reference.category})</td><td>${reference.documentType}</td><td>${reference.url === null ? '' : html`<code>${reference.url}</code> `}${reference.location ?? ''}</td><td>${reference.note ?? ''}</td><td>by ${reference.referencedBy} at ${reference.referencedAt}${reference.removed === null ? '' : html`; removed by ${reference.removed.by} (${reference.removed.role}) at ${reference.removed.at}: ${reference.removed.reason}`}</td></tr>\n`,
)}</tbody>
</table>
`;
}

/** A document detached by mistake stays listed (its file is kept): who detached it, when and why. */
const detachment = (document: ReviewDocument): Html | string =>
  document.detached === null
    ? ''
    : html`; ${DETACHED} by ${document.detached.by} (${document.detached.role}) at ${document.detached.at}: ${document.detached.reason}`;

function signatures(list: readonly ReviewSignature[]): Html {
  if (list.length === 0) return html`<p class="notice">No signature recorded for this version.</p>\n`;
  return html`<table>
<thead><tr><th>Signed by</th><th>For</th><th>On</th><th>Signed document</th><th>Recorded</th></tr></thead>
<tbody>
${list.map(
  (signature) =>
    html`<tr><td>${signature.signedBy}</td><td>${signature.party}</td><td>${signature.signedOn}</td><td>${signature.documentSha256 === null ? '' : html`<code>${signature.documentSha256}</code>`}</td><td>by ${signature.recordedBy} at ${signature.recordedAt}</td></tr>\n`,
)}</tbody>
</table>
`;
}

function auditTrail(lines: readonly AuditLine[]): Html {
  if (lines.length === 0) return html`<p class="notice">No change recorded.</p>\n`;
  return html`<table class="audit">
<thead><tr><th>When</th><th>Who</th><th>As directed by</th><th>Change (before → after)</th><th>Why</th><th>Event</th></tr></thead>
<tbody>
${lines.map(
  (line) =>
    html`<tr><td>${line.at}</td><td>${line.by} (${line.role})</td><td>${line.directedBy}</td><td>${line.summary}</td><td>${line.why}</td><td>${line.eventType} at position ${line.position}, revision ${line.streamRevision}</td></tr>\n`,
)}</tbody>
</table>
`;
}

/** ", revision N", or nothing for a problem of the whole log. */
const revisionOf = (problem: ReviewIntegrityProblem): string => (problem.streamRevision < 0 ? '' : `, revision ${problem.streamRevision}`);

function verificationSection(verification: ReviewVerification): Html {
  return html`<section class="verification">
<h2>Hash-chain verification</h2>
<p class="${verification.ok ? 'verified' : 'failed'}">${verification.ok ? 'Intact' : 'FAILED'}: ${verification.eventsCheckedUpToAsOf} events recorded by the review's instant in the streams ${verification.streams.join(', ')}, checked as stored when this review was produced, with any recorded since.</p>
${
  verification.problems.length === 0
    ? ''
    : html`<table>
<thead><tr><th>Stream</th><th>Revision</th><th>Problem</th><th>Message</th></tr></thead>
<tbody>
${verification.problems.map((problem) => html`<tr><td>${problem.streamId}</td><td>${problem.streamRevision < 0 ? '' : problem.streamRevision}</td><td>${problem.kind}</td><td>${problem.message}</td></tr>\n`)}</tbody>
</table>
`
}<h3>Ledger seals recorded by the review's instant</h3>
${
  verification.seals.length === 0
    ? html`<p class="notice">None.</p>\n`
    : html`<table>
<thead><tr><th>Digest</th><th>Sealed through position</th><th>Recorded</th><th>Holds for the streams reviewed</th></tr></thead>
<tbody>
${verification.seals.map(
  (seal) =>
    html`<tr><td><code>${seal.digest}</code></td><td>${seal.sealedThroughPosition}</td><td>${seal.recordedAt} (position ${seal.position})</td><td class="${seal.ok ? 'verified' : 'failed'}">${seal.ok ? 'yes' : 'NO'}${seal.sealedByDigestOnly ? ` (by digest only, checked by era verify: ${seal.sealedByDigestOnly.join(', ')})` : ''}</td></tr>\n`,
)}</tbody>
</table>
`
}</section>
`;
}
