import { defaultLicenceLists, defaultVocabulary, initialLicence, LicenceRuleViolation } from '@era/licensing-domain';
import { FolioImportStep, FolioLicenceJson, FolioLicencePlan } from '@era/licensing-folio';
import { FolioImportLedger, FolioPlanner, runFolioImport } from './folio-import-run';

const imported = { system: 'folio', id: 'src' };
const draft = (licenceId: string): FolioImportStep => ({
  stream: 'licence',
  licenceId,
  command: { type: 'DraftLicence', data: { licenceId, name: licenceId, type: 'local' } },
  imported,
});
const version = (licenceId: string): FolioImportStep => ({
  stream: 'licence',
  licenceId,
  command: { type: 'RecordVersion', data: { licenceId, versionId: licenceId, kind: 'original', label: 'Original', terms: {} } },
  imported,
});

const licenceOf = (step: FolioImportStep) => (step.stream === 'licence' ? step.licenceId : undefined);

/** Plans each record as two steps (draft, version), or none for a record `{ empty: true }`, with a report line each. */
const planner: FolioPlanner = {
  licenceIdOf: (record) => (typeof record.id === 'string' ? record.id : undefined),
  plan: (record): FolioLicencePlan => {
    const id = String(record.id);
    const line = { sourceId: id, licenceName: id, path: 'name', outcome: 'mapped' as const, detail: 'name' };
    return { sourceId: id, licenceId: id, licenceName: id, steps: record.empty ? [] : [draft(id), version(id)], report: [line] };
  },
};

/** A ledger that appends one event per step, refuses the steps named, and remembers what it was sent. */
function ledger(refuse: (step: FolioImportStep) => boolean, exists: (licenceId: string) => boolean = () => false) {
  const sent: { step: FolioImportStep; causationId: string; imported: unknown; source: string }[] = [];
  let appended = 0;
  const port: FolioImportLedger = {
    ledgerNow: async (licenceId) =>
      ({
        licence: licenceId !== undefined && exists(licenceId) ? { ...initialLicence, exists: true, licenceId } : initialLicence,
        vocabulary: defaultVocabulary,
        lists: defaultLicenceLists,
      }) as never,
    send: async (step, metadata) => {
      if (refuse(step)) throw new LicenceRuleViolation('original-already-recorded', `refused ${step.command.type}`);
      sent.push({ step, causationId: metadata.causationId, imported: metadata.imported, source: metadata.source });
      appended += 1;
      return 1;
    },
    appended: () => appended,
    position: () => appended,
  };
  return { port, sent };
}

const run = (records: FolioLicenceJson[], port: FolioImportLedger, dryRun = false) => {
  let n = 0;
  return runFolioImport(records, port, {
    planner,
    mapping: { terms: [] },
    dryRun,
    metadata: { actor: { id: 's-librarian', role: 'librarian' }, correlationId: 'run-1', source: 'import' },
    newId: () => `cause-${(n += 1)}`,
  });
};

