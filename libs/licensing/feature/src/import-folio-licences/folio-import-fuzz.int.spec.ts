import fc from 'fast-check';
import { TestApi, TOKENS } from '@era/api-testing';
import { FOLIO_FIXTURES } from '@era/licensing-folio/testing';
import { startLicensingApi } from '../testing/licences';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

/** Every path to a value inside a JSON value: ['orgs', 0, 'roles'] and so on. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
}

function replaced(record: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]] = value;
  return copy;
}

/**
 * A FOLIO licence with some of its parts replaced by odd JSON, through the whole import (planner, screens, deciders,
 * the command path): whatever it holds, the answer is the report or a 4xx problem, never a 5xx.
 */
describe('POST /imports/folio-licences with FOLIO records changed at random (real SQLite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startLicensingApi();
  });
  afterAll(() => api.close());

  const fixtures = Object.values(FOLIO_FIXTURES);
  const oddRecord = fc
    .record({
      fixture: fc.nat({ max: fixtures.length - 1 }),
      changes: fc.array(
        fc.tuple(fc.nat(), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 30 }), fc.constantFrom(null, -1, 1.5, true, [], {}))),
        {
          minLength: 1,
          maxLength: 4,
        },
      ),
    })
    .map(({ fixture, changes }) =>
      changes.reduce<unknown>((record, [pick, value]) => {
        const paths = pathsOf(record).filter((path) => path.length > 0 && path[0] !== 'id');
        return paths.length === 0 ? record : replaced(record, paths[pick % paths.length], value);
      }, fixtures[fixture]),
    );

  it('answers every odd record with a report or a problem, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(oddRecord, { minLength: 1, maxLength: 3 }), fc.boolean(), async (records, dryRun) => {
        const response = await api
          .http()
          .post(`/imports/folio-licences${dryRun ? '?dryRun=true' : ''}`)
          .set(api.as(TOKENS.librarian))
          .set('Content-Type', 'application/json')
          .send(JSON.stringify(records));
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      }),
      { numRuns: RUNS },
    );
  });
});
