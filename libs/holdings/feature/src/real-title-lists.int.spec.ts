// The vendors' real KBART files of ../shared/data/kbart (see its SOURCES.md) imported through HTTP, each into its own
// package, then imported again. Skipped when the folder is absent: `npm test` needs nothing outside the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestApi } from '@era/api-testing';
import { importFile, registerResource, startTitleListApi } from './testing/title-list-api';

const ROOT = join(__dirname, '../../../..');
const CANDIDATES = process.env.KBART_DATA ? [process.env.KBART_DATA] : [join(ROOT, '../shared/data/kbart'), join(ROOT, '../../shared/data/kbart')];
const FOLDER = CANDIDATES.find((folder) => existsSync(join(folder, 'SOURCES.md')));
const FILES = FOLDER ? readdirSync(FOLDER).filter((file) => file.endsWith('.txt') || file.endsWith('.tsv')) : [];

(FOLDER ? describe : describe.skip)('the vendors’ real KBART files imported into packages through HTTP', () => {
  let api: TestApi;
  const table: string[] = [];

  beforeAll(async () => {
    api = await startTitleListApi({ MAX_DOCUMENT_BYTES: String(64 * 1024 * 1024) });
  });
  afterAll(async () => {
    console.log(['file | outcome | rows | titles | rejected | refusal', ...table].join('\n'));
    await api?.close();
  });

  it.each(FILES.length > 0 ? FILES : ['(none)'])(
    'given %s, when imported and imported again, then never a server error, and the second import finds it unchanged',
    async (file) => {
      const packageId = `real-${file.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`;
      await registerResource(api, packageId, 'e-journal-package');
      const bytes = readFileSync(join(FOLDER as string, file));
      const { accepted, job } = await importFile(api, packageId, bytes, { fileName: file });
      expect(accepted.status).toBe(202);
      expect(job?.status).toBe('done');
      const outcome = job?.outcome;
      table.push(
        `${file} | ${outcome?.outcome} | ${outcome?.summary.rows} | ${outcome?.summary.titles} | ${outcome?.summary.rejected} | ${outcome?.refusal?.code ?? ''}`,
      );
      if (outcome?.outcome === 'imported') {
        const again = await importFile(api, packageId, bytes, { fileName: file });
        expect(again.job?.outcome).toMatchObject({ outcome: 'unchanged', version: 1 });
      } else {
        expect(outcome?.refusal?.message).toEqual(expect.any(String));
      }
    },
  );
});
