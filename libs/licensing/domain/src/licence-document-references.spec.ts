import { AttachDocument, ReferenceDocument, RemoveDocumentReference } from './commands';
import { describeLicenceChanges } from './licence-changes';
import { LicenceDocumentAttached, LicenceDocumentReferenced, LicenceEvent } from './licence-events';
import { LicenceListEvent } from './licence-lists-events';
import { evolveLicenceLists, legacyLicenceLists } from './licence-lists';
import { drafted, given, history, LICENCE_ID, licenceSpec, original, recordedAt, versionOf } from './testing/licence-fixtures';

/** The document types as the library keeps them: the old six, FOLIO's Misc, and one deprecated. */
const lists = (
  [
    { type: 'LicenceListValueDefined', data: { list: 'document-type', key: 'misc', label: 'Misc' } },
    { type: 'LicenceListValueDefined', data: { list: 'document-type', key: 'fax-copy', label: 'Fax copy' } },
    { type: 'LicenceListValueDeprecated', data: { list: 'document-type', key: 'fax-copy', reason: 'no longer kept' } },
  ] satisfies LicenceListEvent[]
).reduce(evolveLicenceLists, legacyLicenceLists);

const reference = (data: Partial<ReferenceDocument['data']> = {}): ReferenceDocument => ({
  type: 'ReferenceDocument',
  data: {
    licenceId: LICENCE_ID,
    versionId: 'v-original',
    referenceId: 'ref-1',
    name: 'Signed licence',
    documentType: 'licence',
    url: 'https://vendor.example/licence.pdf',
    ...data,
  },
});
const referenced = (data: Partial<LicenceDocumentReferenced> = {}): LicenceEvent => ({
  type: 'LicenceDocumentReferenced',
  data: {
    licenceId: LICENCE_ID,
    versionId: 'v-original',
    referenceId: 'ref-1',
    name: 'Signed licence',
    documentType: 'licence',
    category: 'core',
    url: 'https://vendor.example/licence.pdf',
    ...data,
  },
});
const remove = (data: Partial<RemoveDocumentReference['data']> = {}): RemoveDocumentReference => ({
  type: 'RemoveDocumentReference',
  data: { licenceId: LICENCE_ID, versionId: 'v-original', referenceId: 'ref-1', reason: 'recorded on the wrong version', ...data },
});
const removed: LicenceEvent = {
  type: 'LicenceDocumentReferenceRemoved',
  data: { licenceId: LICENCE_ID, versionId: 'v-original', referenceId: 'ref-1', reason: 'recorded on the wrong version' },
};
const withdrawn: LicenceEvent = { type: 'LicenceVersionWithdrawn', data: { licenceId: LICENCE_ID, versionId: 'v-original', reason: 'wrong licence' } };
const withOriginal = (...more: LicenceEvent[]) => history(drafted(), original(), ...more);

