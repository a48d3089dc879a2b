import { LicenceChange } from '@era/licensing-domain';
import { summariseChange } from './change-summary';

/** Audit-trail lines of version dates, amendment status, named documents and document references, in words. */
describe('audit-trail summaries of dates, statuses and references', () => {
  const version = { label: 'Amendment 1', effectiveFrom: null };

  it.each<[string, LicenceChange, string]>([
    [
      'a version recorded without a start, with an implied end and a status',
      {
        kind: 'version-recorded',
        field: 'version',
        versionId: 'a1',
        before: null,
        after: { kind: 'amendment', label: 'Amendment 1', effectiveFrom: null, effectiveTo: null, endDateSemantics: 'implicit', status: 'current' },
      },
      'Version recorded: amendment "Amendment 1", effective from a start not stated to an implied end, status current',
    ],
    [
      'a start removed by a correction',
      { kind: 'version-corrected', field: 'effectiveFrom', versionId: 'a1', before: '2025-01-01', after: null },
      'Effective from: 2025-01-01 → not stated (version "Amendment 1")',
    ],
    [
      'an amendment status corrected (not the licence status)',
      { kind: 'version-corrected', field: 'status', versionId: 'a1', before: 'current', after: 'does-not-apply' },
      'Amendment status: current → does not apply (version "Amendment 1")',
    ],
    [
      'end-date semantics corrected',
      { kind: 'version-corrected', field: 'endDateSemantics', versionId: 'a1', before: 'explicit', after: 'implicit' },
      'End date semantics: explicit → implicit (version "Amendment 1")',
    ],
    [
      'a named supplementary document attached',
      {
        kind: 'document-attached',
        field: 'document',
        versionId: 'a1',
        before: null,
        after: { sha256: 'abc', fileName: 'terms.pdf', documentType: 'misc', name: 'Vendor terms', category: 'supplementary' },
      },
      'Document attached: "Vendor terms", terms.pdf (misc, supplementary, SHA-256 abc) (version "Amendment 1")',
    ],
    [
      'a document referenced by URL and location',
      {
        kind: 'document-referenced',
        field: 'reference',
        versionId: 'a1',
        before: null,
        after: {
          referenceId: 'r1',
          name: 'Signed copy',
          documentType: 'licence',
          category: 'core',
          url: 'https://vendor.example/a.pdf',
          location: 'Cabinet 3',
        },
      },
      'Document referenced: "Signed copy" (licence, core) at https://vendor.example/a.pdf, kept at Cabinet 3 (version "Amendment 1")',
    ],
    [
      'a reference removed',
      {
        kind: 'document-reference-removed',
        field: 'reference',
        versionId: 'a1',
        before: { referenceId: 'r1', name: 'Signed copy', documentType: 'licence', category: 'core', location: 'Cabinet 3' },
        after: null,
      },
      'Document reference removed: "Signed copy" (licence, core) kept at Cabinet 3 (version "Amendment 1")',
    ],
  ])('reads %s', (_, change, summary) => {
    expect(summariseChange(change, { version })).toBe(summary);
  });

  it('reads a term of a version without a start as effective from a start not stated', () => {
    const change: LicenceChange = { kind: 'version-recorded', field: 'term', versionId: 'a1', termKey: 'concurrent-users', before: null, after: { value: 3 } };
    expect(summariseChange(change, { termLabel: 'Concurrent users', valueType: 'integer', version })).toBe(
      'Concurrent users: not recorded → 3 (version "Amendment 1", effective from a start not stated)',
    );
  });
});
