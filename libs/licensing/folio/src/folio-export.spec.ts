import {
  defaultVocabulary,
  evolveLicence,
  evolveLicenceLists,
  evolveVocabulary,
  initialLicence,
  LicenceDetails,
  LicenceEvent,
  LicenceListsState,
  legacyLicenceLists,
  Provenance,
  VocabularyState,
} from '@era/licensing-domain';
import { exportFolioLicence, exportFolioLicences } from './folio-export';
import { FolioTermMapping } from './folio-migration';

const LICENCE = '0b0f7e2c-6f0e-4c9e-9b7a-3f0e8d1c2a10';
const ORIGINAL = '1c1f7e2c-6f0e-4c9e-9b7a-3f0e8d1c2a11';
const AMENDMENT = '2d2f7e2c-6f0e-4c9e-9b7a-3f0e8d1c2a12';
const imported = { system: 'folio', id: 'folio-licence-7', createdAt: '2019-03-01T10:00:00Z', updatedAt: '2020-05-04T09:00:00Z' };
const at = (recordedAt: string, withImport = true): Provenance => ({
  actorId: 's-librarian',
  actorRole: 'librarian',
  recordedAt,
  ...(withImport && { imported }),
});

const vocabulary: VocabularyState = [
  { key: 'walk-in-use', label: 'Walk-in use', valueType: 'yes-no-other' as const },
  { key: 'local-notes', label: 'Local notes', valueType: 'text' as const, multiple: true },
  { key: 'max-users', label: 'Max users', valueType: 'integer' as const, range: { min: -1 } },
].reduce((state, term) => evolveVocabulary(state, { type: 'LicenceTermDefined', data: term }), defaultVocabulary);

const lists: LicenceListsState = evolveLicenceLists(legacyLicenceLists, {
  type: 'LicenceListValueDefined',
  data: { list: 'amendment-status', key: 'current', label: 'Current', amendmentEffect: 'by-dates' },
});

const mapping: FolioTermMapping = {
  terms: [
    { folioName: 'walkInAccess', termKey: 'walk-in-use', values: { yes: 'yes', no: 'no', 'other_(see_notes)': 'other' } },
    { folioName: 'remoteAccess', termKey: 'remote-access', values: { yes: 'prohibited-explicit', no: 'permitted-explicit' } },
  ],
};

function licenceOf(events: [LicenceEvent, Provenance][]): LicenceDetails {
  const state = events.reduce((folding, [event, provenance]) => evolveLicence(folding, event, provenance), initialLicence);
  if (!state.exists) throw new Error('no licence');
  const { exists: _exists, ...details } = state;
  return details;
}

const drafted: [LicenceEvent, Provenance] = [
  {
    type: 'LicenceDrafted',
    data: {
      licenceId: LICENCE,
      name: 'Sage journals',
      type: 'consortial',
      status: 'active',
      lifecycle: 'active',
      description: 'All Sage titles',
      organisations: [
        { name: 'Sage', roles: ['licensor'] },
        { name: 'NERL', roles: ['consortium', 'licensee'], note: 'via the consortium' },
      ],
      alternateNames: ['Sage Premier'],
      tags: ['journals', 'stem'],
      contacts: [{ staffId: 's-librarian', role: 'negotiator' }],
      resourceIds: [],
    },
  },
  at('2026-12-03T10:00:00.000Z'),
];

const original: [LicenceEvent, Provenance] = [
  {
    type: 'LicenceVersionRecorded',
    data: {
      licenceId: LICENCE,
      versionId: ORIGINAL,
      kind: 'original',
      label: 'Original',
      effectiveFrom: null,
      effectiveTo: '2027-12-31',
      endDateSemantics: 'explicit',
      terms: {
        'remote-access': { value: 'prohibited-explicit', internal: true, internalNote: 'on campus only' },
        'walk-in-use': { value: 'other', publicNote: 'ask at the desk' },
        'local-notes': [{ value: 'first' }, { publicNote: 'meaning in the note' }],
        'max-users': { value: -1 },
      },
    },
  },
  at('2026-12-03T10:00:01.000Z'),
];

