import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApi, TestApi } from '@era/api-testing';
import { AppModule } from './app.module';
import { startTestIssuer } from './testing/test-issuer';

const inquiry = { location: 'main-desk', channel: 'chat', questionType: 'directional', readLevel: 1, durationMinutes: 2, occurredAt: '2026-03-02T10:15:00Z' };

/** OIDC_JWKS_URL: the issuer's keys fetched over HTTP (from this machine here; https elsewhere). */
describe('staff sign-in with the identity provider keys fetched from OIDC_JWKS_URL', () => {
  let directory: string;
  let issuer: Awaited<ReturnType<typeof startTestIssuer>>;
  let keyServer: Server;
  let keysFetched = 0;
  const apis: TestApi[] = [];

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'era-jwks-'));
    issuer = await startTestIssuer(directory);
    const jwks = readFileSync(issuer.env.OIDC_JWKS_FILE);
    keyServer = createServer((_, response) => {
      keysFetched++;
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(jwks);
    });
    await new Promise<void>((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await Promise.all(apis.map((api) => api.close()));
    await new Promise((resolve) => keyServer.close(resolve));
    rmSync(directory, { recursive: true, force: true });
  });

  const apiWithKeysAt = async (url: string) => {
    const api = await startTestApi(
      { root: (config) => AppModule.forApi(config) },
      { OIDC_ISSUER: issuer.env.OIDC_ISSUER, OIDC_AUDIENCE: issuer.env.OIDC_AUDIENCE, OIDC_JWKS_URL: url },
    );
    apis.push(api);
    return api;
  };

  it('verifies tokens against the fetched keys, fetching them once', async () => {
    const api = await apiWithKeysAt(`http://127.0.0.1:${(keyServer.address() as AddressInfo).port}/certs`);
    const token = await issuer.sign('u-desk-remote', { roles: ['desk'] });
    for (let i = 0; i < 3; i++) expect((await api.http().post('/desk/inquiries').set(api.as(token)).send(inquiry)).status).toBe(201);
    expect(keysFetched).toBe(1);
    expect(
      (
        await api
          .http()
          .post('/desk/inquiries')
          .set(api.as(await issuer.sign('u-desk-remote', { roles: ['desk'] }, { audience: 'other' })))
          .send(inquiry)
      ).status,
    ).toBe(401);
  });

  it('answers 503, not 401, while the keys cannot be fetched, appending nothing', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const api = await apiWithKeysAt(`http://127.0.0.1:${port}/certs`);
    const head = await api.head();
    const response = await api
      .http()
      .post('/desk/inquiries')
      .set(api.as(await issuer.sign('u-desk-remote', { roles: ['desk'] })))
      .send(inquiry);
    expect(response.status).toBe(503);
    expect(response.body.detail).toBe("the identity provider's signing keys cannot be fetched; try again shortly");
    expect(await api.head()).toBe(head);
  });
});
