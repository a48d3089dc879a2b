import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { collect, filesUnder, TestApi, TOKENS } from '@era/api-testing';
import { EventStore } from '@era/event-store';
import { verifyEventStore } from '@era/ledger-integrity';
import { RAW_EVENT_STORE } from '@era/platform';
import { startAccessApi } from './testing/access-api';

const keyOf = (byte: number) => Buffer.alloc(32, byte).toString('base64');
const account = { organisationId: 'org-ebsco', adminUrl: 'https://eadmin.example.com/', userName: 'library-admin', notes: 'COUNTER 5 reports' };
/** Distinctive enough that finding it anywhere can only mean it leaked. */
const SECRET = 'Zq7!vendor-pass-4d1c-Ärger';
const SECOND_SECRET = 'sk_live_5b6e2f0c9a1d7e3b';

function logCapture() {
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw.push(chunk.toString('utf8'));
      done();
    },
  });
  return { stream, text: () => raw.join('') };
}

async function registerAccount(api: TestApi, details: Record<string, string> = account): Promise<string> {
  const registered = await api.http().post('/vendor-accounts').set(api.as(TOKENS.associate)).send(details);
  expect(registered.status).toBe(201);
  return registered.body.id;
}

const setSecret = (api: TestApi, id: string, body: Record<string, unknown>, token: string = TOKENS.associate) =>
  api.http().put(`/vendor-accounts/${id}/secret`).set(api.as(token)).send(body);
const reveal = (api: TestApi, id: string, token: string) => api.http().post(`/vendor-accounts/${id}/secret/reveal`).set(api.as(token));

