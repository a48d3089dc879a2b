import { createHash } from 'node:crypto';
import { TermValues } from '@era/licensing-domain';
import canonicalize from 'canonicalize';
import { LicenceReviewInput } from './build-licence-review';
import { reviewDigestOf, reviewJson, withDigest } from './review-digest';
import { ComplianceReview, ReviewVerification } from './review-report';
import { renderReviewHtml } from './render-review-html';
import { reviewFindsTampering } from './review-verification';
import { aChange, aLicence, aReview, intactVerification } from './testing/review-fixtures';

/** Two changes recorded out of log order: the audit trail sorts them. */
const review = (input: Partial<LicenceReviewInput> = {}, verification: ReviewVerification = intactVerification): ComplianceReview =>
  aReview(
    {
      changes: [
        aChange(31, { field: 'effectiveFrom', termKey: undefined, termLabel: undefined, summary: 'Effective from: 2025-01-01 → 2025-02-01' }),
        aChange(30),
      ],
      ...input,
    },
    verification,
  );

describe('the compliance review builder', () => {
  it('given an original and a later amendment, shows the amendment winning term by term on a date it covers, marked unconfirmed', () => {
    const [licence] = review().licences;
    expect(licence.inForce).toBe(true);
    expect(licence.effectiveTerms).toEqual([
      {
        key: 'concurrent-users',
        label: 'Concurrent users',
        value: 3,
        valueLabel: '3',
        internal: false,
        publicNote: null,
        internalNote: null,
        version: { versionId: 'v-original', kind: 'original', label: 'Signed agreement 2024' },
        confirmed: true,
      },
      {
        key: 'ill-electronic',
        label: 'ILL electronic',
        value: 'permitted-explicit',
        valueLabel: 'Permitted (explicit)',
        internal: false,
        publicNote: 'Secure transmission only',
        internalNote: null,
        version: { versionId: 'v-amendment', kind: 'amendment', label: 'Amendment 1' },
        confirmed: false,
      },
    ]);
  });

  it('given a date before the amendment, shows the original prohibition, unconfirmed while the amendment stating it is', () => {
    const [licence] = review({ effectiveOn: '2025-01-15' }).licences;
    expect(licence.effectiveTerms.find((term) => term.key === 'ill-electronic')).toMatchObject({
      valueLabel: 'Prohibited (explicit)',
      internalNote: 'Clause 4.2',
      confirmed: false,
    });
  });

  it('given a date before the original, reports the licence not in force and no terms', () => {
    const [licence] = review({ effectiveOn: '2023-06-01' }).licences;
    expect(licence).toMatchObject({ inForce: false, effectiveTerms: [] });
  });

  it('lists versions in effective order with provenance, corrections, confirmation, documents and signatures sorted', () => {
    const [licence] = review({ integrityOf: (sha256) => (sha256.startsWith('b') ? 'altered' : 'intact') }).licences;
    expect(licence.resourceIds).toEqual(['jstor-as1', 'jstor-as2']);
    expect(licence.consortium).toBeNull();
    const [original, amendment] = licence.versions;
    expect(original).toMatchObject({
      versionId: 'v-original',
      recorded: { by: 's-associate', role: 'associate', at: '2024-01-10T09:00:00.000Z', directedBy: 's-librarian' },
      corrections: 0,
      lastCorrection: null,
      confirmed: { by: 's-librarian', role: 'librarian', at: '2024-01-11T10:00:00.000Z', note: null },
    });
    expect(original.documents.map((d) => [d.fileName, d.integrity])).toEqual([
      ['licence.pdf', 'intact'],
      ['countersigned.pdf', 'altered'],
    ]);
    expect(original.signatures.map((s) => [s.signedBy, s.documentSha256])).toEqual([
      ['L. Librarian', 'a'.repeat(64)],
      ['R. Vendor', null],
    ]);
    expect(amendment).toMatchObject({
      versionId: 'v-amendment',
      effectiveFrom: '2025-02-01',
      corrections: 1,
      lastCorrection: { by: 's-associate', reason: 'Typed the signing date' },
      confirmed: null,
      terms: [{ key: 'ill-electronic', valueLabel: 'Permitted (explicit)', publicNote: 'Secure transmission only', internalNote: null }],
    });
  });

  it('puts the audit trail in log order with who, role, direction, reason and before → after', () => {
    const { auditTrail } = review().licences[0];
    expect(auditTrail.map((line) => line.position)).toEqual([30, 31]);
    expect(auditTrail[0]).toEqual({
      position: 30,
      streamRevision: 2,
      eventType: 'LicenceVersionRecorded',
      at: '2025-01-05T09:00:00.000Z',
      by: 's-associate',
      role: 'associate',
      directedBy: 's-librarian',
      why: null,
      kind: 'version-recorded',
      field: 'term',
      versionId: 'v-amendment',
      versionLabel: 'Amendment 1',
      termKey: 'ill-electronic',
      termLabel: 'ILL electronic',
      before: { value: 'prohibited-explicit' },
      after: { value: 'permitted-explicit' },
      summary: 'ILL electronic: Prohibited (explicit) → Permitted (explicit)',
    });
    expect(auditTrail[1]).toMatchObject({ termKey: null, termLabel: null, field: 'effectiveFrom' });
  });
});

