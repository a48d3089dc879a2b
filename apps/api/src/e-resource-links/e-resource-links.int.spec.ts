import { startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { DOCUMENT_UPLOAD_ROUTE } from '@era/licensing';
import { AppModule } from '../app.module';

/** Licences and e-resources, each shown with the other, through the ports the application fills. */
describe('licence links between licensing and e-resources (real SQLite)', () => {
  let api: TestApi;
  let licenceId: string;
  beforeAll(async () => {
    api = await startTestApi({ root: (config) => AppModule.forApi(config), rawBodyRoutes: [DOCUMENT_UPLOAD_ROUTE] });
    const as = api.as(TOKENS.associate);
    const drafted = await api
      .http()
      .post('/licences')
      .set(as)
      .send({ name: 'JSTOR 2026', licensor: 'ITHAKA', type: 'local', resourceIds: ['jstor/arts-1', 'not-yet-1'] });
    licenceId = drafted.body.id;
    const version = await api
      .http()
      .post(`/licences/${licenceId}/versions`)
      .set(as)
      .send({
        kind: 'original',
        label: 'Signed 2026',
        effectiveFrom: '2020-01-01',
        effectiveTo: null,
        terms: { 'ill-electronic': { value: 'prohibited-explicit', internalNote: 'clause 4.2', publicNote: 'Electronic ILL is not allowed' } },
      });
    expect(version.status).toBe(201);
    expect((await api.http().post(`/licences/${licenceId}/status-transitions`).set(as).send({ to: 'active' })).status).toBe(200);
    expect((await api.http().post('/e-resources').set(as).send({ id: 'jstor/arts-1', name: 'JSTOR Arts & Sciences I', resourceType: 'database' })).status).toBe(
      201,
    );
  });
  afterAll(() => api.close());

  it('marks each resource a licence links as registered or not', async () => {
    const licence = await api.http().get(`/licences/${licenceId}`).set(api.as(TOKENS.librarian));
    expect(licence.body.resources).toEqual([
      { resourceId: 'jstor/arts-1', registered: true },
      { resourceId: 'not-yet-1', registered: false },
    ]);
  });

  it("shows on the resource's staff view the licences that link it, with their permitted uses' public notes only", async () => {
    const resource = await api.http().get('/e-resources/jstor%2Farts-1').set(api.as(TOKENS.desk));
    expect(resource.status).toBe(200);
    expect(resource.body.licences).toEqual([
      {
        licenceId,
        name: 'JSTOR 2026',
        status: 'active',
        applies: true,
        permittedUses: [expect.objectContaining({ use: 'ill-electronic', label: 'ILL electronic', publicNote: 'Electronic ILL is not allowed' })],
      },
    ]);
    expect(JSON.stringify(resource.body)).not.toContain('clause 4.2');
  });
});
