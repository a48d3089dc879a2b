/**
 * Erasing a borrower, across the whole service as apps/api composes it (issue 11, "Done when"): a borrower with a
 * distinctive name, e-mail and card number is registered and does some circulation; once erased, no SQLite file of the
 * data folder (events, read models, key store; raw bytes, before and after a WAL checkpoint), no log line the service
 * wrote and no read route yields the name, the e-mail or the card number, while the money and override reviews
 * answer byte for byte as before (less the log position a JSON answer reflects, which the erasure's event moves on).
 * Of the read routes, those the service does not serve yet (loan history, until the holds slice is merged) are left out.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { filesUnder, startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { DOCUMENT_UPLOAD_ROUTE } from '@era/licensing';
// The suite erases through the service as apps/api composes it, in process (to capture every log line): the one app import.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule } from '../apps/api/src/app.module';

jest.setTimeout(120_000);

const tag = randomUUID().slice(0, 6);
const PERSON = {
  name: `Wilhelmina Oyelaran-Pettigrew ${tag}`,
  email: `w.oyelaran.pettigrew.${tag}@alumni.example.org`,
  cardNumber: `48151623${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
  replacementCard: `48151642${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
};
const SECRETS = Object.entries(PERSON);

/** Every line the service logged (pino JSON), kept whole. */
function logCapture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, lines };
}

let api: TestApi;
const logs = logCapture();
let routes: Set<string>;
let borrowerId: string;

const post = (path: string, body: object, token: string = TOKENS.deskHead) => api.http().post(path).set(api.as(token)).send(body);
const get = (path: string, token: string = TOKENS.deskHead) => api.http().get(path).set(api.as(token));
/** Whether the service serves this route (its OpenAPI document lists every one). */
const serves = (method: 'get', path: string) => routes.has(`${method} ${path}`);

/** Every SQLite file (and WAL, shared memory) of the data folder, raw bytes. */
function dataFiles(): { file: string; bytes: Buffer }[] {
  return filesUnder(api.dataDir).map((file) => ({ file, bytes: readFileSync(file) }));
}

function filesHolding(value: string): string[] {
  const needle = Buffer.from(value, 'utf8');
  return dataFiles()
    .filter(({ bytes }) => bytes.includes(needle))
    .map(({ file }) => file);
}

/** Moves every WAL's pages into its database file, so that the search also covers what the WAL held. */
function checkpointAll(): void {
  for (const file of filesUnder(api.dataDir).filter((name) => name.endsWith('.sqlite'))) {
    const db = new Database(file);
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  }
}

/** Every read route that could show the borrower, answered now: path → body text. */
async function readRoutes(): Promise<Record<string, string>> {
  const answers: Record<string, string> = {};
  const read = async (path: string) => {
    const response = await get(path, TOKENS.admin);
    answers[path] = `${response.status} ${response.text}`;
  };
  await read(`/circulation/borrowers/${borrowerId}`);
  await read('/circulation/borrowers');
  await read('/circulation/borrowers?status=erased');
  const lookUp = await post('/circulation/borrower-lookups', { cardNumber: PERSON.cardNumber }, TOKENS.desk);
  answers['POST /circulation/borrower-lookups'] = `${lookUp.status} ${lookUp.text}`;
  for (const [template, path] of [
    ['/circulation/borrowers/{id}/loans', `/circulation/borrowers/${borrowerId}/loans`],
    ['/circulation/borrowers/{id}/blocks', `/circulation/borrowers/${borrowerId}/blocks`],
    ['/circulation/borrowers/{id}/statement', `/circulation/borrowers/${borrowerId}/statement`],
    ['/circulation/cash-up', `/circulation/cash-up?date=${today()}`],
    ['/circulation/reviews/overrides', '/circulation/reviews/overrides'],
    ['/circulation/reviews/money-given-up', '/circulation/reviews/money-given-up'],
    ['/circulation/loan-history', '/circulation/loan-history'],
    ['/desk/statistics', '/desk/statistics?groupBy=day'],
  ]) {
    // Every one is served but the loan history (the holds slice's, not merged here).
    if (template !== '/circulation/loan-history') expect({ template, served: serves('get', template) }).toEqual({ template, served: true });
    if (serves('get', template)) await read(path);
  }
  return answers;
}

const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  api = await startTestApi(
    { root: (config) => AppModule.forApi(config), rawBodyRoutes: [DOCUMENT_UPLOAD_ROUTE] },
    { LOG_LEVEL: 'debug' },
    { logDestination: logs.stream },
  );
  const document = (await api.http().get('/docs/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  routes = new Set(Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`)));

  const { name, email, cardNumber } = PERSON;
  const registered = await post(
    '/circulation/borrowers',
    { patronGroup: 'alumni', phone: '+1 555 0100', address: '7 Quill Lane', name, email, cardNumber },
    TOKENS.desk,
  );
  expect(registered.status).toBe(201);
  borrowerId = registered.body.id;
  expect((await get(`/circulation/borrowers/${borrowerId}`)).body.name).toBe(PERSON.name);
});

afterAll(() => api.close());

