import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { licenceStream } from '@era/licensing-domain';
import { binaryBody, collect, filesUnder, generatedContent, streamRequest, TestApi, TOKENS } from '@era/api-testing';
import { licenceWithVersion, startLicensingApi } from './testing/licences';

const MiB = 1024 * 1024;
const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** Every byte value, so that any text decoding or newline translation on the way would show. */
const binaryContent = () =>
  Buffer.concat([Buffer.from('%PDF-1.7\r\n'), randomBytes(100_000), Buffer.from(Array.from({ length: 256 }, (_, i) => i)), Buffer.from('\r\n%%EOF\n')]);

describe('licence documents over HTTP (real SQLite, files under the data folder)', () => {
  let api: TestApi;
  let licenceId: string;
  let versionId: string;
  beforeAll(async () => {
    api = await startLicensingApi();
    ({ licenceId, versionId } = await licenceWithVersion(api));
  });
  afterAll(() => api.close());

  const documentsDir = () => join(api.dataDir, 'documents');
  const storedFiles = () => filesUnder(documentsDir());
  const uploadPath = (query = 'documentType=licence&fileName=signed.pdf', licence = licenceId, version = versionId) =>
    `/licences/${licence}/versions/${version}/documents?${query}`;
  const upload = (bytes: Buffer, options: { path?: string; token?: string; contentType?: string } = {}) =>
    api
      .http()
      .post(options.path ?? uploadPath())
      .set(api.as(options.token ?? TOKENS.associate))
      .set('Content-Type', options.contentType ?? 'application/pdf')
      .send(bytes);
  const download = (sha256: string, token: string = TOKENS.auditor, licence = licenceId) =>
    api.http().get(`/licences/${licence}/documents/${sha256}`).set(api.as(token)).buffer(true).parse(binaryBody);

  /** Refused with problem+json: nothing appended, no file stored. */
  async function expectRefused(request: () => PromiseLike<{ status: number; headers: Record<string, string>; body: unknown }>, status: number, slug?: string) {
    const [head, files] = [await api.head(), storedFiles()];
    const response = await request();
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const problem = JSON.parse(Buffer.isBuffer(response.body) ? response.body.toString('utf8') : JSON.stringify(response.body));
    if (slug) expect(problem.type).toMatch(new RegExp(`/${slug}$`));
    expect(await api.head()).toBe(head);
    expect(storedFiles()).toEqual(files);
    return problem;
  }

  describe('upload and download', () => {
    it('round-trips a binary document byte for byte, with its hash, name and media type', async () => {
      const bytes = binaryContent();
      const sha256 = sha256Of(bytes);
      const uploaded = await upload(bytes, { path: uploadPath('documentType=countersigned-copy&fileName=Lizenzvertrag%20%E2%80%93%20unterschrieben.pdf') });
      expect(uploaded.status).toBe(201);
      expect(uploaded.body).toMatchObject({
        sha256,
        sizeBytes: bytes.length,
        fileName: 'Lizenzvertrag – unterschrieben.pdf',
        documentType: 'countersigned-copy',
        created: true,
      });
      expect(uploaded.headers.etag).toBe(`"${uploaded.body.revision}"`);
      expect(uploaded.headers.location).toBe(`/licences/${licenceId}/documents/${sha256}`);
      const events = await collect(api.events.readStream(licenceStream(licenceId)));
      expect(events.at(-1)).toMatchObject({
        type: 'LicenceDocumentAttached',
        data: { versionId, sha256, sizeBytes: bytes.length, mediaType: 'application/pdf', documentType: 'countersigned-copy' },
        metadata: { actor: { id: 's-associate', role: 'associate' } },
      });

      const downloaded = await download(sha256);
      expect(downloaded.status).toBe(200);
      expect(Buffer.isBuffer(downloaded.body) && downloaded.body.equals(bytes)).toBe(true);
      expect(downloaded.headers).toMatchObject({
        'content-type': 'application/pdf',
        'content-length': String(bytes.length),
        etag: `"${sha256}"`,
        'repr-digest': `sha-256=:${createHash('sha256').update(bytes).digest('base64')}:`,
        'content-disposition': `attachment; filename="Lizenzvertrag _ unterschrieben.pdf"; filename*=UTF-8''Lizenzvertrag%20%E2%80%93%20unterschrieben.pdf`,
      });
    });

    it('answers 200 and records nothing when the same document is attached to the version again', async () => {
      const bytes = randomBytes(5000);
      expect((await upload(bytes)).status).toBe(201);
      const [head, files] = [await api.head(), storedFiles()];
      const again = await upload(bytes);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ sha256: sha256Of(bytes), created: false });
      expect(again.headers.etag).toBe(`"${again.body.revision}"`);
      expect(await api.head()).toBe(head);
      expect(storedFiles()).toEqual(files);
    });

    it('records application/octet-stream when no media type is sent, and keeps any other as sent', async () => {
      const bytes = randomBytes(1000);
      const untyped = await api.http().post(uploadPath('documentType=order-form&fileName=order')).set(api.as(TOKENS.associate)).send(bytes);
      expect(untyped.status).toBe(201);
      expect(untyped.body.mediaType).toBe('application/octet-stream');
      expect((await download(untyped.body.sha256)).headers['content-type']).toBe('application/octet-stream');
      const json = await upload(Buffer.from('{"seru": true}'), {
        path: uploadPath('documentType=seru-statement&fileName=seru.json'),
        contentType: 'application/json',
      });
      expect(json.status).toBe(201);
      expect(json.body.mediaType).toBe('application/json');
    });

    it('lets a signature name an attached document', async () => {
      const bytes = randomBytes(2000);
      const { sha256 } = (await upload(bytes)).body;
      const signed = await api
        .http()
        .post(`/licences/${licenceId}/versions/${versionId}/signatures`)
        .set(api.as(TOKENS.associate))
        .send({ signedBy: 'Jane Smith', party: 'licensee', signedOn: '2024-01-05', documentSha256: sha256 });
      expect(signed.status).toBe(201);
    });
  });

  describe('refused before the body is read', () => {
    it.each([
      ['the desk', TOKENS.desk],
      ['a student', TOKENS.student],
      ['the auditor', TOKENS.auditor],
    ])('refuses an upload by %s with 403', async (_, token) => {
      await expectRefused(() => upload(randomBytes(1000), { token }), 403);
    });

    it('refuses an upload for an unknown licence or version with 404', async () => {
      await expectRefused(() => upload(randomBytes(1000), { path: uploadPath(undefined, randomUUID()) }), 404, 'licence-not-found');
      await expectRefused(() => upload(randomBytes(1000), { path: uploadPath(undefined, licenceId, randomUUID()) }), 404, 'version-not-found');
    });

    it('refuses a stale If-Match with 409', async () => {
      await expectRefused(() => upload(randomBytes(1000)).set('If-Match', '"0"'), 409, 'concurrency-conflict');
    });

    it.each([
      ['no file name', 'documentType=licence'],
      ['an empty file name', 'documentType=licence&fileName='],
      ['a path in the file name', 'documentType=licence&fileName=..%2F..%2Fetc%2Fpasswd'],
      ['a Windows path in the file name', 'documentType=licence&fileName=C%3A%5Csigned.pdf'],
      ['a control character in the file name', 'documentType=licence&fileName=signed%0A.pdf'],
      ['a file name of 256 characters', `documentType=licence&fileName=${'a'.repeat(252)}.pdf`],
      ['"." as file name', 'documentType=licence&fileName=..'],
      ['two file names', 'documentType=licence&fileName=a.pdf&fileName=b.pdf'],
      ['a document type that is no list key', 'documentType=Invoice%20copy&fileName=signed.pdf'],
      ['an unknown query parameter', 'documentType=licence&fileName=signed.pdf&overwrite=true'],
    ])('refuses %s with 400', async (_, query) => {
      await expectRefused(() => upload(randomBytes(1000), { path: uploadPath(query) }), 400, 'validation');
    });

    it('refuses a document type the document-type list does not have with 422, nothing read or stored', async () => {
      await expectRefused(() => upload(randomBytes(1000), { path: uploadPath('documentType=invoice&fileName=signed.pdf') }), 422, 'unknown-list-value');
    });

    it.each([
      ['a right-to-left override', '%E2%80%AEfdp.exe', 'U+202E'],
      ['a zero-width space', 'signed%E2%80%8B.pdf', 'U+200B'],
      ['a left-to-right isolate', 'signed%E2%81%A6.pdf', 'U+2066'],
      ['a C1 control character', 'signed%C2%85.pdf', 'U+0085'],
    ])('refuses a file name with %s with 400, naming the character', async (_, fileName, codePoint) => {
      const problem = await expectRefused(
        () => upload(randomBytes(1000), { path: uploadPath(`documentType=licence&fileName=${fileName}`) }),
        400,
        'validation',
      );
      expect(problem.errors).toEqual([
        { field: 'fileName', messages: [expect.stringContaining(`invisible characters (such as bidi overrides or zero-width spaces); found ${codePoint}`)] },
      ]);
    });

    it('refuses a malformed media type and an empty document with 400', async () => {
      await expectRefused(() => upload(randomBytes(100), { contentType: 'pdf' }), 400, 'invalid-media-type');
      await expectRefused(() => upload(Buffer.alloc(0)), 400, 'document-empty');
    });

    it('accepts a file name of 255 characters', async () => {
      const response = await upload(randomBytes(100), { path: uploadPath(`documentType=licence&fileName=${'a'.repeat(251)}.pdf`) });
      expect(response.status).toBe(201);
    });
  });

  describe('download', () => {
    it('is for licence readers only', async () => {
      const { sha256 } = (await upload(randomBytes(3000))).body;
      expect((await download(sha256, TOKENS.associate)).status).toBe(200);
      for (const token of [TOKENS.desk, TOKENS.student]) await expectRefused(() => download(sha256, token), 403);
    });

    it('serves only documents attached to that licence', async () => {
      const { sha256 } = (await upload(randomBytes(3000))).body;
      const other = await licenceWithVersion(api);
      await expectRefused(() => download(sha256, TOKENS.auditor, other.licenceId), 404, 'document-not-found');
      await expectRefused(() => download(sha256Of(randomBytes(8))), 404, 'document-not-found');
      await expectRefused(() => download(sha256, TOKENS.auditor, randomUUID()), 404, 'licence-not-found');
      await expectRefused(() => download('not-a-hash'), 400, 'invalid-document-address');
    });

    it('refuses to serve a file altered on disk, naming the hash it should have', async () => {
      const bytes = randomBytes(20_000);
      const { sha256 } = (await upload(bytes)).body;
      const [file] = storedFiles().filter((path) => path.includes(sha256));
      expect(file).toBeDefined();
      chmodSync(file, 0o644);
      const altered = readFileSync(file);
      altered[10_000] ^= 0x01;
      writeFileSync(file, altered);

      const problem = await expectRefused(() => download(sha256), 500, 'document-integrity-failure');
      expect(problem.title).toBe('Internal error');
      expect(problem.detail).toContain(sha256);
      expect(problem.detail).toMatch(/altered outside the system and has not been served/);
    });

    it('says so when a recorded document has disappeared from storage', async () => {
      const { sha256 } = (await upload(randomBytes(4000))).body;
      const [file] = storedFiles().filter((path) => path.includes(sha256));
      renameSync(file, join(api.dataDir, `moved-away-${sha256}`));
      const problem = await expectRefused(() => download(sha256), 500, 'document-missing');
      expect(problem.detail).toContain(sha256);
    });
  });

  describe('the size limit (default 25 MiB)', () => {
    it('refuses a 50 MB upload streamed without a declared size: 413, nothing appended, nothing left in the documents folder', async () => {
      const [head, files] = [await api.head(), storedFiles()];
      const response = await streamRequest(
        api,
        uploadPath(),
        { ...api.as(TOKENS.associate), 'Content-Type': 'application/pdf' },
        generatedContent(50 * 1000 * 1000),
      );
      expect(response.status).toBe(413);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      const problem = response.json();
      expect(problem).toMatchObject({ status: 413, type: expect.stringMatching(/document-too-large$/), detail: expect.stringContaining(String(25 * MiB)) });
      expect(problem.detail).not.toMatch(/Content-Length/);
      expect(await api.head()).toBe(head);
      expect(storedFiles()).toEqual(files);
      // The connection and the service carry on.
      expect((await upload(randomBytes(1000))).status).toBe(201);
    }, 60_000);
  });
});

