import { initialLicence, valuesOf } from '@era/licensing-domain';
import { ledgerIdOfFolioId } from './folio-ids';
import { FolioLicencePlan } from './folio-migration';
import { planFolioLicence } from './plan-folio-licence';
import { folioFixture, folioLicence, folioRefdata, folioTermValue, InMemoryLedger } from './testing';

const EDGE_CASES_ID = 'e2a7c1f0-9d3b-4a5e-8f61-0c2d4e6f8a12';
const RENEWAL_ID = 'e2a7c1f0-9d3b-4a5e-8f61-0c2d4e6f8a14';
const BRIDGE_ID = 'e2a7c1f0-9d3b-4a5e-8f61-0c2d4e6f8a13';

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => value as Json[];
const refused = (plan: FolioLicencePlan) => plan.report.filter((line) => line.outcome === 'refused');

describe('a FOLIO record changed since it was imported', () => {
  const ledger = new InMemoryLedger();
  ledger.apply(planFolioLicence(folioFixture('12-ours-edge-cases'), ledger.now(EDGE_CASES_ID)));

  const changed = folioFixture('12-ours-edge-cases');
  changed.lastUpdated = '2025-02-03T04:05:06Z';
  changed.description = 'Renegotiated in 2025.';
  changed.status = folioRefdata('active', 'Active');
  const properties = changed.customProperties as Record<string, Json[]>;
  delete properties.scholarlySharing;
  properties.copyPrint[0].publicNote = 'Up to 10% of a work';
  list(changed.docs)[0].note = 'Original with wet signatures; copy scanned';
  const renewal = list(changed.amendments).find((amendment) => amendment.id === RENEWAL_ID) as Json;
  (renewal.customProperties as Record<string, Json[]>).concurrentAccess[0].value = 30;
  renewal.endDate = '2027-12-31';
  renewal.endDateSemantics = folioRefdata('explicit', 'Explicit');
  const plan = planFolioLicence(changed, ledger.now(EDGE_CASES_ID));

  it("plans corrections only, each giving FOLIO's update as its reason", () => {
    expect(refused(plan)).toEqual([]);
    expect(plan.steps.map((step) => step.command.type)).toEqual([
      'CorrectLicenceDetails',
      'CorrectLicenceStatus',
      'CorrectVersion',
      'RemoveDocumentReference',
      'ReferenceDocument',
      'CorrectVersion',
    ]);
    for (const { command } of plan.steps) {
      if ('reason' in command.data) expect(command.data.reason).toBe('changed in FOLIO: updated 2025-02-03T04:05:06Z');
    }
  });

  it('reports what changed as corrected and the rest as unchanged', () => {
    const outcome = (path: string) => plan.report.find((line) => line.path === path)?.outcome;
    expect(outcome('description')).toBe('corrected');
    expect(outcome('status')).toBe('corrected');
    expect(outcome('customProperties.copyPrint[0]')).toBe('corrected');
    expect(outcome('customProperties.illPrint[0]')).toBe('unchanged');
    expect(outcome('docs[0]')).toBe('corrected');
    expect(outcome('docs[1]')).toBe('unchanged');
    expect(outcome('amendments[1].customProperties.concurrentAccess[0]')).toBe('corrected');
    expect(outcome('amendments[0].customProperties.textAndDataMining[0]')).toBe('unchanged');
  });

  it('brings the licence to the record, after which a re-import plans nothing', () => {
    ledger.apply(plan);
    const licence = ledger.licence(EDGE_CASES_ID);
    const original = licence.versions.find((version) => version.kind === 'original');
    const renewed = licence.versions.find((version) => version.versionId === RENEWAL_ID);
    expect([licence.description, licence.status]).toEqual(['Renegotiated in 2025.', 'active']);
    expect(original?.terms['scholarly-sharing']).toBeUndefined();
    expect(original?.terms['print-copy']).toEqual({ value: 'permitted-explicit', publicNote: 'Up to 10% of a work' });
    expect(original?.references.filter((reference) => reference.removed === undefined).map((reference) => reference.note)).toContain(
      'Original with wet signatures; copy scanned',
    );
    expect([renewed?.terms['concurrent-users'], renewed?.effectiveTo, renewed?.endDateSemantics]).toEqual([
      { value: 30, internal: true },
      '2027-12-31',
      'explicit',
    ]);
    expect(planFolioLicence(changed, ledger.now(EDGE_CASES_ID)).steps).toEqual([]);
  });

  it('withdraws an amendment FOLIO no longer lists, and records one it lists anew', () => {
    const moved = structuredClone(changed);
    const bridge = list(moved.amendments).find((amendment) => amendment.id === BRIDGE_ID) as Json;
    moved.amendments = [{ ...bridge, id: '0c6f5a3e-1b2d-4c5e-8f70-9a1b2c3d4e5f', name: 'Bridge amendment (re-entered in FOLIO)', docs: [] }, renewal];
    const next = planFolioLicence(moved, ledger.now(EDGE_CASES_ID));
    expect(next.steps.map((step) => step.command.type)).toEqual(['RecordVersion', 'WithdrawVersion']);
    ledger.apply(next);
    expect(ledger.licence(EDGE_CASES_ID).versions.find((version) => version.versionId === BRIDGE_ID)?.withdrawn?.reason).toBe(
      'deleted in FOLIO: updated 2025-02-03T04:05:06Z',
    );
  });
});