const amendment: [LicenceEvent, Provenance] = [
  {
    type: 'LicenceVersionRecorded',
    data: {
      licenceId: LICENCE,
      versionId: AMENDMENT,
      kind: 'amendment',
      label: 'Amendment 1',
      effectiveFrom: '2026-01-01',
      effectiveTo: null,
      endDateSemantics: 'open-ended',
      status: 'current',
      terms: { 'walk-in-use': { value: 'yes' } },
    },
  },
  { ...at('2026-12-03T10:00:02.000Z'), imported: { system: 'folio', id: 'folio-amendment-1', updatedAt: '2021-01-01T00:00:00Z' } },
];

const reference = (versionId: string, referenceId: string, category: 'core' | 'supplementary'): [LicenceEvent, Provenance] => [
  {
    type: 'LicenceDocumentReferenced',
    data: {
      licenceId: LICENCE,
      versionId,
      referenceId,
      name: `doc ${referenceId}`,
      documentType: 'licence',
      category,
      url: `https://example.org/${referenceId}`,
    },
  },
  at('2026-12-03T10:00:03.000Z'),
];

describe('exportFolioLicence', () => {
  const licence = licenceOf([
    drafted,
    original,
    amendment,
    reference(ORIGINAL, 'd1', 'core'),
    reference(ORIGINAL, 'd2', 'supplementary'),
    reference(AMENDMENT, 'd3', 'core'),
  ]);
  const exported = exportFolioLicence(licence, vocabulary, lists, mapping);

  it('answers the licence fields as FOLIO does, with the source id and times of a migrated licence', () => {
    expect(exported).toMatchObject({
      id: 'folio-licence-7',
      name: 'Sage journals',
      description: 'All Sage titles',
      dateCreated: '2019-03-01T10:00:00Z',
      lastUpdated: '2020-05-04T09:00:00Z',
      type: { value: 'consortial', label: 'Consortial' },
      status: { value: 'active', label: 'active' },
      endDate: '2027-12-31',
      endDateSemantics: { value: 'explicit', label: 'Explicit' },
      openEnded: false,
      orgs: [
        { org: { name: 'Sage' }, roles: [{ role: { value: 'licensor', label: 'Licensor' } }] },
        {
          org: { name: 'NERL' },
          roles: [{ role: { value: 'consortium', label: 'Consortium' } }, { role: { value: 'licensee', label: 'Licensee' } }],
          note: 'via the consortium',
        },
      ],
      contacts: [{ user: 's-librarian', role: { value: 'negotiator', label: 'negotiator' } }],
      tags: [{ value: 'journals' }, { value: 'stem' }],
      alternateNames: [{ name: 'Sage Premier' }],
    });
    expect(exported).not.toHaveProperty('startDate');
  });

  it('answers each term under its FOLIO name (its own key when unmapped), values as arrays, internal ones marked', () => {
    const properties = exported.customProperties as Record<string, Record<string, unknown>[]>;
    expect(Object.keys(properties)).toEqual(['local-notes', 'max-users', 'remoteAccess', 'walkInAccess']);
    expect(properties.remoteAccess).toEqual([
      expect.objectContaining({ value: { value: 'yes', label: 'Prohibited (explicit)' }, internal: true, note: 'on campus only' }),
    ]);
    expect(properties.walkInAccess).toEqual([
      expect.objectContaining({ value: { value: 'other_(see_notes)', label: 'Other' }, internal: false, publicNote: 'ask at the desk' }),
    ]);
    expect(properties['local-notes'].map(({ type: _type, ...value }) => value)).toEqual([
      { value: 'first', internal: false },
      { internal: false, publicNote: 'meaning in the note' },
    ]);
    expect(properties['max-users'][0]).toMatchObject({ value: -1, type: { name: 'max-users', valueType: 'integer', range: { min: -1 } } });
  });

  it('answers documents as core docs or supplementaryDocs, and every other version as an amendment with its own status, dates and terms', () => {
    expect(exported.docs).toEqual([{ id: 'd1', name: 'doc d1', atType: { value: 'licence', label: 'licence' }, url: 'https://example.org/d1' }]);
    expect(exported.supplementaryDocs).toEqual([{ id: 'd2', name: 'doc d2', atType: { value: 'licence', label: 'licence' }, url: 'https://example.org/d2' }]);
    expect(exported.amendments).toEqual([
      {
        id: 'folio-amendment-1',
        name: 'Amendment 1',
        lastUpdated: '2021-01-01T00:00:00Z',
        status: { value: 'current', label: 'Current' },
        startDate: '2026-01-01',
        endDateSemantics: { value: 'open_ended', label: 'Open ended' },
        openEnded: true,
        customProperties: { walkInAccess: [expect.objectContaining({ value: { value: 'yes', label: 'Yes' }, internal: false })] },
        docs: [{ id: 'd3', name: 'doc d3', atType: { value: 'licence', label: 'licence' }, url: 'https://example.org/d3' }],
        supplementaryDocs: [],
      },
    ]);
  });

  it('names a file held here in fileUpload, under FOLIO’s older id form made of its hash, and leaves out a reference removed', () => {
    const sha256 = 'ab'.repeat(32);
    const file: [LicenceEvent, Provenance] = [
      {
        type: 'LicenceDocumentAttached',
        data: {
          licenceId: LICENCE,
          versionId: ORIGINAL,
          sha256,
          fileName: 'signed.pdf',
          mediaType: 'application/pdf',
          sizeBytes: 1234,
          documentType: 'licence',
          note: 'wet ink',
        },
      },
      at('2026-12-03T10:00:04.000Z'),
    ];
    const removed: [LicenceEvent, Provenance] = [
      { type: 'LicenceDocumentReferenceRemoved', data: { licenceId: LICENCE, versionId: ORIGINAL, referenceId: 'd1', reason: 'wrong licence' } },
      at('2026-12-03T10:00:05.000Z'),
    ];
    const withFile = licenceOf([drafted, original, reference(ORIGINAL, 'd1', 'core'), file, removed]);
    expect(exportFolioLicence(withFile, vocabulary, lists, mapping).docs).toEqual([
      {
        id: 'ab'.repeat(16),
        name: 'signed.pdf',
        atType: { value: 'licence', label: 'licence' },
        note: 'wet ink',
        fileUpload: { id: sha256, name: 'signed.pdf', size: 1234, contentType: 'application/pdf' },
      },
    ]);
  });

  it('answers a licence entered here by its own id and times, and FOLIO users named as contacts by their FOLIO id', () => {
    const local = licenceOf([
      [drafted[0], at('2026-12-03T10:00:00.000Z', false)],
      [original[0], at('2026-12-03T11:00:00.000Z', false)],
      [
        { type: 'LicenceDetailsCorrected', data: { licenceId: LICENCE, contacts: [{ staffId: 'folio:2c7e1f0a', role: 'negotiator' }], reason: 'from FOLIO' } },
        at('2026-12-03T11:00:00.000Z', false),
      ],
    ]);
    expect(exportFolioLicence(local, vocabulary, lists, mapping)).toMatchObject({
      id: LICENCE,
      contacts: [{ user: '2c7e1f0a', role: { value: 'negotiator' } }],
      dateCreated: '2026-12-03T10:00:00.000Z',
      lastUpdated: '2026-12-03T11:00:00.000Z',
    });
  });

  it('gives the same bytes for the same licences, whatever order they come in', () => {
    const other = { ...licence, licenceId: ORIGINAL, drafted: { ...licence.drafted, imported: { ...imported, id: 'folio-licence-1' } } };
    const once = JSON.stringify(exportFolioLicences([licence, other], vocabulary, lists, mapping));
    expect(JSON.stringify(exportFolioLicences([other, licence], vocabulary, lists, mapping))).toBe(once);
    expect(JSON.parse(once).map((record: { id: string }) => record.id)).toEqual(['folio-licence-1', 'folio-licence-7']);
  });
});
