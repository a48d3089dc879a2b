import { summariseChange } from './change-summary';

describe('audit-trail summaries', () => {
  const amendment = { label: 'Amendment 1', effectiveFrom: '2025-01-01' };

  it('reads a term change with the labels of the permission scale and the version it belongs to', () => {
    const change = {
      kind: 'version-recorded' as const,
      field: 'term',
      versionId: 'a1',
      termKey: 'ill-electronic',
      before: { value: 'prohibited-explicit' },
      after: { value: 'permitted-explicit' },
    };
    expect(summariseChange(change, { termLabel: 'ILL electronic', valueType: 'permission', version: amendment })).toBe(
      'ILL electronic: Prohibited (explicit) → Permitted (explicit) (version "Amendment 1", effective 2025-01-01)',
    );
  });

  it('names the notes when only they changed, and a removed value as not recorded', () => {
    const notes = {
      kind: 'version-corrected' as const,
      field: 'term',
      termKey: 'walk-in-access',
      before: { value: 'silent' },
      after: { value: 'silent', publicNote: 'Ask at the desk' },
    };
    expect(summariseChange(notes, { termLabel: 'Walk-in access', valueType: 'permission' })).toBe(
      'Walk-in access: Silent/unmentioned, public note none → "Ask at the desk"',
    );
    const removed = { kind: 'version-corrected' as const, field: 'term', termKey: 'concurrent-users', before: { value: 3 }, after: null };
    expect(summariseChange(removed, { termLabel: 'Concurrent users', valueType: 'integer' })).toBe('Concurrent users: 3 → not recorded');
  });

  it('falls back to the term key when the vocabulary does not know the term', () => {
    const change = { kind: 'version-recorded' as const, field: 'term', termKey: 'retired-term', before: null, after: { value: 'yes' } };
    expect(summariseChange(change)).toBe('retired-term: not recorded → yes');
  });

  it('reads a draft without a licensor, organisations with their roles, contacts, tags and a lifecycle', () => {
    const draft = {
      kind: 'drafted' as const,
      field: 'licence',
      before: null,
      after: { name: 'X', licensor: null, type: 'local', status: 'current', lifecycle: 'active' },
    };
    expect(summariseChange(draft)).toBe('Licence drafted: "X" (no licensor yet, local, current (lifecycle active))');
    const organisations = {
      kind: 'details-corrected' as const,
      field: 'organisations',
      before: [],
      after: [
        { name: 'EBSCO', roles: ['licensor'] },
        { name: 'NERL', roles: ['consortium', 'consortium-administrator'] },
      ],
    };
    expect(summariseChange(organisations)).toBe('Organisations: none → EBSCO (licensor); NERL (consortium, consortium administrator)');
    const contacts = { kind: 'details-corrected' as const, field: 'contacts', before: [{ staffId: 's-admin', role: 'negotiator' }], after: [] };
    expect(summariseChange(contacts)).toBe('Internal contacts: s-admin (negotiator) → none');
    expect(summariseChange({ kind: 'drafted', field: 'tags', before: [], after: ['legacy', 'big deal'] })).toBe('Tags: none → "legacy"; "big deal"');
    expect(summariseChange({ kind: 'status-recorded', field: 'lifecycle', before: 'in-negotiation', after: 'active' })).toBe(
      'Lifecycle: in negotiation → active',
    );
    expect(summariseChange({ kind: 'details-corrected', field: 'description', before: null, after: 'The deal' })).toBe('Description: none → "The deal"');
  });

  it('reads corrections of details and version windows', () => {
    expect(summariseChange({ kind: 'details-corrected', field: 'consortium', before: null, after: 'NERL' })).toBe('Consortium: none → NERL');
    expect(summariseChange({ kind: 'details-corrected', field: 'name', before: 'JSTR', after: 'JSTOR' })).toBe('Name: "JSTR" → "JSTOR"');
    expect(
      summariseChange({ kind: 'version-corrected', field: 'effectiveTo', versionId: 'a1', before: '2025-12-31', after: null }, { version: amendment }),
    ).toBe('Effective to: 2025-12-31 → open end (version "Amendment 1")');
  });

  it('says when a mistake was put right: a withdrawn version, a corrected kind or status, a detached document', () => {
    const version = { kind: 'amendment', label: 'Amendment 1', effectiveFrom: '2025-01-01', effectiveTo: null };
    expect(summariseChange({ kind: 'version-withdrawn', field: 'version', versionId: 'a1', before: version, after: null })).toBe(
      'Version withdrawn: amendment "Amendment 1", effective 2025-01-01 to open end',
    );
    const term = {
      kind: 'version-withdrawn' as const,
      field: 'term',
      versionId: 'a1',
      termKey: 'ill-electronic',
      before: { value: 'permitted-explicit' },
      after: { value: 'prohibited-explicit' },
    };
    expect(summariseChange(term, { termLabel: 'ILL electronic', valueType: 'permission', version: amendment })).toBe(
      'ILL electronic: Permitted (explicit) → Prohibited (explicit) (version "Amendment 1" withdrawn, effective 2025-01-01)',
    );
    expect(summariseChange({ kind: 'version-corrected', field: 'kind', versionId: 'a1', before: 'amendment', after: 'renewal' }, { version: amendment })).toBe(
      'Version kind: amendment → renewal (version "Amendment 1")',
    );
    expect(summariseChange({ kind: 'status-corrected', field: 'status', before: 'terminated', after: 'not-yet-active' })).toBe(
      'Status corrected: terminated → not yet active',
    );
    expect(summariseChange({ kind: 'status-recorded', field: 'status', before: 'in-negotiation', after: 'active' })).toBe('Status: in negotiation → active');
    const document = { sha256: 'c'.repeat(64), fileName: 'order.pdf', documentType: 'order-form' };
    expect(summariseChange({ kind: 'document-detached', field: 'document', versionId: 'a1', before: document, after: null }, { version: amendment })).toBe(
      `Document detached (the file is kept): order.pdf (order form, SHA-256 ${'c'.repeat(64)}) (version "Amendment 1")`,
    );
  });
});

