import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { filesUnder, streamRequest, TestApi, TOKENS } from '@era/api-testing';
import { licenceWithVersion, startLicensingApi } from '../testing/licences';

/**
 * An upload whose attachment is refused after its bytes arrived (here: the version was withdrawn while the file was
 * on its way) leaves no file behind: the bytes are kept only once the attachment is decided.
 */
describe('bytes of a refused attachment (real SQLite and files)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startLicensingApi();
  });
  afterAll(() => api.close());

  const documentsDir = () => join(api.dataDir, 'documents');

  async function untilSomethingArrives(): Promise<void> {
    for (let tries = 0; filesUnder(join(documentsDir(), 'incoming')).length === 0; tries++) {
      if (tries > 500) throw new Error('the upload never started');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  it('stores nothing when the version is withdrawn while the file is uploaded', async () => {
    const { licenceId, versionId } = await licenceWithVersion(api);
    const body = new PassThrough();
    const answer = streamRequest(
      api,
      `/licences/${licenceId}/versions/${versionId}/documents?documentType=licence&fileName=signed.pdf`,
      { Authorization: `Bearer ${TOKENS.associate}`, 'Content-Type': 'application/pdf' },
      body,
    );
    body.write(Buffer.from('%PDF-1.4 first part '));
    await untilSomethingArrives();
    const head = await api.head();
    const withdrawn = await api
      .http()
      .post(`/licences/${licenceId}/versions/${versionId}/withdrawals`)
      .set(api.as(TOKENS.librarian))
      .send({ reason: 'recorded on the wrong licence' });
    expect(withdrawn.status).toBe(200);
    body.end(Buffer.from('and the rest'));

    const refused = await answer;
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await api.head()).toBe(head + 1);
    expect(filesUnder(documentsDir())).toEqual([]);
  });
});