describe('runFolioImport', () => {
  it('stops a licence at its refused step, reports the rule and its message, and goes on with the next licence', async () => {
    const { port, sent } = ledger((step) => step.command.type === 'RecordVersion' && licenceOf(step) === 'a');
    const report = await run([{ id: 'a' }, { id: 'b' }], port);
    expect(report.licences.map(({ sourceId, outcome, events }) => [sourceId, outcome, events])).toEqual([
      ['a', 'refused', 1],
      ['b', 'imported', 2],
    ]);
    expect(report.licences[0].refusal).toEqual({ step: 1, command: 'RecordVersion', code: 'original-already-recorded', message: 'refused RecordVersion' });
    expect(report.licences[0].report.at(-1)).toMatchObject({ outcome: 'refused', detail: 'RecordVersion refused: refused RecordVersion' });
    expect(report.counts).toEqual({
      licences: { imported: 1, updated: 0, unchanged: 0, refused: 1 },
      values: { mapped: 2, defined: 0, unchanged: 0, corrected: 0, refused: 1 },
    });
    expect(report.appended).toBe(3);
    expect(sent.map(({ step }) => `${licenceOf(step)} ${step.command.type}`)).toEqual(['a DraftLicence', 'b DraftLicence', 'b RecordVersion']);
  });

  it('sends every step as an import, with the step’s provenance and a cause of its own', async () => {
    const { port, sent } = ledger(() => false);
    await run([{ id: 'a' }], port);
    expect(sent.map(({ causationId, imported: from, source }) => [causationId, from, source])).toEqual([
      ['cause-1', imported, 'import'],
      ['cause-2', imported, 'import'],
    ]);
  });

  it('says updated for a licence held before, unchanged when nothing was appended, and refused for a record planned as refused', async () => {
    const { port } = ledger(
      () => false,
      (id) => id === 'held',
    );
    const report = await run([{ id: 'held' }, { id: 'same', empty: true }, { name: 'no id', empty: true }], port);
    expect(report.licences.map((licence) => licence.outcome)).toEqual(['updated', 'unchanged', 'unchanged']);
    const refusedWhole: FolioPlanner = {
      licenceIdOf: () => undefined,
      plan: () => ({
        sourceId: '',
        licenceId: '',
        licenceName: '',
        steps: [],
        report: [{ sourceId: '', licenceName: '', path: 'id', outcome: 'refused', detail: 'needs its id' }],
      }),
    };
    const refused = await runFolioImport([{}], ledger(() => false).port, {
      planner: refusedWhole,
      mapping: { terms: [] },
      dryRun: false,
      metadata: { actor: { id: 's-librarian', role: 'librarian' }, correlationId: 'c', source: 'import' },
      newId: () => 'x',
    });
    expect(refused.licences[0].outcome).toBe('refused');
  });

  it.each([
    [
      'an email address in a description',
      { description: 'ask jane.doe@vendor.example' },
      'personal-data',
      'DraftLicence description must not contain personal data (it looks like an email address)',
    ],
    [
      'a phone number in an organisation note',
      { organisations: [{ name: 'Sage', roles: ['licensor'], note: 'call +44 20 7946 0958' }] },
      'personal-data',
      'organisations[0].note',
    ],
    ['an invisible character in a description', { description: 'Sage\u200b journals' }, 'invisible-characters', 'must not contain invisible characters'],
  ])('refuses %s as the API would, before the step is sent', async (_case, extra, code, message) => {
    const screened: FolioPlanner = {
      ...planner,
      plan: (record) => {
        const plan = planner.plan(record, undefined as never, { terms: [] });
        const [first, ...rest] = plan.steps;
        const command = { ...first.command, data: { ...first.command.data, ...extra } } as FolioImportStep['command'];
        return { ...plan, steps: [{ ...first, command } as FolioImportStep, ...rest] };
      },
    };
    const { port, sent } = ledger(() => false);
    const report = await runFolioImport([{ id: 'a' }], port, {
      planner: screened,
      mapping: { terms: [] },
      dryRun: false,
      metadata: { actor: { id: 's-librarian', role: 'librarian' }, correlationId: 'c', source: 'import' },
      newId: () => 'x',
    });
    expect(report.licences[0]).toMatchObject({ outcome: 'refused', events: 0, refusal: { step: 0, command: 'DraftLicence', code } });
    expect(report.licences[0].refusal?.message).toContain(message);
    expect(sent).toEqual([]);
  });

  it('reports no events appended on a dry run', async () => {
    const { port } = ledger(() => false);
    const report = await run([{ id: 'a' }], port, true);
    expect(report).toMatchObject({ dryRun: true, appended: 0, licences: [{ outcome: 'imported', events: 2 }] });
  });

  it('lets any other error through: a store that fails is no refusal', async () => {
    const port: FolioImportLedger = { ...ledger(() => false).port, send: () => Promise.reject(new Error('disk full')) };
    await expect(run([{ id: 'a' }], port)).rejects.toThrow('disk full');
  });
});