describe('the compliance review of term values as FOLIO has them', () => {
  const withTerms = (terms: TermValues) => {
    const licence = aLicence();
    licence.versions = licence.versions.map((version) => (version.versionId === 'v-original' ? { ...version, terms } : version));
    return review({ licence, effectiveOn: '2024-06-01' });
  };
  const terms: TermValues = {
    'ill-electronic': { value: 'permitted-explicit', internal: true, internalNote: 'Via the hub', publicNote: 'Ask ILL' },
    'authorised-users': [{ value: 'Staff' }, { value: 'Alumni', internal: true }],
    'concurrent-users': { publicNote: 'Unlimited, says clause 2' },
  };

  it('gives one row per value, in order, each marked internal or not, and null for a value left out', () => {
    const [licence] = withTerms(terms).licences;
    expect(licence.effectiveTerms.map(({ key, value, internal, publicNote }) => [key, value, internal, publicNote])).toEqual([
      ['authorised-users', 'Staff', false, null],
      ['authorised-users', 'Alumni', true, null],
      ['concurrent-users', null, false, 'Unlimited, says clause 2'],
      ['ill-electronic', 'permitted-explicit', true, 'Ask ILL'],
    ]);
  });

  it('marks internal values "Internal" in the HTML, and only them', () => {
    const page = renderReviewHtml(withTerms(terms));
    expect(page).toContain('<td>Permitted (explicit) <code>permitted-explicit</code> <span class="internal">Internal</span></td>');
    expect(page).toContain('<td>Alumni <span class="internal">Internal</span></td>');
    expect(page).toContain('<td>Staff</td>');
    expect(page).toContain('<td>No value: see the note</td>');
  });
});

describe('the review digest and serialisation', () => {
  it('digests the canonical JSON of everything but the digest', () => {
    const built = review();
    const { reviewDigest, ...content } = built;
    expect(reviewDigest).toBe(
      createHash('sha256')
        .update(canonicalize(content) as string)
        .digest('hex'),
    );
    expect(reviewDigestOf(built)).toBe(reviewDigest);
  });

  it('leaves a seal section out of the digest, and changes with any reported fact', () => {
    const built = review();
    expect(reviewDigestOf({ ...built, seal: { digest: 'f'.repeat(64), sealedThroughPosition: 9, streamCount: 3 } })).toBe(built.reviewDigest);
    expect(review({ effectiveOn: '2025-01-15' }).reviewDigest).not.toBe(built.reviewDigest);
    expect(review({ integrityOf: () => 'missing' }).reviewDigest).not.toBe(built.reviewDigest);
  });

  it('gives byte-identical JSON and HTML when produced twice, whatever order the documents came in', () => {
    const first = review();
    const second = review({
      licence: aLicence({ versions: [...aLicence().versions].reverse() }),
      changes: [
        aChange(30),
        aChange(31, { field: 'effectiveFrom', termKey: undefined, termLabel: undefined, summary: 'Effective from: 2025-01-01 → 2025-02-01' }),
      ],
    });
    expect(reviewJson(second)).toBe(reviewJson(first));
    expect(renderReviewHtml(second)).toBe(renderReviewHtml(first));
    expect(reviewJson(first).endsWith('}\n')).toBe(true);
    expect(JSON.parse(reviewJson(first))).toEqual(first);
  });

  it('writes null rather than leaving a field out, so that nothing depends on how undefined is serialised', () => {
    const json = reviewJson(review());
    expect(json).toContain('"consortium": null');
    expect(json).not.toContain('undefined');
  });
});

