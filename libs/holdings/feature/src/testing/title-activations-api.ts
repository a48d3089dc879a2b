import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from '@era/api-testing';
import { EResourceRegistered, eResourceStream } from '@era/e-resources-domain';
import { AppendMetadata } from '@era/event-store';
import { PackageTitle, PackageTitlesAdded, TitleListImported, titleListStream, titleTableOf } from '@era/holdings-domain';
import { TitleActivationsModule } from '../title-activations.module';
import { TITLE_SELECTION_UPLOAD_ROUTE } from '../title-activations-shared/upload-route';

/** Title activations alone over real SQLite and HTTP (the e-resource register and the title-list import are seeded as events). */
export function startTitleActivationsApi(env: Record<string, string> = {}): Promise<TestApi> {
  return startTestApi({ features: [TitleActivationsModule], projections: [], upcasters: [], rawBodyRoutes: [TITLE_SELECTION_UPLOAD_ROUTE] }, env);
}

const seeding = (): AppendMetadata => ({ actor: { id: 'seed', role: 'associate' }, correlationId: randomUUID(), causationId: randomUUID(), source: 'api' });

/** A registered e-resource of the given type, as the e-resources area would have recorded it. */
export async function seedResource(api: TestApi, resourceId: string, resourceType = 'e-journal-package'): Promise<void> {
  const data: EResourceRegistered = {
    resourceId,
    name: `Package ${resourceId}`,
    alternateNames: [],
    formerNames: [],
    resourceType,
    subjects: [],
    accessUrl: 'https://journals.example.org/',
    proxied: false,
    hidden: false,
  };
  await api.events.append(eResourceStream(resourceId), [{ type: 'EResourceRegistered', data }], { expectedRevision: 'no_stream', metadata: seeding() });
}

/** Version 1 of the package's title list, as the import would append it: TitleListImported, then the titles added. */
export async function seedTitleList(api: TestApi, resourceId: string, titles: readonly PackageTitle[]): Promise<void> {
  const imported: TitleListImported = {
    resourceId,
    version: 1,
    effectiveFrom: '2026-01-01',
    file: { sha256: 'f'.repeat(64), sizeBytes: 1000, encoding: 'utf-8', encodingSource: 'valid-utf-8', phase: 'II' },
    report: { sha256: 'e'.repeat(64), sizeBytes: 10 },
    summary: { rows: titles.length, imported: titles.length, repaired: 0, rejected: 0, duplicates: 0, titles: titles.length },
    changes: { added: titles.length, removed: 0, revised: 0 },
    strict: false,
  };
  const added: PackageTitlesAdded[] = [];
  for (let i = 0; i < titles.length; i += 250) added.push({ resourceId, version: 1, titles: titleTableOf(titles.slice(i, i + 250)) });
  await api.events.append(
    titleListStream(resourceId),
    [{ type: 'TitleListImported', data: imported }, ...added.map((data) => ({ type: 'PackageTitlesAdded', data }))],
    { expectedRevision: 'no_stream', metadata: seeding() },
  );
}

/** A serial with an ISSN check digit computed from its seven digits (the fixtures' journals are made up, their identifiers valid). */
export function issn(seven: string): string {
  const sum = [...seven].reduce((total, digit, i) => total + Number(digit) * (8 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return `${seven.slice(0, 4)}-${seven.slice(4)}${check === 10 ? 'X' : String(check)}`;
}

export const serial = (titleId: string, title: string, onlineIssn: string, printIssn?: string): PackageTitle => ({
  key: `id:${titleId}`,
  values: {
    publication_title: title,
    title_id: titleId,
    online_identifier: onlineIssn,
    ...(printIssn !== undefined && { print_identifier: printIssn }),
    publication_type: 'serial',
  },
  coverage: [{ date_first_issue_online: '2000' }],
});

export const monograph = (isbn13: string, title: string): PackageTitle => ({
  key: `isbn:${isbn13}`,
  values: { publication_title: title, online_identifier: isbn13, publication_type: 'monograph' },
  coverage: [{}],
});