describe('a record the planner cannot take whole: refused in the report, never thrown', () => {
  const empty = { licence: initialLicence, vocabulary: new InMemoryLedger().vocabulary, lists: new InMemoryLedger().lists };
  const termValue = (name: string, value: unknown) => ({ customProperties: { [name]: [folioTermValue(name, 'Integer', value)] } });

  it.each([
    ['not an object', null, '', 'must be a JSON object'],
    ['a list', [folioLicence()], '', 'must be a JSON object'],
    ['no id', folioLicence({ id: undefined }), 'id', 'needs its id'],
    ['an id that is no UUID', folioLicence({ id: 'licence-1' }), 'id', 'needs its id'],
    ['no name', folioLicence({ name: '   ' }), 'name', 'needs a name'],
    ['no status', folioLicence({ status: undefined }), 'status', 'needs a status'],
    ['a status the mapping gives no lifecycle', folioLicence({ status: folioRefdata('on_hold', 'On hold') }), 'status', 'statusLifecycles'],
  ])('%s: the whole record is refused, nothing planned', (_case, record, path, reason) => {
    const plan = planFolioLicence(record, empty);
    expect(plan.steps).toEqual([]);
    expect(refused(plan)).toEqual([expect.objectContaining({ path, detail: expect.stringContaining(reason) })]);
  });

  it.each([
    ['a value of the wrong type', termValue('concurrentAccess', 'ten'), 'customProperties.concurrentAccess[0]', 'takes a whole number'],
    ['a value that is no object', { customProperties: { concurrentAccess: ['ten'] } }, 'customProperties.concurrentAccess[0]', 'must be an object'],
    [
      'an empty value without a note',
      { customProperties: { authorisedUsers: [folioTermValue('authorisedUsers', 'Text', '')] } },
      'customProperties.authorisedUsers[0]',
      'says nothing',
    ],
    [
      'a second value for a single-valued term',
      { customProperties: { concurrentAccess: [folioTermValue('concurrentAccess', 'Integer', 1), folioTermValue('concurrentAccess', 'Integer', 2)] } },
      'customProperties.concurrentAccess[1]',
      'takes one value',
    ],
    [
      'a walkInAccess value neither Yes, No nor Other',
      { customProperties: { walkInAccess: [folioTermValue('walkInAccess', 'Refdata', folioRefdata('maybe', 'Maybe'))] } },
      'customProperties.walkInAccess[0]',
      'yes, no or other',
    ],
    [
      'a FOLIO name whose key the mapping gives another FOLIO term',
      { customProperties: { ipAuthentication: [folioTermValue('ipAuthentication', 'Refdata', folioRefdata('yes', 'Yes'))] } },
      'customProperties.ipAuthentication[0]',
      'map it in the mapping file',
    ],
    ['customProperties that are no object', { customProperties: ['x'] }, 'customProperties', 'must be an object'],
    ['too many amendments', { amendments: Array.from({ length: 101 }, () => ({})) }, 'amendments', 'more than the 100'],
    [
      'an amendment without an id',
      { amendments: [{ name: 'Amendment', status: folioRefdata('active', 'Active') }] },
      'amendments[0]',
      'needs its own FOLIO id',
    ],
    [
      'an amendment status the mapping does not know',
      { amendments: [{ id: '1b2c3d4e-0000-4000-8000-000000000001', name: 'A', status: folioRefdata('pending', 'Pending') }] },
      'amendments[0].status',
      'amendmentStatusEffects',
    ],
    ['a document with neither URL, location nor file', { docs: [{ id: '1b2c3d4e-0000-4000-8000-000000000002', name: 'Licence' }] }, 'docs[0]', 'needs a URL'],
    [
      'a contact whose FOLIO user id is no staff id',
      { contacts: [{ user: 'a user', role: folioRefdata('erm_librarian', 'ERM Librarian') }] },
      'contacts[0]',
      'FOLIO user id',
    ],
    ['an organisation without a name', { orgs: [{ org: {}, roles: [] }] }, 'orgs[0]', 'needs a name'],
    ['a start date that is no date', { startDate: '01/02/2024' }, 'startDate', 'must be a date'],
    ['a FOLIO field the import does not read', { links: [{ linkType: 'kb-ebsco.package', linkId: '12-334' }] }, 'links', 'not read by this import'],
    [
      'an amendment field the import does not read',
      { amendments: [{ id: '1b2c3d4e-0000-4000-8000-000000000003', name: 'A', links: [{}] }] },
      'amendments[0].links',
      'not read',
    ],
    ['an explicit end without an end date', { endDateSemantics: folioRefdata('explicit', 'Explicit') }, 'endDateSemantics', 'read as implicit'],
    ['an open end with an end date', { endDate: '2025-12-31' }, 'endDateSemantics', 'read as explicit'],
  ])('%s: that part is refused, the rest is planned', (_case, changes, path, reason) => {
    const plan = planFolioLicence(folioLicence(changes), empty);
    expect(refused(plan)).toEqual([expect.objectContaining({ path, detail: expect.stringContaining(reason) })]);
    expect(plan.steps.map((step) => step.command.type)).toContain('DraftLicence');
  });

  it("reads FOLIO's older 32-hex ids as the same digits in UUID form, on every import alike", () => {
    const record = folioLicence({ id: 'FF8081816889EB56016889F142D9003B' });
    const plan = planFolioLicence(record, empty);
    expect(plan.licenceId).toBe('ff808181-6889-eb56-0168-89f142d9003b');
    expect(plan.licenceId).toBe(ledgerIdOfFolioId('ff8081816889eb56016889f142d9003b'));
  });

  it('keeps every value of a FOLIO record in the plan: one report line per term value', () => {
    const record = folioFixture('04-academic-rights-press');
    const values = Object.values(record.customProperties as Record<string, unknown[]>).flat().length;
    const plan = planFolioLicence(record, empty);
    expect(plan.report.filter((line) => line.path.startsWith('customProperties.'))).toHaveLength(values);
    const recorded = plan.steps.map((step) => step.command).find((command) => command.type === 'RecordVersion');
    expect(recorded?.type === 'RecordVersion' && Object.values(recorded.data.terms).flatMap((entry) => (entry ? valuesOf(entry) : []))).toHaveLength(values);
  });
});

