import { AttachDocument, RecordSignature } from './commands';
import { requireDocumentTarget } from './licence-documents';
import { LicenceDocumentAttached, LicenceEvent, LicenceSignatureRecorded } from './licence-events';
import { drafted, existing, given, history, LICENCE_ID, licenceSpec, original, recordedAt, ruleOf } from './testing/licence-fixtures';

const SHA = 'a'.repeat(64);
const OTHER_SHA = 'b'.repeat(64);
const UUID = '9d3e5f7a-1b2c-4d6e-8f0a-b1c2d3e4f5a6';

const documentData = (overrides: Partial<LicenceDocumentAttached> = {}): LicenceDocumentAttached => ({
  licenceId: LICENCE_ID,
  versionId: 'v-original',
  sha256: SHA,
  fileName: 'springer-2024-signed.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 183_422,
  documentType: 'countersigned-copy',
  ...overrides,
});
const signatureData = (overrides: Partial<LicenceSignatureRecorded> = {}): LicenceSignatureRecorded => ({
  licenceId: LICENCE_ID,
  versionId: 'v-original',
  signedBy: 'Dr. A. Example, Director of Libraries',
  party: 'licensee',
  signedOn: '2023-12-15',
  ...overrides,
});
const attach = (overrides: Partial<AttachDocument['data']> = {}): AttachDocument => ({ type: 'AttachDocument', data: documentData(overrides) });
const sign = (overrides: Partial<RecordSignature['data']> = {}): RecordSignature => ({ type: 'RecordSignature', data: signatureData(overrides) });
const attached = (overrides: Partial<LicenceDocumentAttached> = {}): LicenceEvent => ({ type: 'LicenceDocumentAttached', data: documentData(overrides) });
const signed = (overrides: Partial<LicenceSignatureRecorded> = {}): LicenceEvent => ({ type: 'LicenceSignatureRecorded', data: signatureData(overrides) });
const withOriginal = (...more: LicenceEvent[]) => history(drafted(), original(), ...more);
const versionIn = (...more: LicenceEvent[]) => existing(given(drafted(), original(), ...more)).versions[0];

describe('attaching a signed document', () => {
  it('given a version, when a document is attached, then LicenceDocumentAttached with the file name trimmed', () => {
    licenceSpec
      .given(withOriginal())
      .when(attach({ fileName: ' springer-2024-signed.pdf ' }))
      .then([attached()]);
  });

  it('given a version, when attached under upper-case ids and an upper-case address, then the event has them in canonical form', () => {
    const licence = history(drafted({ licenceId: UUID }), original({}, { licenceId: UUID, versionId: UUID }));
    licenceSpec
      .given(licence)
      .when(attach({ licenceId: UUID.toUpperCase(), versionId: UUID.toUpperCase(), sha256: SHA.toUpperCase() }))
      .then([attached({ licenceId: UUID, versionId: UUID })]);
  });

  it('given the attachment, when folded, then the version lists the document with who attached it', () => {
    const { licenceId: _licenceId, versionId: _versionId, ...stored } = documentData();
    expect(versionIn(attached()).documents).toStrictEqual([
      { ...stored, attached: { actorId: 's-associate', actorRole: 'associate', recordedAt: recordedAt(2) } },
    ]);
  });

  it('given the same document on the version, when attached again, then nothing (a retried upload)', () => {
    licenceSpec.given(withOriginal(attached())).when(attach()).thenNothing();
    licenceSpec
      .given(withOriginal(attached()))
      .when(attach({ sha256: SHA.toUpperCase(), fileName: 'renamed.pdf' }))
      .thenNothing();
  });

  it('given a document on the version, when another document is attached, then it is attached too', () => {
    const another = attached({ sha256: OTHER_SHA, documentType: 'order-form' });
    licenceSpec
      .given(withOriginal(attached()))
      .when(attach({ sha256: OTHER_SHA, documentType: 'order-form' }))
      .then([another]);
    expect(versionIn(attached(), another).documents.map((d) => d.documentType)).toEqual(['countersigned-copy', 'order-form']);
  });

  it('given a licence, when attached to a version it does not have, then version-not-found', () => {
    licenceSpec
      .given(withOriginal())
      .when(attach({ versionId: 'v-nope' }))
      .thenRefused('version-not-found');
  });

  it('given a version, when the file name is blank, then field-required', () => {
    licenceSpec
      .given(withOriginal())
      .when(attach({ fileName: ' ' }))
      .thenRefused('field-required', /the file name/);
  });

  it('checks the target before an upload is read: no licence, no such version, a withdrawn version', () => {
    const withdrawn: LicenceEvent = { type: 'LicenceVersionWithdrawn', data: { licenceId: LICENCE_ID, versionId: 'v-original', reason: 'wrong licence' } };
    expect(ruleOf(() => requireDocumentTarget(given(), { licenceId: LICENCE_ID, versionId: 'v-original' }))).toBe('licence-not-found');
    expect(ruleOf(() => requireDocumentTarget(given(drafted(), original()), { licenceId: LICENCE_ID, versionId: 'v-nope' }))).toBe('version-not-found');
    expect(ruleOf(() => requireDocumentTarget(given(drafted(), original(), withdrawn), { licenceId: LICENCE_ID, versionId: 'v-original' }))).toBe(
      'version-withdrawn',
    );
    expect(ruleOf(() => requireDocumentTarget(given(drafted(), original()), { licenceId: LICENCE_ID, versionId: 'v-original' }))).toBe('no violation');
  });
});