describe('licence documents with a small upload limit (MAX_DOCUMENT_BYTES = 1 MiB)', () => {
  let api: TestApi;
  let uploadPath: string;
  beforeAll(async () => {
    api = await startLicensingApi({ MAX_DOCUMENT_BYTES: String(MiB) });
    const { licenceId, versionId } = await licenceWithVersion(api);
    uploadPath = `/licences/${licenceId}/versions/${versionId}/documents?documentType=licence&fileName=signed.pdf`;
  });
  afterAll(() => api.close());

  const storedFiles = () => filesUnder(join(api.dataDir, 'documents'));

  it('refuses a 2 MiB upload by its Content-Length with 413 before reading it', async () => {
    const [head, files] = [await api.head(), storedFiles()];
    const response = await api
      .http()
      .post(uploadPath)
      .set(api.as(TOKENS.associate))
      .set('Content-Type', 'application/pdf')
      .send(randomBytes(2 * MiB));
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ type: expect.stringMatching(/document-too-large$/), detail: expect.stringContaining(`Content-Length ${2 * MiB}`) });
    expect(await api.head()).toBe(head);
    expect(storedFiles()).toEqual(files);
  });

  it('refuses a 2 MiB upload streamed without a declared size once it passes the limit', async () => {
    const [head, files] = [await api.head(), storedFiles()];
    const response = await streamRequest(
      api,
      uploadPath,
      { ...api.as(TOKENS.associate), 'Content-Type': 'application/pdf' },
      Readable.from([randomBytes(MiB), randomBytes(MiB)]),
    );
    expect(response.status).toBe(413);
    expect(response.json()).toMatchObject({ type: expect.stringMatching(/document-too-large$/), detail: expect.not.stringMatching(/Content-Length/) });
    expect(await api.head()).toBe(head);
    expect(storedFiles()).toEqual(files);
  });

  it('accepts a document of exactly the limit', async () => {
    const bytes = randomBytes(MiB);
    const response = await api.http().post(uploadPath).set(api.as(TOKENS.associate)).set('Content-Type', 'application/pdf').send(bytes);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ sha256: sha256Of(bytes), sizeBytes: MiB });
  });
});