describe('never throws, whatever a record holds', () => {
  const empty = { licence: initialLicence, vocabulary: new InMemoryLedger().vocabulary, lists: new InMemoryLedger().lists };
  const oddities: unknown[] = [null, -1.5, true, ' ', 'x'.repeat(5_000), [null], {}, { value: [] }];

  /** Every path of a record, down to its leaves: each is replaced in turn by each oddity. */
  function* paths(value: unknown, path: (string | number)[] = []): Generator<(string | number)[]> {
    if (path.length > 0) yield path;
    if (Array.isArray(value)) for (let i = 0; i < value.length; i += 1) yield* paths(value[i], [...path, i]);
    else if (typeof value === 'object' && value !== null) for (const key of Object.keys(value)) yield* paths((value as Json)[key], [...path, key]);
  }

  function replaced(record: Json, path: (string | number)[], oddity: unknown): Json {
    const copy = structuredClone(record);
    let at: Record<string | number, unknown> = copy;
    for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>;
    at[path[path.length - 1]] = oddity;
    return copy;
  }

  it('plans or refuses every record with one of its fields replaced by something odd', () => {
    // Each kind of part once: licence fields, an organisation, a contact, terms of three kinds, a document, an amendment with its own.
    const record = folioLicence({
      description: 'A licence',
      tags: [{ value: 'tag' }],
      alternateNames: [{ name: 'Other name' }],
      contacts: [{ user: { id: 'u-1' }, role: folioRefdata('erm_librarian', 'ERM librarian') }],
      customProperties: {
        remoteAccess: [folioTermValue('remoteAccess', 'Refdata', folioRefdata('yes', 'Yes'), { note: 'n' })],
        concurrentAccess: [folioTermValue('concurrentAccess', 'Integer', 5)],
        ownTerm: [folioTermValue('ownTerm', 'Text', 'text', { publicNote: 'p' })],
      },
      docs: [{ id: '1b2c3d4e-0000-4000-8000-000000000010', name: 'Licence', atType: folioRefdata('license', 'License'), url: 'https://example.org/l' }],
      supplementaryDocs: [{ id: '1b2c3d4e-0000-4000-8000-000000000011', name: 'Upload', fileUpload: { id: 'f', name: 'f.pdf', size: 1 } }],
      amendments: [
        {
          id: '1b2c3d4e-0000-4000-8000-000000000012',
          name: 'Amendment',
          status: folioRefdata('active', 'Active'),
          startDate: '2024-06-01',
          customProperties: { illPrint: [folioTermValue('illPrint', 'Refdata', folioRefdata('unmentioned', 'Unmentioned'))] },
          docs: [{ id: '1b2c3d4e-0000-4000-8000-000000000013', name: 'Letter', location: 'Cabinet 1' }],
        },
      ],
    });
    let planned = 0;
    for (const path of paths(record)) {
      for (const oddity of oddities) {
        const plan = planFolioLicence(replaced(record, path, oddity), empty);
        // An exception the planner caught would read "could not be read": none may happen.
        expect([path.join('.'), plan.report.filter((line) => line.detail.includes('could not be read'))]).toEqual([path.join('.'), []]);
        planned += 1;
      }
    }
    expect(planned).toBeGreaterThan(400);
  });
});