describe('vendor administration accounts and their secrets (real SQLite)', () => {
  let api: TestApi;
  const logs = logCapture();
  beforeAll(async () => {
    api = await startAccessApi({ ERA_SECRET_KEYS: `k2026:${keyOf(1)}`, LOG_LEVEL: 'debug' }, { logDestination: logs.stream });
  });
  afterAll(() => api.close());

  it('round-trips a revealed secret, answers it uncached, and records who revealed it before answering', async () => {
    const id = await registerAccount(api);
    const set = await setSecret(api, id, { kind: 'password', secret: SECRET });
    expect(set.status).toBe(200);

    const revealed = await reveal(api, id, TOKENS.associate);
    expect(revealed.status).toBe(200);
    expect(revealed.body).toMatchObject({ accountId: id, kind: 'password', secret: SECRET });
    expect(revealed.headers['cache-control']).toBe('no-store');

    const events = await collect(api.events.readStream(`vendor-account-${id}`));
    expect(events.map((e) => e.type)).toEqual(['VendorAccountRegistered', 'VendorAccountSecretSet', 'VendorAccountSecretRevealed']);
    expect(events[1].data).toEqual({ accountId: id, kind: 'password', secretRef: expect.any(String), keyId: 'k2026', setAt: expect.any(String) });
    expect(events[2].metadata.actor).toEqual({ id: 's-associate', role: 'associate' });
    expect(revealed.body.position).toBe(events[2].globalPosition);
  });

  it('shows auditors the account with secretSet, setAt and keyId, never the secret', async () => {
    const id = await registerAccount(api, { ...account, organisationId: 'org-jstor' });
    await setSecret(api, id, { kind: 'api-key', secret: SECOND_SECRET }).expect(200);
    const shown = await api.http().get(`/vendor-accounts/${id}`).set(api.as(TOKENS.auditor));
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({
      id,
      organisationId: 'org-jstor',
      userName: 'library-admin',
      secretSet: true,
      kind: 'api-key',
      keyId: 'k2026',
      reveals: 0,
    });
    expect(shown.body.setAt).toEqual(expect.any(String));
    const listed = await api.http().get('/vendor-accounts?organisationId=org-jstor').set(api.as(TOKENS.auditor));
    expect(listed.body.accounts).toHaveLength(1);
    expect(JSON.stringify([shown.body, listed.body])).not.toContain(SECOND_SECRET);
    expect((await api.http().get(`/vendor-accounts/${id}`).set(api.as(TOKENS.desk))).status).toBe(403);
  });

  it('refuses a reveal to the auditor, desk staff and student assistants (403), appending nothing', async () => {
    const id = await registerAccount(api, { ...account, organisationId: 'org-proquest' });
    await setSecret(api, id, { kind: 'password', secret: SECRET }).expect(200);
    const head = await api.head();
    for (const token of [TOKENS.auditor, TOKENS.desk, TOKENS.student]) {
      const refused = await reveal(api, id, token);
      expect(refused.status).toBe(403);
      expect(JSON.stringify(refused.body)).not.toContain(SECRET);
    }
    expect(await api.head()).toBe(head);
    expect((await setSecret(api, id, { kind: 'password', secret: 'x1' }, TOKENS.auditor)).status).toBe(403);
  });

  it('rotates a secret: a Rotated event, the new secret revealed, the old one gone from the vault', async () => {
    const id = await registerAccount(api, { ...account, organisationId: 'org-gale' });
    await setSecret(api, id, { kind: 'password', secret: 'first-Pass-1' }).expect(200);
    await setSecret(api, id, { kind: 'api-key', secret: 'second-Key-2' }).expect(200);
    expect((await reveal(api, id, TOKENS.admin)).body).toMatchObject({ kind: 'api-key', secret: 'second-Key-2' });
    const types = (await collect(api.events.readStream(`vendor-account-${id}`))).map((e) => e.type);
    expect(types).toEqual(['VendorAccountRegistered', 'VendorAccountSecretSet', 'VendorAccountSecretRotated', 'VendorAccountSecretRevealed']);
    const vault = new Database(join(api.dataDir, 'secrets.sqlite'), { readonly: true });
    try {
      expect(vault.prepare('SELECT key_id FROM secrets WHERE owner = ?').all(id)).toEqual([{ key_id: 'k2026' }]);
    } finally {
      vault.close();
    }
  });

  it('refuses a secret for an account that does not exist (404) and a reveal before any secret (409)', async () => {
    expect((await setSecret(api, '0b6f3c8e-6f7e-4d1a-9c55-3f1f4b2a9e10', { kind: 'password', secret: SECRET })).status).toBe(404);
    const id = await registerAccount(api, { ...account, organisationId: 'org-nosecret' });
    expect((await reveal(api, id, TOKENS.librarian)).status).toBe(409);
  });

  it('never echoes the secret in a refusal of the body', async () => {
    const id = await registerAccount(api, { ...account, organisationId: 'org-echo' });
    const refused = await setSecret(api, id, { kind: 'pin', secret: SECRET, extra: SECRET });
    expect(refused.status).toBe(400);
    expect(refused.text).not.toContain(SECRET);
    const tooLong = await setSecret(api, id, { kind: 'password', secret: SECRET.repeat(200) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.text).not.toContain(SECRET);
  });

  it('screens every other field for credentials still: a password in the notes, or beside the secret, is refused by field name', async () => {
    const inNotes = await api
      .http()
      .post('/vendor-accounts')
      .set(api.as(TOKENS.associate))
      .send({ ...account, notes: `password: ${SECRET}` });
    expect(inNotes.status).toBe(400);
    expect(inNotes.body).toMatchObject({
      type: expect.stringContaining('credential-in-text'),
      detail: expect.stringMatching(/^notes must not contain a password/),
    });
    const id = await registerAccount(api, { ...account, organisationId: 'org-beside' });
    const beside = await setSecret(api, id, { kind: 'password', secret: SECRET, comment: `password: ${SECRET}` });
    expect(beside.status).toBe(400);
    expect(beside.body.detail).toMatch(/^comment must not contain a password/);
    expect(JSON.stringify([inNotes.body, beside.body])).not.toContain(SECRET);
  });

  // Last: after every test above has set, rotated, revealed and been refused secrets.
  it('keeps every secret out of the event log, every read model and the logs; the vault holds cipher text only', async () => {
    const leaks = (bytes: Buffer) =>
      [SECRET, SECOND_SECRET]
        .flatMap((secret) => [Buffer.from(secret, 'utf8'), Buffer.from(Buffer.from(secret, 'utf8').toString('base64'))])
        .filter((needle) => bytes.includes(needle));
    const files = filesUnder(api.dataDir);
    const vault = files.filter((file) => file.includes('secrets.sqlite'));
    const eventLog = files.filter((file) => file.includes('events.sqlite'));
    const readModels = files.filter((file) => file.includes('read-models.sqlite'));
    expect(vault.length).toBeGreaterThan(0);
    expect(eventLog.length).toBeGreaterThan(0);
    expect(readModels.length).toBeGreaterThan(0);
    for (const file of files) expect({ file, leaks: leaks(readFileSync(file)).length }).toEqual({ file, leaks: 0 });
    expect(logs.text()).toContain('/secret/reveal');
    expect(leaks(Buffer.from(logs.text(), 'utf8'))).toHaveLength(0);
  });
});

describe('a vault key lost or replaced', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'era-vault-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('loses only the secrets: a reveal is 409 "unreadable with the configured keys", appending nothing, and the log verifies', async () => {
    const first = await startAccessApi({ DATA_DIR: dataDir, ERA_SECRET_KEYS: `old:${keyOf(1)}` });
    const id = await registerAccount(first);
    await setSecret(first, id, { kind: 'password', secret: SECRET }).expect(200);
    await first.close();

    const second = await startAccessApi({ DATA_DIR: dataDir, ERA_SECRET_KEYS: `new:${keyOf(2)}` });
    try {
      const head = await second.head();
      const refused = await reveal(second, id, TOKENS.librarian);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        title: 'Secret unreadable',
        detail: expect.stringMatching(/unreadable with the configured keys \(sealed with key old\)/),
      });
      expect(await second.head()).toBe(head);
      const shown = await second.http().get(`/vendor-accounts/${id}`).set(second.as(TOKENS.auditor));
      expect(shown.body).toMatchObject({ secretSet: true, keyId: 'old', organisationId: 'org-ebsco' });
      const report = await verifyEventStore(second.app.get<EventStore>(RAW_EVENT_STORE));
      expect(report).toMatchObject({ ok: true, problems: [] });
      expect(report.eventsChecked).toBe(2);

      // Set again under the configured key, it is readable once more.
      await setSecret(second, id, { kind: 'password', secret: SECOND_SECRET }).expect(200);
      expect((await reveal(second, id, TOKENS.librarian)).body).toMatchObject({ secret: SECOND_SECRET });
    } finally {
      await second.close();
    }
  });

  it('opens a secret sealed with an older key still configured beside the current one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'era-vault-'));
    try {
      const first = await startAccessApi({ DATA_DIR: dir, ERA_SECRET_KEYS: `old:${keyOf(1)}` });
      const id = await registerAccount(first);
      await setSecret(first, id, { kind: 'password', secret: SECRET }).expect(200);
      await first.close();
      const second = await startAccessApi({ DATA_DIR: dir, ERA_SECRET_KEYS: `old:${keyOf(1)},new:${keyOf(2)}`, ERA_SECRET_KEY_ID: 'new' });
      try {
        expect((await reveal(second, id, TOKENS.admin)).body).toMatchObject({ secret: SECRET });
        await setSecret(second, id, { kind: 'password', secret: SECOND_SECRET }).expect(200);
        expect((await second.http().get(`/vendor-accounts/${id}`).set(second.as(TOKENS.auditor))).body.keyId).toBe('new');
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