describe('recording a signature', () => {
  it('given a version, when a signature is recorded, then LicenceSignatureRecorded, and the fold lists it', () => {
    licenceSpec
      .given(withOriginal())
      .when(sign({ signedBy: '  Dr. A. Example, Director of Libraries ' }))
      .then([signed()]);
    expect(versionIn(signed()).signatures).toEqual([
      {
        signedBy: 'Dr. A. Example, Director of Libraries',
        party: 'licensee',
        signedOn: '2023-12-15',
        recorded: { actorId: 's-associate', actorRole: 'associate', recordedAt: recordedAt(2) },
      },
    ]);
  });

  it('given a document attached to the version, when the signature names it (in any case), then the signature points to it', () => {
    licenceSpec
      .given(withOriginal(attached()))
      .when(sign({ documentSha256: SHA }))
      .then([signed({ documentSha256: SHA })]);
    licenceSpec
      .given(withOriginal(attached()))
      .when(sign({ documentSha256: ` ${SHA.toUpperCase()} ` }))
      .then([signed({ documentSha256: SHA })]);
  });

  it('given no such document on the version, when the signature names one, then refused as document-not-attached', () => {
    licenceSpec
      .given(withOriginal(attached()))
      .when(sign({ documentSha256: OTHER_SHA }))
      .thenRefused('document-not-attached', OTHER_SHA);
  });

  it('given the same signature recorded, when recorded again, then nothing (a retried request); another party is recorded', () => {
    licenceSpec
      .given(withOriginal(signed()))
      .when(sign({ signedBy: ' Dr. A. Example, Director of Libraries' }))
      .thenNothing();
    licenceSpec
      .given(withOriginal(signed()))
      .when(sign({ party: 'licensor', signedBy: 'J. Vendor' }))
      .then([signed({ party: 'licensor', signedBy: 'J. Vendor' })]);
  });

  it.each(['2023-02-30', '15/12/2023', ''])('given a version, when signed on %j, then invalid-calendar-date', (signedOn) => {
    licenceSpec
      .given(withOriginal())
      .when(sign({ signedOn }))
      .thenRefused('invalid-calendar-date', /signed-on/);
  });

  it('given a version, when the signatory is blank, then field-required', () => {
    licenceSpec
      .given(withOriginal())
      .when(sign({ signedBy: '  ' }))
      .thenRefused('field-required', /the signatory/);
  });

  it('given a licence, when signing a version it does not have, then version-not-found', () => {
    licenceSpec
      .given(withOriginal())
      .when(sign({ versionId: 'v-nope' }))
      .thenRefused('version-not-found');
  });
});