describe('referencing a document without its file', () => {
  it.each<[string, Partial<ReferenceDocument['data']>, Partial<LicenceDocumentReferenced>]>([
    ['a URL, category absent (core)', {}, {}],
    ['a location only', { url: undefined, location: ' Filing cabinet 3, drawer B ' }, { url: undefined, location: 'Filing cabinet 3, drawer B' }],
    ['both a URL and a location', { location: 'Vendor portal' }, { location: 'Vendor portal' }],
    ['an http URL', { url: 'http://vendor.example/terms' }, { url: 'http://vendor.example/terms' }],
    [
      'a supplementary FOLIO type and a note',
      { documentType: 'misc', category: 'supplementary', note: ' Price list ' },
      { documentType: 'misc', category: 'supplementary', note: 'Price list' },
    ],
  ])('given a version, when a reference with %s is recorded, then LicenceDocumentReferenced', (_, data, expected) => {
    licenceSpec
      .given(withOriginal())
      .when(reference(data), { lists })
      .then([referenced(expected)]);
  });

  it.each<[string, Partial<ReferenceDocument['data']>, string, RegExp]>([
    ['neither a URL nor a location', { url: undefined }, 'invalid-document-reference', /needs a URL or a location/],
    ['a blank URL and location', { url: ' ', location: ' ' }, 'invalid-document-reference', /needs a URL or a location/],
    ['a relative URL', { url: '/licence.pdf' }, 'invalid-document-reference', /absolute http or https URL/],
    ['a file URL', { url: 'file:///etc/passwd' }, 'invalid-document-reference', /absolute http or https URL/],
    ['a javascript URL', { url: 'javascript:alert(1)' }, 'invalid-document-reference', /absolute http or https URL/],
    ['a URL over 2048 characters', { url: `https://vendor.example/${'a'.repeat(2030)}` }, 'text-too-long', /document URL is \d+ characters; at most 2048/],
    ['a location over 1000 characters', { url: undefined, location: 'x'.repeat(1001) }, 'text-too-long', /document location/],
    ['a note over 4000 characters', { note: 'x'.repeat(4001) }, 'text-too-long', /document note/],
    ['a name over 300 characters', { name: 'x'.repeat(301) }, 'text-too-long', /document name/],
    ['no name', { name: ' ' }, 'field-required', /the document name must not be blank/],
    ['no reference id', { referenceId: ' ' }, 'field-required', /the reference id/],
    ['a type not in the list', { documentType: 'brochure' }, 'unknown-list-value', /"brochure" is not a value of the document-type list/],
    ['a deprecated type', { documentType: 'fax-copy' }, 'deprecated-list-value', /"fax-copy" is deprecated/],
    ['a category neither core nor supplementary', { category: 'main' as never }, 'invalid-document-reference', /core or supplementary/],
    ['an unknown version', { versionId: 'v-none' }, 'version-not-found', /no version v-none/],
  ])('given a version, when a reference with %s is recorded, then refused as %s', (_, data, rule, message) => {
    licenceSpec.given(withOriginal()).when(reference(data), { lists }).thenRefused(rule, message);
  });

  it('given a withdrawn version, when a reference is recorded, then version-withdrawn', () => {
    licenceSpec
      .given(withOriginal(withdrawn))
      .when(reference(), { lists })
      .thenRefused('version-withdrawn', /cannot be given documents/);
  });

  it('given a reference, when the same reference is sent again (a retry, a re-import), then nothing; another under its id is refused', () => {
    licenceSpec
      .given(withOriginal(referenced()))
      .when(reference({ name: ' Signed licence ' }), { lists })
      .thenNothing();
    licenceSpec
      .given(withOriginal(referenced()))
      .when(reference({ url: 'https://vendor.example/other.pdf' }), { lists })
      .thenRefused('document-reference-already-recorded', /already has a document reference ref-1, recorded with other details/);
  });

  it('given a removed reference, when a reference under its id is recorded again, then accepted: a new reference', () => {
    licenceSpec
      .given(withOriginal(referenced(), removed))
      .when(reference({ name: 'Signed licence (v2)' }), { lists })
      .then([referenced({ name: 'Signed licence (v2)' })]);
  });

  it('given the reference, when folded, then the version lists it with who recorded it', () => {
    expect(versionOf(given(drafted(), original(), referenced({ note: 'Scan' }))).references).toStrictEqual([
      {
        referenceId: 'ref-1',
        name: 'Signed licence',
        documentType: 'licence',
        category: 'core',
        url: 'https://vendor.example/licence.pdf',
        note: 'Scan',
        referenced: { actorId: 's-associate', actorRole: 'associate', recordedAt: recordedAt(2) },
      },
    ]);
  });
});

