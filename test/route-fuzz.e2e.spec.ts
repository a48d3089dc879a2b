/**
 * Property-based fuzzing of every route the service serves (derived from its OpenAPI document and router, so new
 * routes are covered without editing this file): arbitrary bodies, query strings, headers and path parameters, sent
 * with a token of a role that may call the route. Whatever arrives, the answer is never a 5xx, and every 4xx is
 * application/problem+json.
 *
 * FUZZ_RUNS sets the cases per route (default below, for `npm test`), FUZZ_SEED replays a run; `npm run fuzz` runs
 * longer. X-Min-Position goes from small to far beyond the head (answered at once with 409); READ_YOUR_WRITES_TIMEOUT_MS
 * is low here because no projector runs beside this api-mode service, so a position within the log waits it out.
 */
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { startTestApi, TestApi, TOKENS } from '@era/api-testing';
import { TITLE_LIST_UPLOAD_ROUTE } from '@era/holdings';
import { DOCUMENT_UPLOAD_ROUTE } from '@era/licensing';
// The suite fuzzes the service as apps/api composes it, in process (to read the router's roles): the one app import.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule } from '../apps/api/src/app.module';
import { FuzzRequest, KnownIds, requestFor } from './fuzz/arbitraries';
import { FuzzRoute, OpenApiDocument, routesOf } from './fuzz/routes';

const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

jest.setTimeout(Math.max(120_000, RUNS_PER_ROUTE * 40 * 50));

let api: TestApi;
let baseUrl: string;
let document: OpenApiDocument;
let routes: FuzzRoute[];
let known: KnownIds;

beforeAll(async () => {
  api = await startTestApi(
    { root: (config) => AppModule.forApi(config), rawBodyRoutes: [DOCUMENT_UPLOAD_ROUTE, TITLE_LIST_UPLOAD_ROUTE] },
    { READ_YOUR_WRITES_TIMEOUT_MS: '50' },
  );
  const server = api.app.getHttpServer() as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  document = (await send({ method: 'GET', url: '/docs/openapi.json', headers: {} })).json as OpenApiDocument;
  routes = routesOf(api.app, document);
  known = await recordSomeOfEverything();
});

afterAll(() => api?.close());

interface Answer {
  status: number;
  contentType: string;
  json?: unknown;
}

async function send(request: FuzzRequest): Promise<Answer> {
  const response = await fetch(`${baseUrl}${request.url}`, { method: request.method, headers: request.headers, body: request.body });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  return { status: response.status, contentType, json: /json/.test(contentType) && text ? JSON.parse(text) : undefined };
}

async function write(url: string, token: string, body: unknown): Promise<Record<string, string>> {
  const answer = await send({
    method: 'POST',
    url,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (answer.status >= 300) throw new Error(`set-up ${url}: ${answer.status} ${JSON.stringify(answer.json)}`);
  return answer.json as Record<string, string>;
}

/** A little of everything, so that generated requests can name things that exist and reach the decisions. */
async function recordSomeOfEverything(): Promise<KnownIds> {
  const inquiry = randomUUID();
  const headcount = randomUUID();
  await write('/desk/inquiries', TOKENS.desk, {
    id: inquiry,
    location: 'main-desk',
    channel: 'in-person',
    questionType: 'reference',
    readLevel: 3,
    durationMinutes: 10,
  });
  await write('/desk/headcounts', TOKENS.desk, { id: headcount, location: 'reading-room', count: 12 });
  await write('/licence-terms', TOKENS.librarian, { key: 'alumni-access', label: 'Alumni access', valueType: 'permission' });
  const licence = await write('/licences', TOKENS.associate, { name: 'JSTOR', licensor: 'ITHAKA', type: 'local', resourceIds: ['jstor-as1'] });
  const version = await write(`/licences/${licence.id}/versions`, TOKENS.associate, {
    kind: 'original',
    label: 'Signed agreement 2024',
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    terms: { 'concurrent-users': { value: 5 } },
  });
  const upload = await send({
    method: 'POST',
    url: `/licences/${licence.id}/versions/${version.versionId}/documents?documentType=licence&fileName=signed.pdf`,
    headers: { Authorization: `Bearer ${TOKENS.associate}`, 'Content-Type': 'application/pdf' },
    body: '%PDF-1.4 fuzz',
  });
  if (upload.status !== 201) throw new Error(`set-up upload: ${upload.status} ${JSON.stringify(upload.json)}`);
  return {
    uuids: [inquiry, headcount, licence.id, version.versionId],
    sha256s: [(upload.json as { sha256: string }).sha256],
    termKeys: ['alumni-access', 'concurrent-users'],
    resourceIds: ['jstor-as1'],
  };
}

/** What a client may never see: a 5xx, or an error that is not problem+json. */
function fault(answer: Answer): string | undefined {
  if (answer.status >= 500) return `answered ${answer.status}: ${JSON.stringify(answer.json)}`;
  if (answer.status >= 400 && !answer.contentType.startsWith('application/problem+json')) return `answered ${answer.status} as ${answer.contentType}`;
  return undefined;
}

it('answers every route, whatever it is sent, without a 5xx and with problem+json for every 4xx', async () => {
  const failures: string[] = [];
  const statuses = new Map<string, number[]>();
  let cases = 0;
  for (const [index, route] of routes.entries()) {
    const result = await fc.check(
      fc.asyncProperty(requestFor(route, document, known, TOKENS), async (request) => {
        cases += 1;
        const answer = await send(request);
        statuses.set(`${route.method} ${route.path}`, [...(statuses.get(`${route.method} ${route.path}`) ?? []), answer.status]);
        const problem = fault(answer);
        if (problem) throw new Error(problem);
      }),
      { numRuns: RUNS_PER_ROUTE, seed: SEED + index, endOnFailure: true },
    );
    if (result.failed) failures.push(`${route.method} ${route.path}: ${fc.defaultReportMessage(result)}`);
  }
  if (process.env.FUZZ_VERBOSE) for (const [route, seen] of statuses) console.log(route, histogram(seen));
  console.log(`route fuzz: seed ${SEED}, ${routes.length} routes, ${cases} cases (FUZZ_RUNS=${RUNS_PER_ROUTE} per route)`);
  expect(routes.length).toBeGreaterThan(30);
  expect(failures).toEqual([]);
});

const histogram = (statuses: number[]) => statuses.reduce<Record<number, number>>((counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});