it('erases the borrower: nothing of their name, e-mail or card number is left anywhere, and the reviews answer as before', async () => {
  await circulate();

  const reviewsBefore = await reviews();
  const routesBefore = await readRoutes();
  expect(routesBefore[`/circulation/borrowers/${borrowerId}`]).toContain(PERSON.name); // the search finds what is there

  const erased = await post(`/circulation/borrowers/${borrowerId}/erasure`, { reason: 'asked to be forgotten' });
  expect(erased.status).toBe(200);

  // Read routes.
  const routesAfter = await readRoutes();
  for (const [route, answer] of Object.entries(routesAfter)) {
    for (const [what, value] of SECRETS) expect({ route, what, found: answer.includes(value) }).toEqual({ route, what, found: false });
  }
  expect(routesAfter[`/circulation/borrowers/${borrowerId}`]).toContain('"erased":true');

  // The data folder, raw bytes, then once every WAL is checkpointed; the search does read these files (the id is in them).
  const files = dataFiles().map(({ file }) => file);
  expect(files.some((file) => file.endsWith('events.sqlite'))).toBe(true);
  expect(files.some((file) => file.endsWith('read-models.sqlite'))).toBe(true);
  expect(files.some((file) => file.endsWith('personal-data-keys.sqlite'))).toBe(true);
  expect(filesHolding(borrowerId).length).toBeGreaterThan(0);
  for (const [what, value] of SECRETS) expect({ what, files: filesHolding(value) }).toEqual({ what, files: [] });
  checkpointAll();
  for (const [what, value] of SECRETS) expect({ what, files: filesHolding(value) }).toEqual({ what, files: [] });

  // Every log line the service wrote, from its start (registration bodies included) to now.
  expect(logs.lines.some((line) => line.includes('/circulation/borrowers'))).toBe(true);
  for (const [what, value] of SECRETS) expect({ what, lines: logs.lines.filter((line) => line.includes(value)) }).toEqual({ what, lines: [] });

  // The money and override reviews, byte for byte.
  expect(await reviews()).toEqual(reviewsBefore);
});

/** The cash-up and the override review as the reviewers read them (JSON and CSV). */
async function reviews(): Promise<Record<string, string>> {
  const answers: Record<string, string> = {};
  for (const [template, path] of [
    ['/circulation/cash-up', `/circulation/cash-up?date=${today()}`],
    ['/circulation/cash-up', `/circulation/cash-up?date=${today()}&format=csv`],
    ['/circulation/reviews/overrides', '/circulation/reviews/overrides'],
    ['/circulation/reviews/overrides', '/circulation/reviews/overrides?format=csv'],
  ]) {
    expect({ template, served: serves('get', template) }).toEqual({ template, served: true });
    const response = await get(path, TOKENS.librarian);
    expect(response.status).toBe(200);
    // A JSON answer ends with the log position it reflects, which the erasure's own event moves on: all before it must match.
    answers[path] = response.text.replace(/,"position":\d+,"fresh":true}$/, '}');
  }
  return answers;
}

/**
 * Circulation the borrower takes part in: a manual block placed; a check-out over it by override, the item checked in;
 * the block removed; a charge and its payment; a corrected e-mail and a replaced card.
 */
async function circulate(): Promise<void> {
  const block = await post(`/circulation/borrowers/${borrowerId}/manual-blocks`, {
    reason: 'library card left at the desk',
    borrowing: true,
    renewals: false,
    requests: false,
  });
  expect(block.status).toBe(201);
  {
    const barcode = `E2E${tag}`;
    const item = await post('/circulation/items', {
      barcode,
      title: 'Middlemarch',
      titleId: randomUUID(),
      owningLocation: 'main-library',
      itemType: 'book',
      loanable: true,
    });
    expect(item.status).toBe(201);
    const checkOut = { itemBarcode: barcode, borrowerId, desk: 'main-desk' };
    expect((await post('/circulation/check-outs', checkOut, TOKENS.desk)).status).toBe(422);
    const overridden = await post(
      '/circulation/check-outs',
      { ...checkOut, overrides: [{ blockType: 'patronBlock', comment: 'card collected at the desk' }] },
      TOKENS.desk,
    );
    expect(overridden.status).toBe(201);
    expect((await post('/circulation/check-ins', { itemBarcode: barcode, desk: 'main-desk' }, TOKENS.desk)).status).toBe(200);
  }
  expect((await post(`/circulation/borrowers/${borrowerId}/manual-blocks/${block.body.id}/removal`, { reason: 'card collected' })).status).toBe(200);
  {
    const chargeId = randomUUID();
    const charged = await post(`/circulation/borrowers/${borrowerId}/charges`, {
      chargeId,
      feeFineType: 'replacement-card-fee',
      amount: { minor: 350, currency: 'EUR' },
      desk: 'main-desk',
    });
    expect(charged.status).toBe(201);
    const paid = await post(
      `/circulation/borrowers/${borrowerId}/payments`,
      { amount: { minor: 350, currency: 'EUR' }, method: 'cash', desk: 'main-desk', chargeIds: [chargeId] },
      TOKENS.desk,
    );
    expect(paid.status).toBeLessThan(300);
  }
  expect(
    (await post(`/circulation/borrowers/${borrowerId}/personal-data-corrections`, { email: PERSON.email, reason: 'confirmed at the desk' }, TOKENS.desk))
      .status,
  ).toBe(200);
  expect((await post(`/circulation/borrowers/${borrowerId}/cards/lost`, {}, TOKENS.desk)).status).toBe(200);
  expect(
    (await post(`/circulation/borrowers/${borrowerId}/cards`, { cardNumber: PERSON.replacementCard, reason: 'replacement for a lost card' }, TOKENS.desk))
      .status,
  ).toBe(200);
}