describe('removing a document reference', () => {
  it('given a reference, when removed with a reason, then LicenceDocumentReferenceRemoved; folded, it is listed still, marked removed', () => {
    licenceSpec.given(withOriginal(referenced())).when(remove()).then([removed]);
    const [listed] = versionOf(given(drafted(), original(), referenced(), removed)).references;
    expect(listed.removed).toEqual({ actorId: 's-associate', actorRole: 'associate', recordedAt: recordedAt(3), reason: 'recorded on the wrong version' });
  });

  it.each<[string, LicenceEvent[], Partial<RemoveDocumentReference['data']>, string]>([
    ['no reason', [referenced()], { reason: ' ' }, 'reason-required'],
    ['an id the version does not have', [referenced()], { referenceId: 'ref-2' }, 'document-reference-not-found'],
    ['a reference already removed', [referenced(), removed], {}, 'document-reference-already-removed'],
    ['a withdrawn version', [referenced(), withdrawn], {}, 'version-withdrawn'],
  ])('given a version, when a reference is removed with %s, then refused as %s', (_, events, data, rule) => {
    licenceSpec
      .given(withOriginal(...events))
      .when(remove(data))
      .thenRefused(rule);
  });
});

describe('attachments read the document-type list, and take a name, note and category', () => {
  const attachment: LicenceDocumentAttached = {
    licenceId: LICENCE_ID,
    versionId: 'v-original',
    sha256: 'a'.repeat(64),
    fileName: 'terms.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 10,
    documentType: 'misc',
  };
  const attach = (data: Partial<AttachDocument['data']> = {}): AttachDocument => ({ type: 'AttachDocument', data: { ...attachment, ...data } });

  it('given a version, when a file of a FOLIO type is attached with a name, note and category, then they are recorded', () => {
    licenceSpec
      .given(withOriginal())
      .when(attach({ name: ' Vendor terms ', note: ' As sent ', category: 'supplementary' }), { lists })
      .then([{ type: 'LicenceDocumentAttached', data: { ...attachment, name: 'Vendor terms', note: 'As sent', category: 'supplementary' } }]);
  });

  it('given a version, when a file is attached under its own file name as its name, then no name is recorded (the file name is its name)', () => {
    licenceSpec
      .given(withOriginal())
      .when(attach({ name: 'terms.pdf' }), { lists })
      .then([{ type: 'LicenceDocumentAttached', data: attachment }]);
  });

  it.each<[string, Partial<AttachDocument['data']>, string]>([
    ['a type not in the list', { documentType: 'brochure' }, 'unknown-list-value'],
    ['a deprecated type', { documentType: 'fax-copy' }, 'deprecated-list-value'],
    ['a note over 4000 characters', { note: 'x'.repeat(4001) }, 'text-too-long'],
    ['an unknown category', { category: 'main' as never }, 'invalid-document-reference'],
  ])('given a version, when a file is attached with %s, then refused as %s', (_, data, rule) => {
    licenceSpec.given(withOriginal()).when(attach(data), { lists }).thenRefused(rule);
  });
});

describe('the audit trail of references', () => {
  it('given a reference recorded and removed, then one line each, with where the document is', () => {
    const before = given(drafted(), original());
    const after = given(drafted(), original(), referenced({ location: 'Cabinet 3' }));
    const line = {
      referenceId: 'ref-1',
      name: 'Signed licence',
      documentType: 'licence',
      category: 'core',
      url: 'https://vendor.example/licence.pdf',
      location: 'Cabinet 3',
    };
    expect(describeLicenceChanges(before, referenced({ location: 'Cabinet 3' }), after)).toEqual([
      { kind: 'document-referenced', field: 'reference', versionId: 'v-original', before: null, after: line },
    ]);
    expect(describeLicenceChanges(after, removed, given(drafted(), original(), referenced({ location: 'Cabinet 3' }), removed))).toEqual([
      { kind: 'document-reference-removed', field: 'reference', versionId: 'v-original', before: line, after: null },
    ]);
    expect(describeLicenceChanges(after, referenced({ location: 'Cabinet 3' }), after)).toEqual([]);
  });
});
