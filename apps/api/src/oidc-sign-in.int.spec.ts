import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collect, startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { DOCUMENT_UPLOAD_ROUTE } from '@era/licensing';
import { AppModule } from './app.module';
import { startTestIssuer, strangerKey, TEST_ISSUER } from './testing/test-issuer';

const WRITES = {
  seal: { path: '/ledger/seals', body: { reason: 'sign-in test' } },
  licence: { path: '/licences', body: { name: 'JSTOR Arts & Sciences I', licensor: 'ITHAKA', type: 'local', resourceIds: ['jstor-as1'] } },
  inquiry: {
    path: '/desk/inquiries',
    body: { location: 'main-desk', channel: 'in-person', questionType: 'reference', readLevel: 3, durationMinutes: 10, occurredAt: '2026-03-02T10:15:00Z' },
  },
} as const;
type Write = keyof typeof WRITES;

/** Per role: a write it may do (the auditor writes nothing: a read instead) and one it may not (admin and librarian may do every write). */
const ROLES: [role: string, allowed: Write | undefined, forbidden: Write | undefined][] = [
  ['admin', 'seal', undefined],
  ['librarian', 'seal', undefined],
  ['associate', 'licence', 'seal'],
  ['desk', 'inquiry', 'licence'],
  ['student', 'inquiry', 'licence'],
  ['auditor', undefined, 'inquiry'],
];

const SERVICE_ACCOUNT_TOKEN = 'svc-era-backup-0f6b1c7e2d9a4b3c8e5f';

describe('staff sign-in through the identity provider (OIDC JWT access tokens) and service accounts', () => {
  let directory: string;
  let issuer: Awaited<ReturnType<typeof startTestIssuer>>;
  let api: TestApi;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'era-oidc-'));
    issuer = await startTestIssuer(directory);
    const staffFile = join(directory, 'staff.json');
    const tokenSha256 = createHash('sha256').update(SERVICE_ACCOUNT_TOKEN).digest('hex');
    writeFileSync(staffFile, JSON.stringify([{ id: 'svc-backup', name: 'Nightly seal', role: 'librarian', tokenSha256 }]));
    api = await startTestApi(
      { root: (config) => AppModule.forApi(config), rawBodyRoutes: [DOCUMENT_UPLOAD_ROUTE] },
      { ...issuer.env, STAFF_FILE: staffFile, ERA_DEV_TOKENS: 'false', OIDC_GROUP_ROLE_MAP: '{"lib-era-desk":"desk"}' },
    );
  });
  afterAll(async () => {
    await api.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const write = (name: Write, token: string) => api.http().post(WRITES[name].path).set(api.as(token)).send(WRITES[name].body);
  const actorAt = async (position: number) => (await collect(api.events.readAll({ after: position - 1, maxCount: 1 })))[0].metadata.actor;

  it.each(ROLES)('lets the %s role sign in, records the token subject as the actor, and refuses what the role may not do', async (role, allowed, forbidden) => {
    const subject = `u-${role}-7f3a`;
    const token = await issuer.sign(subject, { roles: ['offline_access', role] });
    if (allowed) {
      const response = await write(allowed, token);
      expect(response.status).toBe(201);
      expect(await actorAt(response.body.position)).toEqual({ id: subject, role });
    } else {
      expect((await api.http().get('/ledger/seals').set(api.as(token))).status).toBe(200);
    }
    if (forbidden) {
      const head = await api.head();
      const refused = await write(forbidden, token);
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toMatch(`the ${role} role may not do this`);
      expect(await api.head()).toBe(head);
    }
  });

  it('takes the role from a group through OIDC_GROUP_ROLE_MAP', async () => {
    const response = await write('inquiry', await issuer.sign('u-desk-by-group', { groups: ['staff', 'lib-era-desk'] }));
    expect(response.status).toBe(201);
    expect(await actorAt(response.body.position)).toEqual({ id: 'u-desk-by-group', role: 'desk' });
  });

  it('answers 403 to a genuine identity with no role in this service, appending nothing', async () => {
    const head = await api.head();
    const response = await write('inquiry', await issuer.sign('u-patron-1', { roles: ['patron'], groups: ['students'] }));
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.detail).toBe('u-patron-1 is signed in but has no role in this service; ask for one');
    expect(await api.head()).toBe(head);
  });

  const BAD_TOKENS: [string, () => Promise<string>, RegExp][] = [
    ['expired', () => issuer.sign('u-desk-1', { roles: ['desk'] }, { expiresIn: -3600 }), /the token has expired/],
    [
      'from another issuer',
      () => issuer.sign('u-desk-1', { roles: ['desk'] }, { issuer: 'https://evil.example.org/' }),
      /the token's iss claim is not accepted/,
    ],
    ['for another audience', () => issuer.sign('u-desk-1', { roles: ['desk'] }, { audience: 'another-app' }), /the token's aud claim is not accepted/],
    ['unsigned (alg none)', () => Promise.resolve(issuer.unsigned('u-desk-1', { roles: ['desk'] })), /not signed with an accepted public-key algorithm/],
    [
      'HS256-signed with the public key',
      () => issuer.signHs256WithPublicKey('u-desk-1', { roles: ['desk'] }),
      /not signed with an accepted public-key algorithm/,
    ],
    [
      'signed by an unknown key',
      async () => issuer.sign('u-desk-1', { roles: ['desk'] }, { key: await strangerKey(), keyId: 'someone-else' }),
      /not signed by a key of the identity provider/,
    ],
    [
      'signed by another key under the issuer key id',
      async () => issuer.sign('u-desk-1', { roles: ['desk'] }, { key: await strangerKey() }),
      /signature does not verify/,
    ],
    ['whose subject is no staff id', () => issuer.sign('-not an id-', { roles: ['desk'] }), /subject \(sub\) cannot serve as a staff id/],
    ['shaped like a JWT but not one', () => Promise.resolve('eyJhbGciOi.not-json.x'), /not a well-formed signed JWT/],
  ];

  it.each(BAD_TOKENS)('refuses a token %s with 401, saying why, appending nothing', async (_, token, reason) => {
    const head = await api.head();
    const response = await write('inquiry', await token());
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.detail).toMatch(reason);
    expect(await api.head()).toBe(head);
  });

  it('keeps hashed opaque tokens for service accounts, and no development token works without ERA_DEV_TOKENS', async () => {
    const sealed = await write('seal', SERVICE_ACCOUNT_TOKEN);
    expect(sealed.status).toBe(201);
    expect(await actorAt(sealed.body.position)).toEqual({ id: 'svc-backup', role: 'librarian' });
    const head = await api.head();
    for (const token of Object.values(TOKENS)) {
      const response = await write('inquiry', token);
      expect(response.status).toBe(401);
      expect(response.body.detail).toBe('the bearer token does not belong to any staff member');
    }
    expect(await api.head()).toBe(head);
  });

  it('describes both sign-in schemes in the OpenAPI document', async () => {
    const openapi = (await api.http().get('/docs/openapi.json')).body;
    expect(openapi.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer', description: expect.stringContaining(TEST_ISSUER) });
    expect(openapi.components.securitySchemes.oidc).toMatchObject({
      type: 'openIdConnect',
      openIdConnectUrl: `${TEST_ISSUER}/.well-known/openid-configuration`,
    });
    expect(openapi.paths['/desk/inquiries'].post.security).toEqual([{ bearer: [] }, { oidc: [] }]);
    expect(openapi.paths['/health'].get.security).toBeUndefined();
  });
});
