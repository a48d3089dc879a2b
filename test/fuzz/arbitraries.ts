import fc from 'fast-check';
import { FuzzRoute, OpenApiDocument, resolve, Schema } from './routes';

/** One request as the fuzzer sends it. */
export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** Ids that exist in the fuzzed service (made in set-up), so that some requests reach the decisions behind them. */
export interface KnownIds {
  uuids: string[];
  sha256s: string[];
  termKeys: string[];
  resourceIds: string[];
}

/** `value` in `present` cases out of `present + absent`, undefined otherwise. */
const sometimes = <T>(value: fc.Arbitrary<T>, present: number, absent: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: present, arbitrary: value }, { weight: absent, arbitrary: fc.constant(undefined) });

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];
const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 60 });
const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u202efdp.exe', 'a\u200bb', '１２３', '2026-03-02', '2026-02-31T10:00:00Z', 'null', '-1', '1e309', '0x10'),
  fc.integer({ min: 1_000, max: 70_000 }).map((length) => 'x'.repeat(length)),
);

/** Any JSON value: deep, wide, of every type, with huge strings and prototype keys. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: anyText },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...PROTOTYPE_KEYS, 'a', 'id'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.array(fc.integer(), { maxLength: 3_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1.5, 1e300, -0, true, false, null, [], {}) },
);

/** A value the schema might accept (its example, an enum member, something of its type), or anything at all. */
function valueFor(schema: Schema, document: OpenApiDocument, known: KnownIds, depth = 0): fc.Arbitrary<unknown> {
  const resolved = resolve(schema, document);
  const plausible: fc.Arbitrary<unknown>[] = [];
  if (resolved.enum?.length) plausible.push(fc.constantFrom(...resolved.enum));
  if (resolved.example !== undefined) plausible.push(fc.constant(resolved.example));
  if (resolved.format === 'uuid') plausible.push(fc.constantFrom(...known.uuids), fc.uuid());
  if (resolved.format === 'date' || resolved.format === 'date-time') plausible.push(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()));
  if (resolved.type === 'integer' || resolved.type === 'number') plausible.push(fc.integer({ min: -5, max: 1_000 }));
  if (resolved.type === 'boolean') plausible.push(fc.boolean());
  if (resolved.type === 'string') plausible.push(fc.string({ maxLength: 30 }), fc.constantFrom(...known.uuids, ...known.sha256s, ...known.termKeys));
  if (resolved.type === 'array' && depth < 3) plausible.push(fc.array(valueFor(resolved.items ?? {}, document, known, depth + 1), { maxLength: 4 }));
  if ((resolved.properties || resolved.type === 'object') && depth < 3) plausible.push(objectFor(resolved, document, known, depth + 1));
  return plausible.length > 0 ? fc.oneof({ weight: 12, arbitrary: fc.oneof(...plausible) }, { weight: 1, arbitrary: anyJson }) : anyJson;
}

/** An object with the schema's fields (some left out, some wrong) and now and then a stranger or a prototype key. */
function objectFor(schema: Schema, document: OpenApiDocument, known: KnownIds, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.entries(schema.properties ?? {});
  const additional = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  // Required fields are there nine times in ten, so that most bodies get past the first check.
  const required = new Set(schema.required ?? []);
  const record = fc.record(
    Object.fromEntries(
      fields.map(([name, field]) => {
        const value = valueFor(field, document, known, depth);
        return [name, required.has(name) ? sometimes(value, 9, 1) : sometimes(value, 1, 1)];
      }),
    ),
  );
  const extras = fc.dictionary(
    fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, ...known.termKeys), fc.string({ maxLength: 12 })),
    additional ? valueFor(additional, document, known, depth) : anyJson,
    { maxKeys: 3 },
  );
  return fc.tuple(record, sometimes(extras, 1, 5)).map(([own, extra]) => {
    const present = Object.entries(own).filter(([, value]) => value !== undefined);
    return Object.assign(Object.create(null) as Record<string, unknown>, Object.fromEntries(present), extra ?? {});
  });
}

/** JSON text nested `levels` deep, as arrays or objects: built as text, since the value could not be stringified. */
const deeplyNested = fc
  .tuple(fc.integer({ min: 20, max: 5_000 }), fc.boolean())
  .map(([levels, arrays]) => (arrays ? `${'['.repeat(levels)}${']'.repeat(levels)}` : `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`));

function jsonBodyFor(schema: Schema, document: OpenApiDocument, known: KnownIds): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 12, arbitrary: valueFor(schema, document, known).map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 1, arbitrary: anyJson.map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 1, arbitrary: deeplyNested },
    { weight: 1, arbitrary: fc.string({ maxLength: 50 }) },
  );
}

