import { createHash, randomUUID } from 'node:crypto';
import { binaryBody, startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { DOCUMENT_UPLOAD_ROUTE } from '@era/licensing';
import { AppModule } from './app.module';

/**
 * Every answer carries the security headers; HTML answers a Content-Security-Policy that lets nothing run that the
 * page did not bring itself; downloads are attachments of a type no browser renders as a page.
 */
describe('security headers (real SQLite)', () => {
  let api: TestApi;
  let licenceId: string;
  let versionId: string;
  beforeAll(async () => {
    api = await startTestApi({ root: (config) => AppModule.forApi(config), rawBodyRoutes: [DOCUMENT_UPLOAD_ROUTE] });
    const drafted = await api
      .http()
      .post('/licences')
      .set(api.as(TOKENS.associate))
      .send({ id: randomUUID(), name: 'JSTOR', licensor: 'ITHAKA', type: 'local', resourceIds: ['jstor-as1'] });
    licenceId = drafted.body.id;
    const version = await api
      .http()
      .post(`/licences/${licenceId}/versions`)
      .set(api.as(TOKENS.associate))
      .send({ kind: 'original', label: 'Signed 2024', effectiveFrom: '2024-01-01', effectiveTo: null, terms: {} });
    versionId = version.body.versionId;
  });
  afterAll(() => api.close());

  /** `default-src 'none'; img-src 'self' data:` as { 'default-src': ["'none'"], 'img-src': ["'self'", 'data:'] }. */
  const directives = (policy: string | undefined): Record<string, string[]> =>
    Object.fromEntries(
      (policy ?? '').split(';').map((directive) => {
        const [name, ...values] = directive.trim().split(/\s+/);
        return [name, values];
      }),
    );

  it.each([
    ['a JSON answer', '/licences', TOKENS.auditor],
    ['a problem', '/licences/not-a-uuid', TOKENS.auditor],
    ['a refusal of the token', '/licences', 'not-a-token'],
    ['health', '/health', undefined],
  ])('sends nosniff, no framing and a policy that allows nothing on %s', async (_, path, token) => {
    const response = await api
      .http()
      .get(path)
      .set(token ? api.as(token) : {});
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    const policy = directives(response.headers['content-security-policy']);
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['script-src']).toBeUndefined();
  });

  it('lets the compliance review page use its own stylesheet (by hash) and nothing else', async () => {
    const response = await api.http().get('/compliance-review').query({ asOf: new Date().toISOString(), format: 'html' }).set(api.as(TOKENS.auditor));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const policy = directives(response.headers['content-security-policy']);
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['script-src']).toBeUndefined();
    const styles = [...response.text.matchAll(/<style>([^<]*)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    expect(styles).toHaveLength(1);
    expect(policy['style-src']).toEqual(styles);
    expect(response.text).not.toMatch(/<script|style="/);
  });

  it('serves /docs with a policy that lets Swagger UI load its own scripts and styles, and still frames nothing', async () => {
    const page = await api.http().get('/docs');
    expect(page.status).toBe(200);
    const policy = directives(page.headers['content-security-policy']);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    // Every script is a file from this origin (an inline one would be blocked), and each of them loads.
    expect(page.text).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    const assets = [...page.text.matchAll(/(?:src|href)="\.\/(docs\/[\w./-]+)"/g)].map(([, path]) => `/${path}`);
    expect(assets).toEqual(expect.arrayContaining(['/docs/swagger-ui-bundle.js', '/docs/swagger-ui-init.js', '/docs/swagger-ui.css']));
    for (const asset of assets) expect((await api.http().get(asset)).status).toBe(200);
  });

  it.each([
    ['text/html', 'page.html', '<script>alert(document.cookie)</script>', 'application/octet-stream'],
    ['image/svg+xml', 'logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'application/octet-stream'],
    ['application/pdf', 'Vertrag für 2024.pdf', '%PDF-1.4 signed', 'application/pdf'],
  ])('serves a document uploaded as %s as an attachment of a safe type', async (uploadedAs, fileName, content, servedAs) => {
    const upload = await api
      .http()
      .post(`/licences/${licenceId}/versions/${versionId}/documents`)
      .query({ documentType: 'licence', fileName })
      .set(api.as(TOKENS.associate))
      .set('Content-Type', uploadedAs)
      .send(Buffer.from(content));
    expect(upload.status).toBe(201);
    const download = await api.http().get(upload.body.location).set(api.as(TOKENS.auditor)).buffer(true).parse(binaryBody);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe(servedAs);
    expect(download.headers['content-disposition']).toMatch(/^attachment; /);
    expect(download.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(fileName)}`);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect((download.body as Buffer).toString()).toBe(content);
  });
});
