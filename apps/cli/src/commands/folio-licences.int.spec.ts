import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collect, startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { FolioImportReport, LicensingReadModule, LicensingWriteModule } from '@era/licensing';
import { licenceStream } from '@era/licensing-domain';
import { FOLIO_FIXTURES, folioFixture } from '@era/licensing-folio/testing';
import { OpenStores } from '@era/platform';
import { ALL_UPCASTERS } from '@era/projection-catalogue';
import { licencesProjection } from '@era/projection-licences';
import { captureIo, openTestStores, tempDataDir, TempDataDir, testConfig } from '../testing/cli-fixtures';
import { exportFolioLicencesCli, FolioCliContext, importFolioLicences } from './folio-licences';
import { cliStaffDirectory } from './seal';

/** Fixtures the licence rules take whole (see folio-round-trip.int.spec.ts for those they refuse). */
const IMPORTABLE = ['02-test-license-001', '03-bmj-journals-online', '06-test-license-2', '08-mr-license', '12-ours-edge-cases'] as const;

describe('era import folio-licences / era export folio-licences', () => {
  let dir: TempDataDir;
  let stores: OpenStores;
  let file: string;
  const staff = cliStaffDirectory({ identity: { developmentTokens: true, production: false } });
  const context = (role = 'librarian'): FolioCliContext => ({ config: testConfig(dir.path), staff, actor: { id: `s-${role}`, role } });

  beforeAll(async () => {
    dir = tempDataDir();
    stores = await openTestStores(dir.path);
    file = join(dir.path, 'folio-licences.json');
    writeFileSync(file, JSON.stringify({ licenses: IMPORTABLE.map((name) => FOLIO_FIXTURES[name]), totalRecords: IMPORTABLE.length }));
  });
  afterAll(async () => {
    await stores.close();
    dir.remove();
  });

  async function importing(options: Partial<Parameters<typeof importFolioLicences>[1]> = {}, role = 'librarian') {
    const io = captureIo();
    const code = await importFolioLicences(stores, { file, ...options }, io, context(role));
    return { code, out: io.stdout(), err: io.stderr() };
  }

  it('imports each licence as the staff member of ERA_STAFF_TOKEN, prints a summary and writes the report', async () => {
    const report = join(dir.path, 'report.json');
    const { code, out, err } = await importing({ report });
    expect(code).toBe(0);
    const written = JSON.parse(readFileSync(report, 'utf8')) as FolioImportReport;
    expect(written.counts.licences).toEqual({ imported: IMPORTABLE.length, updated: 0, unchanged: 0, refused: 0 });
    expect(written.counts.values.refused).toBe(0);
    expect(out).toContain(`licences: ${IMPORTABLE.length} imported, 0 updated, 0 unchanged, 0 refused`);
    expect(out).toContain(`${written.appended} events appended`);
    expect(out.split('\n')[0]).toMatch(/^source id\s+licence\s+outcome\s+events\s+refused values\s+refusal$/);
    expect(err).toContain(`importing licences ${IMPORTABLE.length} / ${IMPORTABLE.length} (100%)`);
    expect(err).toContain(`report written to ${report}`);
    const [drafted] = await collect(stores.events.readStream(licenceStream(written.licences[0].licenceId)));
    expect(drafted.metadata).toMatchObject({ actor: { id: 's-librarian', role: 'librarian' }, source: 'import', imported: { system: 'folio' } });
  });

  it('appends nothing when the same file is imported again', async () => {
    const head = await stores.events.headPosition();
    const { code, out } = await importing();
    expect(code).toBe(0);
    expect(out).toContain(`licences: 0 imported, 0 updated, ${IMPORTABLE.length} unchanged, 0 refused`);
    expect(out).toContain('0 events appended');
    expect(await stores.events.headPosition()).toBe(head);
  });

  it('appends nothing on a dry run, and says what would be corrected', async () => {
    const changed = join(dir.path, 'changed.json');
    writeFileSync(changed, JSON.stringify([{ ...folioFixture('06-test-license-2'), name: 'Test License 2 (renamed)', lastUpdated: '2030-01-01T00:00:00Z' }]));
    const head = await stores.events.headPosition();
    const { code, out, err } = await importing({ file: changed, dryRun: true, json: true });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ dryRun: true, appended: 0, counts: { licences: { updated: 1 } } });
    expect(err).toContain('checking licences 1 / 1 (100%)');
    expect(await stores.events.headPosition()).toBe(head);
  });

  it.each([
    ['a file that is not JSON', { file: '{"licenses": [' }, 'is not valid JSON'],
    ['a file without licences', { file: '{"totalRecords": 0}' }, 'the file must be FOLIO licence JSON'],
    [
      'a mapping file the check refuses',
      { mapping: JSON.stringify({ terms: [{ folioName: 'remoteAccess', termKey: 'Not A Key' }] }) },
      'terms[0].termKey "Not A Key" must be a term key',
    ],
  ])('refuses %s, recording nothing', async (_case, given: { file?: string; mapping?: string }, message) => {
    const bad = join(dir.path, 'bad.json');
    const mapping = join(dir.path, 'mapping.json');
    if (given.file !== undefined) writeFileSync(bad, given.file);
    if (given.mapping !== undefined) writeFileSync(mapping, given.mapping);
    const head = await stores.events.headPosition();
    const { code, err } = await importing({ file: given.file === undefined ? file : bad, ...(given.mapping !== undefined && { mapping }) });
    expect(code).toBe(1);
    expect(err).toContain(message);
    expect(await stores.events.headPosition()).toBe(head);
  });

  it('lists what was refused in the summary, and exits 1', async () => {
    const refused = join(dir.path, 'refused.json');
    writeFileSync(refused, JSON.stringify([{ ...folioFixture('06-test-license-2'), id: 'not-a-folio-id' }]));
    const head = await stores.events.headPosition();
    const { code, out } = await importing({ file: refused });
    expect(code).toBe(1);
    expect(out).toContain('refused:\n  not-a-folio-id id: a FOLIO licence needs its id');
    expect(out).toContain('licences: 0 imported, 0 updated, 0 unchanged, 1 refused');
    expect(await stores.events.headPosition()).toBe(head);
  });

  it('is for those who direct licence work', async () => {
    const head = await stores.events.headPosition();
    const { code, err } = await importing({}, 'associate');
    expect(code).toBe(1);
    expect(err).toBe('error: the import is for admin or librarian; ERA_STAFF_TOKEN names a member of staff with role associate');
    expect(await stores.events.headPosition()).toBe(head);
  });

  describe('export', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi(
        { features: [LicensingWriteModule, LicensingReadModule], projections: [licencesProjection], upcasters: ALL_UPCASTERS },
        { DATA_DIR: dir.path },
      );
    });
    afterAll(() => api.close());

    it('writes the bytes GET /licences?format=folio answers for the same ledger', async () => {
      const out = join(dir.path, 'export.json');
      const io = captureIo();
      expect(await exportFolioLicencesCli(stores, { out }, io, { config: testConfig(dir.path), staff })).toBe(0);
      expect(io.stdout()).toBe(`${IMPORTABLE.length} licences written to ${out}`);
      const head = await stores.events.headPosition();
      const answered = await api.http().get('/licences?format=folio').set(api.as(TOKENS.librarian)).set('X-Min-Position', String(head)).buffer(true);
      expect(answered.status).toBe(200);
      expect(readFileSync(out, 'utf8')).toBe(answered.text);
    });

    it('prints the JSON on stdout without --out, and a fresh ledger imports it into licences that export the same bytes', async () => {
      const io = captureIo();
      await exportFolioLicencesCli(stores, {}, io, { config: testConfig(dir.path), staff });
      const fresh = tempDataDir();
      const freshStores = await openTestStores(fresh.path);
      try {
        const exported = join(fresh.path, 'exported.json');
        writeFileSync(exported, io.stdout());
        const imported = captureIo();
        const config = { config: testConfig(fresh.path), staff };
        expect(await importFolioLicences(freshStores, { file: exported }, imported, { ...config, actor: { id: 's-librarian', role: 'librarian' } })).toBe(0);
        const again = captureIo();
        await exportFolioLicencesCli(freshStores, {}, again, config);
        expect(again.stdout()).toBe(io.stdout());
      } finally {
        await freshStores.close();
        fresh.remove();
      }
    });
  });
});
