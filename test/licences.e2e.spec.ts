/**
 * Licences against the real process and the operator CLI:
 *  - a signed document acknowledged by the API survives a SIGKILL straight after, byte for byte;
 *  - `era review` prints the same bytes twice, and the same bytes as the API;
 *  - `era verify` re-hashes the signed documents and names one altered on disk;
 *  - a seal's digest kept outside the system is checked by `era verify --seal-digest`;
 *  - an event edited in the SQLite file behind the service's back is reported by `era verify` and by the review.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editEvent, tamperWith } from '@era/event-store-sqlite/testing';
import { ApiClient, ensureBuilt, killAllServices, removeDir, runCli, Service, startService, tempDataDir, TOKENS } from './support';

jest.setTimeout(60_000);

let dataDir: string;
let service: Service;
let api: ApiClient;
let licenceId: string;
let versionId: string;
let documentSha256: string;
const signedPdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3 * 1024 * 1024), Buffer.from('\n%%EOF\n')]);

beforeAll(async () => {
  await ensureBuilt();
  dataDir = tempDataDir('era-e2e-licences');
  service = await startService({ dataDir });
  api = ApiClient.for(service, TOKENS.associate);
  const drafted = await api.post<{ id: string }>('/licences', {
    name: 'Project MUSE',
    licensor: 'Johns Hopkins University Press',
    type: 'local',
    resourceIds: ['muse'],
  });
  expect(drafted.status).toBe(201);
  licenceId = drafted.body.id;
  const version = await api.post<{ versionId: string }>(`/licences/${licenceId}/versions`, {
    kind: 'original',
    label: 'Signed 2024',
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    terms: { 'course-reserves-electronic': { value: 'permitted-explicit', publicNote: 'Link, do not copy' } },
  });
  expect(version.status).toBe(201);
  versionId = version.body.versionId;
}, 120_000);

afterAll(async () => {
  await killAllServices();
  removeDir(dataDir);
});

const download = (path: string) =>
  fetch(`${service.baseUrl}${path}`, { headers: { authorization: `Bearer ${TOKENS.auditor}` } }).then(async (response) => ({
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    bytes: Buffer.from(await response.arrayBuffer()),
  }));

it('keeps an acknowledged signed document through a SIGKILL, byte for byte', async () => {
  const upload = await api.request<{ sha256: string }>(
    'POST',
    `/licences/${licenceId}/versions/${versionId}/documents?documentType=licence&fileName=muse-2024.pdf`,
    {
      raw: signedPdf,
      headers: { 'content-type': 'application/pdf' },
    },
  );
  expect(upload.status).toBe(201);
  documentSha256 = upload.body.sha256;
  await service.kill();

  service = await startService({ dataDir });
  const after = await download(`/licences/${licenceId}/documents/${documentSha256}`);
  expect(after.status).toBe(200);
  expect(after.contentType).toBe('application/pdf');
  expect(after.bytes.equals(signedPdf)).toBe(true);
});

it('prints the same compliance review twice from the CLI, identical to the API answer', async () => {
  const asOf = new Date().toISOString();
  const args = ['review', '--as-of', asOf, '--licence', licenceId, '--effective-on', '2025-06-01'];
  const first = await runCli(args, { dataDir });
  const second = await runCli(args, { dataDir });
  expect(first.code).toBe(0);
  expect(second.stdout).toBe(first.stdout);
  const review = JSON.parse(first.stdout);
  expect(review.licences[0].effectiveTerms).toEqual([
    expect.objectContaining({ key: 'course-reserves-electronic', value: 'permitted-explicit', confirmed: false }),
  ]);
  expect(review.licences[0].versions[0].documents).toEqual([expect.objectContaining({ sha256: documentSha256, integrity: 'intact' })]);
  const fromApi = await ApiClient.for(service, TOKENS.auditor).get(
    `/licences/${licenceId}/compliance-review?asOf=${encodeURIComponent(asOf)}&effectiveOn=2025-06-01`,
  );
  expect(fromApi.status).toBe(200);
  expect(fromApi.text).toBe(first.stdout);
});

it('re-hashes the signed documents in verify, and names one altered on disk', async () => {
  const intact = await runCli(['verify'], { dataDir });
  expect(intact.code).toBe(0);
  expect(intact.stdout).toContain('documents: 1 signed document re-hashed, all intact');
  const file = join(dataDir, 'documents', 'sha256', documentSha256.slice(0, 2), documentSha256.slice(2, 4), documentSha256);
  chmodSync(file, 0o644);
  const altered = Buffer.from(signedPdf);
  altered[1000] ^= 0xff;
  writeFileSync(file, altered);
  try {
    const verify = await runCli(['verify'], { dataDir });
    expect(verify.code).toBe(2);
    expect(verify.stdout).toContain(
      `document muse-2024.pdf (${documentSha256}), attached in stream licence-${licenceId} revision 2, no longer matches its SHA-256`,
    );
    expect((await download(`/licences/${licenceId}/documents/${documentSha256}`)).status).toBe(500);
  } finally {
    writeFileSync(file, signedPdf);
  }
  expect((await runCli(['verify'], { dataDir })).code).toBe(0);
});

it('checks a kept seal digest, and reports an event edited behind the service in verify and in the review', async () => {
  const sealed = await ApiClient.for(service, TOKENS.librarian).post<{ digest: string }>('/ledger/seals', { reason: 'before the annual licence audit' });
  expect(sealed.status).toBe(201);
  expect((await runCli(['verify', '--seal-digest', sealed.body.digest], { dataDir })).code).toBe(0);
  await service.stop('SIGTERM');

  tamperWith(join(dataDir, 'events.sqlite'), (db) =>
    editEvent(db, `licence-${licenceId}`, 1, (data) => JSON.parse(JSON.stringify(data).replaceAll('permitted-explicit', 'prohibited-explicit'))),
  );

  const verify = await runCli(['verify', '--seal-digest', sealed.body.digest], { dataDir });
  expect(verify.code).toBe(2);
  expect(verify.stdout + verify.stderr).toContain(`licence-${licenceId}`);
  const review = await runCli(['review', '--as-of', new Date().toISOString(), '--licence', licenceId], { dataDir });
  expect(review.code).toBe(2);
  const report = JSON.parse(review.stdout);
  expect(report.verification.ok).toBe(false);
  expect(report.verification.problems).toContainEqual(expect.objectContaining({ kind: 'hash-mismatch', streamId: `licence-${licenceId}`, streamRevision: 1 }));
});