function pathValue(name: string, known: KnownIds): fc.Arbitrary<string> {
  const knownOnes = name === 'sha256' ? known.sha256s : name === 'key' ? known.termKeys : name === 'resourceId' ? known.resourceIds : known.uuids;
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...knownOnes) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.stringMatching(/^[0-9a-f]{64}$/) },
    { weight: 2, arbitrary: anyText.filter((text) => text.length > 0 && text.length < 4_000) },
  );
}

function queryValue(parameter: { name: string; schema?: Schema }, document: OpenApiDocument, known: KnownIds): fc.Arbitrary<string | string[]> {
  const single = fc.oneof(
    {
      weight: 10,
      arbitrary: valueFor(parameter.schema ?? {}, document, known).map((value) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''))),
    },
    { weight: 1, arbitrary: anyText.filter((text) => text.length < 6_000) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => Buffer.from(JSON.stringify(value) ?? '', 'utf8').toString('base64url')) },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()) },
  );
  return fc.oneof({ weight: 5, arbitrary: single }, { weight: 1, arbitrary: fc.array(single, { minLength: 2, maxLength: 3 }) });
}

const headerArbitraries = {
  'If-Match': fc.oneof(
    fc.nat(20).map((revision) => `"${revision}"`),
    fc.constantFrom('*', 'W/"1"', '"-1"', '""', '"1", "2"', '"99999999999999999999"'),
    printable,
  ),
  'X-Min-Position': fc.oneof(
    fc.nat(1_000).map(String),
    fc.maxSafeNat().map(String),
    fc.bigInt({ min: 0n, max: 10n ** 40n }).map(String),
    fc.constantFrom('-1', 'abc', '1e3', '1.5', '', ' 7 ', '0x10'),
    printable,
  ),
  Accept: fc.oneof(
    fc.constantFrom('application/json', 'text/csv', 'text/html', '*/*', 'application/problem+json', 'application/xml', 'text/*;q=0', 'application/json;q=0'),
    printable,
  ),
  'Content-Type': fc.oneof(
    fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/merge-patch+json', 'text/plain', 'text/html', 'image/svg+xml'),
    printable,
  ),
};

/** Headers: now and then each of If-Match, X-Min-Position, Accept and Content-Type, plausible or garbage. */
const optionalHeaders = fc
  .record(Object.fromEntries(Object.entries(headerArbitraries).map(([name, value]) => [name, sometimes(value, 1, 4)])))
  .map((headers) => Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined)));

/** Any request to this route: path, query, headers and body, with a token of a role that may call it (mostly). */
export function requestFor(route: FuzzRoute, document: OpenApiDocument, known: KnownIds, tokens: Record<string, string>): fc.Arbitrary<FuzzRequest> {
  const pathParts = fc.record(Object.fromEntries(route.pathParams.map((parameter) => [parameter.name, pathValue(parameter.name, known)])));
  const query = fc
    .record(Object.fromEntries(route.queryParams.map((parameter) => [parameter.name, sometimes(queryValue(parameter, document, known), 1, 2)])))
    .map((asked) => Object.fromEntries(Object.entries(asked).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined)));
  const strangeQuery = sometimes(fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 20 }), { maxKeys: 2 }), 1, 9);
  const allowed = route.roles.length > 0 ? route.roles : Object.keys(tokens);
  const token = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...allowed.map((role) => tokens[role])) },
    { weight: 1, arbitrary: fc.constantFrom(...Object.values(tokens), 'not-a-token', '') },
  );
  const body: fc.Arbitrary<string | Uint8Array | undefined> =
    route.body.kind === 'json'
      ? jsonBodyFor(route.body.schema, document, known)
      : route.body.kind === 'raw'
        ? fc.oneof(fc.uint8Array({ maxLength: 4_096 }), fc.string({ maxLength: 200 }))
        : fc.option(fc.string({ maxLength: 20 }), { freq: 8, nil: undefined });
  return fc
    .record({ pathParts, query, strangeQuery, token, headers: optionalHeaders, body })
    .map(({ pathParts: parts, query: asked, strangeQuery: extra, token: bearer, headers, body: content }) => {
      const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(parts[name] ?? ''));
      const search = new URLSearchParams();
      for (const [name, value] of Object.entries({ ...asked, ...(extra ?? {}) })) for (const one of [value ?? ''].flat()) search.append(name, one);
      const url = search.size > 0 ? `${path}?${search}` : path;
      const sent: Record<string, string> = { ...headers, ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) };
      if (route.body.kind === 'json' && content !== undefined && !('Content-Type' in headers)) sent['Content-Type'] = 'application/json';
      return { method: route.method, url, headers: sent, ...(route.method === 'GET' ? {} : { body: content }) };
    });
}
