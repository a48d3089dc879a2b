import { renderReviewHtml } from './render-review-html';
import { aLicence, amendment, aReview, by, original } from './testing/review-fixtures';

/** A version withdrawn and a document detached by mistake, as the review reports and prints them. */

const withdrawnAmendment = { ...amendment, withdrawn: { ...by('s-associate', '2025-02-10T09:00:00.000Z'), reason: 'Recorded on the wrong <licence>' } };
const originalWithDetached = {
  ...original,
  documents: original.documents.map((document) =>
    document.sha256 === 'b'.repeat(64)
      ? { ...document, detached: { ...by('s-librarian', '2025-02-11T09:00:00.000Z'), reason: 'Countersigned copy of another licence' } }
      : document,
  ),
};

const review = () => aReview({ licence: aLicence({ versions: [withdrawnAmendment, originalWithDetached] }) });

describe('a review with mistakes put right', () => {
  it('given a withdrawn amendment, keeps it among the versions with who withdrew it, when and why, and leaves it out of the terms in force', () => {
    const [licence] = review().licences;
    expect(licence.versions.map((version) => [version.versionId, version.withdrawn])).toEqual([
      ['v-original', null],
      ['v-amendment', { by: 's-associate', role: 'associate', at: '2025-02-10T09:00:00.000Z', reason: 'Recorded on the wrong <licence>' }],
    ]);
    expect(licence.effectiveTerms.find((term) => term.key === 'ill-electronic')).toMatchObject({
      valueLabel: 'Prohibited (explicit)',
      version: { versionId: 'v-original' },
    });
  });

  it('given a detached document, keeps it listed with who detached it, when and why, and still reports its stored bytes', () => {
    const [original] = review().licences[0].versions;
    expect(original.documents.map((document) => [document.fileName, document.detached?.reason ?? null, document.integrity])).toEqual([
      ['licence.pdf', null, 'intact'],
      ['countersigned.pdf', 'Countersigned copy of another licence', 'intact'],
    ]);
    expect(original.documents[1].detached).toEqual({
      by: 's-librarian',
      role: 'librarian',
      at: '2025-02-11T09:00:00.000Z',
      reason: 'Countersigned copy of another licence',
    });
    expect(original.documents[0].detached).toBeNull();
  });

  it('marks the withdrawn version WITHDRAWN with its reason, escaped, and the detached document DETACHED', () => {
    const page = renderReviewHtml(review());
    expect(page).toContain('<article class="version withdrawn-version">');
    expect(page).toMatch(
      /<h4>Amendment 1 <span class="kind">amendment<\/span> <span class="unconfirmed">UNCONFIRMED<\/span> <span class="withdrawn">WITHDRAWN<\/span><\/h4>/,
    );
    expect(page).toContain(
      '<dt>Withdrawn</dt><dd><span class="withdrawn">WITHDRAWN</span> by s-associate (associate) at 2025-02-10T09:00:00.000Z: Recorded on the wrong &lt;licence&gt;.',
    );
    const detachedRow = page.split('\n').find((line) => line.includes('<td>countersigned.pdf</td>'));
    expect(detachedRow).toMatch(/^<tr class="detached-row">/);
    expect(detachedRow).toContain(
      '<span class="withdrawn">DETACHED</span> by s-librarian (librarian) at 2025-02-11T09:00:00.000Z: Countersigned copy of another licence',
    );
    expect(page.split('\n').find((line) => line.includes('<td>licence.pdf</td>'))).not.toContain('DETACHED');
    expect(page).toMatch(/<h4>Signed agreement 2024 <span class="kind">original<\/span> <span class="confirmed">confirmed<\/span><\/h4>/);
  });

  it('gives the same bytes when produced twice', () => {
    expect(renderReviewHtml(review())).toBe(renderReviewHtml(review()));
    expect(review().reviewDigest).toBe(review().reviewDigest);
  });
});