describe('audit-trail summaries of term values as FOLIO has them', () => {
  const line = (before: unknown, after: unknown) => ({ kind: 'version-corrected' as const, field: 'term', termKey: 't', before, after });

  it.each([
    [
      'several values, one internal',
      'text',
      null,
      [{ value: 'Main campus' }, { value: 'Hospital annex', internal: true }],
      'T: not recorded → Main campus; Hospital annex [internal]',
    ],
    ['a boolean', 'boolean', { value: false }, { value: true }, 'T: No → Yes'],
    ['a decimal', 'decimal', { value: 0.5 }, { value: 12.75 }, 'T: 0.5 → 12.75'],
    ['a URL', 'url', null, { value: 'https://example.org/terms' }, 'T: not recorded → https://example.org/terms'],
    ['a value left out, with its note', 'permission', null, { publicNote: 'Ask the ILL office' }, 'T: not recorded → No value: see the note'],
    ['a value marked internal', 'permission', { value: 'silent' }, { value: 'silent', internal: true }, 'T: Silent/unmentioned [internal], now internal'],
    ['a value no longer internal', 'permission', { value: 'silent', internal: true }, { value: 'silent' }, 'T: Silent/unmentioned, no longer internal'],
    [
      'an internal value replaced',
      'permission',
      { value: 'silent', internal: true },
      { value: 'permitted-explicit', internal: true },
      'T: Silent/unmentioned [internal] → Permitted (explicit) [internal]',
    ],
  ] as const)('reads %s', (_, valueType, before, after, summary) => {
    expect(summariseChange(line(before, after), { termLabel: 'T', valueType })).toBe(summary);
  });

  it("reads a choice by its option's label", () => {
    const options = [{ value: 'sso', label: 'Single sign-on' }];
    expect(summariseChange(line(null, { value: 'sso' }), { termLabel: 'T', valueType: 'choice', options })).toBe('T: not recorded → Single sign-on');
  });
});
