import { renderReviewHtml } from './render-review-html';
import { aLicence, aReview, aVersion, by } from './testing/review-fixtures';

/** The review shows what a version's dates leave unknown, and its documents without files (references). */
describe('the compliance review of version dates and document references', () => {
  const referenced = aVersion({
    versionId: 'v-original',
    terms: { 'concurrent-users': { value: 3 } },
    effectiveFrom: null,
    endDateSemantics: 'implicit',
    references: [
      {
        referenceId: 'ref-1',
        name: 'Signed licence <paper>',
        documentType: 'licence',
        category: 'core',
        location: 'Cabinet 3',
        note: 'Countersigned',
        referenced: by('s-associate', '2024-01-10T09:05:00.000Z'),
      },
      {
        referenceId: 'ref-2',
        name: 'Price list',
        documentType: 'misc',
        category: 'supplementary',
        url: 'https://vendor.example/prices',
        referenced: by('s-associate', '2024-01-10T09:06:00.000Z'),
        removed: { ...by('s-associate', '2024-01-11T09:00:00.000Z'), reason: 'wrong version' },
      },
    ],
  });
  const review = () => aReview({ licence: aLicence({ versions: [referenced] }), effectiveOn: '2020-01-01', changes: [] });

  it('given a version without a start and with references, then the review lists them with where they are, and the start as null', () => {
    const [version] = review().licences[0].versions;
    expect(version).toMatchObject({ effectiveFrom: null, endDateSemantics: 'implicit', status: null, description: null });
    expect(version.references).toEqual([
      {
        referenceId: 'ref-1',
        name: 'Signed licence <paper>',
        documentType: 'licence',
        category: 'core',
        url: null,
        location: 'Cabinet 3',
        note: 'Countersigned',
        referencedBy: 's-associate',
        referencedAt: '2024-01-10T09:05:00.000Z',
        removed: null,
      },
      {
        referenceId: 'ref-2',
        name: 'Price list',
        documentType: 'misc',
        category: 'supplementary',
        url: 'https://vendor.example/prices',
        location: null,
        note: null,
        referencedBy: 's-associate',
        referencedAt: '2024-01-10T09:06:00.000Z',
        removed: { by: 's-associate', role: 'associate', at: '2024-01-11T09:00:00.000Z', reason: 'wrong version' },
      },
    ]);
  });

  it('given a named supplementary document with a note, then the HTML shows its name, category and note beside the file name', () => {
    const attached = aVersion({
      versionId: 'v-original',
      terms: {},
      documents: [
        {
          sha256: 'c'.repeat(64),
          fileName: 'terms.pdf',
          mediaType: 'application/pdf',
          sizeBytes: 10,
          documentType: 'misc',
          name: 'Vendor terms',
          note: 'As sent <by email>',
          category: 'supplementary',
          attached: by('s-associate', '2024-01-10T09:05:00.000Z'),
        },
      ],
    });
    const built = aReview({ licence: aLicence({ versions: [attached] }), changes: [] });
    expect(built.licences[0].versions[0].documents[0]).toMatchObject({ name: 'Vendor terms', note: 'As sent <by email>', category: 'supplementary' });
    expect(renderReviewHtml(built)).toContain('<td>Vendor terms: terms.pdf (supplementary)<br>As sent &lt;by email&gt;</td>');
  });

  it('given the same, then the HTML says the start is not stated, the end implied, and lists the references escaped', () => {
    const page = renderReviewHtml(review());
    expect(page).toContain('a start not stated (effective date unknown) to an implied end');
    expect(page).toContain('Signed licence &lt;paper&gt; (core)');
    expect(page).toContain('<code>https://vendor.example/prices</code>');
    expect(page).toContain('removed by s-associate (associate) at 2024-01-11T09:00:00.000Z: wrong version');
  });
});