describe('the HTML review', () => {
  const hostile = '<script>alert("x")</script> & \'co\'';

  it('escapes every dynamic string: names, notes, reasons, summaries, problems', () => {
    const licence = aLicence({ name: hostile, licensor: '<b>Vendor</b>' });
    licence.versions = licence.versions.map((version) => ({
      ...version,
      label: `${version.label} <i>`,
      terms: Object.fromEntries(
        Object.entries(version.terms).map(([key, value]) => [key, { ...value, publicNote: hostile, internalNote: '"><img src=x onerror=alert(1)>' }]),
      ),
    }));
    const verification: ReviewVerification = {
      ...intactVerification,
      ok: false,
      problems: [{ kind: 'hash-mismatch', streamId: 'licence-<x>', streamRevision: 2, message: 'altered <em>here</em>' }],
    };
    const page = renderReviewHtml(review({ licence, changes: [aChange(30, { summary: hostile, reason: '</td><script>' })] }, verification));
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b>Vendor');
    expect(page).not.toContain('<em>here');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;');
    expect(page).toContain('&lt;/td&gt;&lt;script&gt;');
    expect(page).toContain('licence-&lt;x&gt;');
  });

  it('is a self-contained page: inline styles, no scripts, nothing fetched', () => {
    const page = renderReviewHtml(review());
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<style>');
    expect(page).not.toMatch(/<script|<link|src=|@import|url\(/i);
  });

  it('marks unconfirmed versions and the terms they put in force UNCONFIRMED, and not the confirmed ones', () => {
    const page = renderReviewHtml(review());
    const termRows = page.split('\n').filter((line) => line.startsWith('<tr') && line.includes('Signed agreement 2024 (original)'));
    expect(termRows).toHaveLength(1);
    expect(termRows[0]).not.toContain('UNCONFIRMED');
    const illRow = page.split('\n').find((line) => line.includes('<td>ILL electronic</td>') && line.includes('Amendment 1 (amendment)'));
    expect(illRow).toContain('UNCONFIRMED');
    expect(page).toMatch(/<h4>Amendment 1 <span class="kind">amendment<\/span> <span class="unconfirmed">UNCONFIRMED<\/span><\/h4>/);
    expect(page).toMatch(/<h4>Signed agreement 2024 <span class="kind">original<\/span> <span class="confirmed">confirmed<\/span><\/h4>/);
  });

  it('shows no alert when everything holds, and puts failures in a red box before the licences', () => {
    expect(renderReviewHtml(review())).not.toContain('class="alert"');
    const verification: ReviewVerification = {
      ...intactVerification,
      ok: false,
      problems: [
        {
          kind: 'hash-mismatch',
          streamId: 'licence-lic-1',
          streamRevision: 2,
          message: 'stream licence-lic-1 revision 2: content does not match its hash (altered)',
        },
      ],
    };
    const page = renderReviewHtml(review({ integrityOf: () => 'altered' }, verification));
    const alert = page.indexOf('<section class="alert" role="alert">');
    expect(alert).toBeGreaterThan(-1);
    expect(alert).toBeLessThan(page.indexOf('<section class="licence">'));
    const box = page.slice(alert, page.indexOf('</section>', alert));
    expect(box).toContain('<strong>licence-lic-1</strong>, revision 2 (hash-mismatch)');
    expect(box).toContain('<strong>ALTERED</strong>: licence.pdf');
  });

  it('prints the digest in the footer, and the seal when the review was sealed', () => {
    const built = review();
    const page = renderReviewHtml(built);
    expect(page.slice(page.indexOf('<footer>'))).toContain(`<code class="digest">${built.reviewDigest}</code>`);
    const sealed = renderReviewHtml({ ...built, seal: { digest: 'c'.repeat(64), sealedThroughPosition: 41, streamCount: 5 } });
    expect(sealed).toContain(`Keep this digest outside the system: <code class="digest">${'c'.repeat(64)}</code>`);
  });

  it('says so when no licence was on record', () => {
    const empty = withDigest({ ...review(), licences: [], licenceId: null });
    expect(renderReviewHtml(empty)).toContain('No licence was on record as of 2025-03-31T23:59:59.999Z.');
  });
});

describe('what counts as tampering', () => {
  it('is a failed verification, a seal that no longer holds, or a document not intact', () => {
    expect(reviewFindsTampering(review())).toBe(false);
    expect(reviewFindsTampering(review({}, { ...intactVerification, ok: false }))).toBe(true);
    const brokenSeal = { digest: 'd'.repeat(64), sealedThroughPosition: 3, recordedAt: '2025-01-01T00:00:00.000Z', position: 4, ok: false };
    expect(reviewFindsTampering(review({}, { ...intactVerification, seals: [brokenSeal] }))).toBe(true);
    expect(reviewFindsTampering(review({ integrityOf: () => 'missing' }))).toBe(true);
  });
});
