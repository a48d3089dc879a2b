import { LicenceDocumentAttached, LicenceEvent, LicenceSignatureRecorded } from './licence-events';
import { drafted, existing, given, LICENCE_ID, original, recordedAt, ruleOf, violationOf } from './licence-fixtures';
import { decideAttachDocument, decideRecordSignature } from './licence';
import { initialLicence, LicenceState } from './licence-state';

const SHA = 'a'.repeat(64);
const OTHER_SHA = 'b'.repeat(64);

const document = (overrides: Partial<LicenceDocumentAttached> = {}): LicenceDocumentAttached => ({
  licenceId: LICENCE_ID,
  versionId: 'v-original',
  sha256: SHA,
  fileName: 'springer-2024-signed.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 183_422,
  documentType: 'countersigned-copy',
  ...overrides,
});
const signature = (overrides: Partial<LicenceSignatureRecorded> = {}): LicenceSignatureRecorded => ({
  licenceId: LICENCE_ID,
  versionId: 'v-original',
  signedBy: 'Dr. A. Example, Director of Libraries',
  party: 'licensee',
  signedOn: '2023-12-15',
  ...overrides,
});
const attached = (overrides: Partial<LicenceDocumentAttached> = {}): LicenceEvent => ({ type: 'LicenceDocumentAttached', data: document(overrides) });
const withOriginal = (...more: LicenceEvent[]): LicenceState => given(drafted(), original(), ...more);
const versionOf = (state: LicenceState) => existing(state).versions[0];

describe('attaching a signed document', () => {
  it('given a version, when a document is attached, then LicenceDocumentAttached', () => {
    expect(decideAttachDocument(withOriginal(), document({ fileName: ' springer-2024-signed.pdf ' }))).toEqual([attached()]);
  });

  it('given the attachment, when folded, then the version lists the document with who attached it', () => {
    const { licenceId: _licenceId, versionId: _versionId, ...stored } = document();
    expect(versionOf(withOriginal(attached())).documents).toStrictEqual([
      { ...stored, attached: { actorId: 's-associate', actorRole: 'associate', recordedAt: recordedAt(2) } },
    ]);
  });

  it('given the same document on the version, when attached again, then nothing (a retried upload)', () => {
    expect(decideAttachDocument(withOriginal(attached()), document())).toEqual([]);
    expect(decideAttachDocument(withOriginal(attached()), document({ sha256: SHA.toUpperCase(), fileName: 'renamed.pdf' }))).toEqual([]);
  });

  it('given a document on the version, when another document is attached, then it is attached too', () => {
    const state = withOriginal(attached(), ...decideAttachDocument(withOriginal(attached()), document({ sha256: OTHER_SHA, documentType: 'order-form' })));
    expect(versionOf(state).documents.map((d) => d.documentType)).toEqual(['countersigned-copy', 'order-form']);
  });

  it('given a licence, when attached to a version it does not have, then version-not-found; without a licence, licence-not-found', () => {
    expect(ruleOf(() => decideAttachDocument(withOriginal(), document({ versionId: 'v-nope' })))).toBe('version-not-found');
    expect(ruleOf(() => decideAttachDocument(initialLicence, document()))).toBe('licence-not-found');
  });

  it('given a version, when the file name is blank, then field-required', () => {
    expect(ruleOf(() => decideAttachDocument(withOriginal(), document({ fileName: ' ' })))).toBe('field-required');
  });
});

describe('recording a signature', () => {
  it('given a version, when a signature is recorded, then LicenceSignatureRecorded, and the fold lists it', () => {
    const events = decideRecordSignature(withOriginal(), signature({ signedBy: '  Dr. A. Example, Director of Libraries ' }));
    expect(events).toEqual([{ type: 'LicenceSignatureRecorded', data: signature() }]);
    expect(versionOf(withOriginal(...events)).signatures).toEqual([
      {
        signedBy: 'Dr. A. Example, Director of Libraries',
        party: 'licensee',
        signedOn: '2023-12-15',
        recorded: { actorId: 's-associate', actorRole: 'associate', recordedAt: recordedAt(2) },
      },
    ]);
  });

  it('given a document attached to the version, when the signature names it, then the signature points to it', () => {
    const [event] = decideRecordSignature(withOriginal(attached()), signature({ documentSha256: SHA }));
    expect(event.data).toMatchObject({ documentSha256: SHA });
  });

  it('given no such document on the version, when the signature names one, then refused as document-not-attached', () => {
    const violation = violationOf(() => decideRecordSignature(withOriginal(attached()), signature({ documentSha256: OTHER_SHA })));
    expect(violation.rule).toBe('document-not-attached');
    expect(violation.message).toContain(OTHER_SHA);
  });

  it('given the same signature recorded, when recorded again, then nothing (a retried request); another party is recorded', () => {
    const signed = withOriginal(...decideRecordSignature(withOriginal(), signature()));
    expect(decideRecordSignature(signed, signature())).toEqual([]);
    expect(decideRecordSignature(signed, signature({ party: 'licensor', signedBy: 'J. Vendor' }))).toHaveLength(1);
  });

  it.each(['2023-02-30', '15/12/2023', ''])('given a version, when signed on %j, then invalid-calendar-date', (signedOn) => {
    expect(ruleOf(() => decideRecordSignature(withOriginal(), signature({ signedOn })))).toBe('invalid-calendar-date');
  });

  it('given a version, when the signatory is blank, then field-required', () => {
    expect(ruleOf(() => decideRecordSignature(withOriginal(), signature({ signedBy: '  ' })))).toBe('field-required');
  });

  it('given a licence, when signing a version it does not have, then version-not-found; without a licence, licence-not-found', () => {
    expect(ruleOf(() => decideRecordSignature(withOriginal(), signature({ versionId: 'v-nope' })))).toBe('version-not-found');
    expect(ruleOf(() => decideRecordSignature(initialLicence, signature()))).toBe('licence-not-found');
  });
});
