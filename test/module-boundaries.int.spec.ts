/**
 * The lint rules that keep the architecture in shape (and every regular expression linear) must really fail. Each probe is linted with the workspace's
 * own eslint.config.mjs as if it were a file of the named project. Boundary probes live only in memory (lintText
 * with a path inside the project); the cycle probe needs real files, because the rule reads the imported module
 * from disk, so two are written into a temporary folder under test/ (which no build reads) and removed again.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { errorsOf, LintMessage as Message, LintProbe as Probe, lintInChild } from './support/lint-in-child';
import { ROOT } from './support/paths';

jest.setTimeout(120_000);

const importAll = (specifier: string) => `import * as imported from '${specifier}';\nexport const probe = imported;\n`;
const importOne = (name: string, specifier: string) => `import { ${name} } from '${specifier}';\nexport const probe = ${name};\n`;

const DESK_DOMAIN = 'libs/desk/domain/src/lint-probe.ts';
const DESK_FEATURE = 'libs/desk/feature/src/lint-probe.ts';
const PROJECTION = 'projections/desk-inquiries/src/lint-probe.ts';

const BANNED_IN_DOMAIN: [string, string][] = [
  ['@nestjs/common', '@nx/enforce-module-boundaries'],
  ['better-sqlite3', '@nx/enforce-module-boundaries'],
  ['mongodb', '@nx/enforce-module-boundaries'],
  ['@eventstore/db-client', '@nx/enforce-module-boundaries'],
  ['node:fs', 'no-restricted-imports'],
  ['fs', 'no-restricted-imports'],
  ['fs/promises', 'no-restricted-imports'],
  ['node:crypto', 'no-restricted-imports'],
  ['crypto', 'no-restricted-imports'],
];

const ACROSS_AREAS: [string, string, string][] = [
  ['the desk', DESK_FEATURE, '@era/licensing-domain'],
  ['licensing', 'libs/licensing/feature/src/lint-probe.ts', '@era/desk-domain'],
  ['the ledger', 'libs/ledger/src/lint-probe.ts', '@era/licensing-domain'],
  ['a shared library', 'libs/platform/src/lint-probe.ts', '@era/desk-domain'],
];

const LEGAL: [string, Probe][] = [
  ['a desk feature importing the desk domain', { path: DESK_FEATURE, code: importOne('inquiryDecider', '@era/desk-domain') }],
  ['a domain library importing a util library', { path: DESK_DOMAIN, code: importOne('canonicalId', '@era/decider') }],
  ['a projection hashing with createHash', { path: PROJECTION, code: importOne('createHash', 'node:crypto') }],
  [
    'an app importing every area',
    {
      path: 'apps/api/src/lint-probe.ts',
      code: "import * as desk from '@era/desk';\nimport * as licensing from '@era/licensing';\nimport * as ledger from '@era/ledger';\nexport const probe = [desk, licensing, ledger];\n",
    },
  ],
];

/**
 * Super-linear regular expressions (eslint-plugin-regexp): the desk's old personal-data pattern kept the event loop
 * busy for 20 s on one 100,000-character note. Each has a linear form that passes.
 */
const REGEXPS: [string, string, string, string][] = [
  ['nested quantifiers', '/^(a+)+$/', 'regexp/no-super-linear-backtracking', '/^a+$/'],
  ['the old desk email pattern, unanchored', '/[^\\s@]+@[^\\s@]+\\.[^\\s@]+/', 'regexp/no-super-linear-move', '/(?:^|\\s)[^\\s@]+@/'],
  ['words and optional spaces under a star', '/^(?:\\w+\\s?)*$/', 'regexp/no-super-linear-backtracking', '/^[\\w\\s]*$/'],
];
const regexpProbe = (pattern: string): Probe => ({ path: 'libs/screening/src/lint-probe.ts', code: `export const PATTERN = ${pattern};\n` });

const probes = {
  bannedInDomain: BANNED_IN_DOMAIN.map(([specifier]) => ({ path: DESK_DOMAIN, code: importAll(specifier) })),
  builtinInUtil: { path: 'libs/decider/src/lint-probe.ts', code: importOne('EventEmitter', 'events') },
  randomnessInProjection: { path: PROJECTION, code: importOne('randomUUID', 'node:crypto') },
  pathInProjection: { path: PROJECTION, code: importOne('join', 'path') },
  acrossAreas: ACROSS_AREAS.map(([, path, library]) => ({ path, code: importAll(library) })),
  domainImportingCore: { path: DESK_DOMAIN, code: importAll('@era/event-store') },
  legal: LEGAL.map(([, probe]) => probe),
  superLinear: REGEXPS.map(([, pattern]) => regexpProbe(pattern)),
  linear: REGEXPS.map(([, , , pattern]) => regexpProbe(pattern)),
};

type Results = { [K in keyof typeof probes]: (typeof probes)[K] extends Probe[] ? Message[][] : Message[] };
let results: Results;
let cycleResults: { file: string; messages: Message[] }[];

beforeAll(async () => {
  const entries = Object.entries(probes) as [keyof typeof probes, Probe | Probe[]][];
  const texts = entries.flatMap(([, p]) => (Array.isArray(p) ? p : [p]));
  const cycleDir = mkdtempSync(join(ROOT, 'test', 'lint-probe-'));
  try {
    writeFileSync(join(cycleDir, 'a.ts'), "import { b } from './b';\nexport const a = (): number => b() + 1;\n");
    writeFileSync(join(cycleDir, 'b.ts'), "import { a } from './a';\nexport const b = (): number => a() - 1;\n");
    const linted = await lintInChild(texts, [join(cycleDir, 'a.ts'), join(cycleDir, 'b.ts')]);
    let next = 0;
    const take = () => linted.texts[next++].messages;
    results = Object.fromEntries(entries.map(([key, p]) => [key, Array.isArray(p) ? p.map(take) : take()])) as Results;
    cycleResults = linted.files.map((f) => ({ file: f.filePath.slice(cycleDir.length + 1), messages: f.messages }));
  } finally {
    rmSync(cycleDir, { recursive: true, force: true });
  }
});

// A misspelt or missing tag matches no constraint, which would quietly exempt the project from that dimension.
const TYPES = [
  'type:app',
  'type:feature',
  'type:domain',
  'type:projection',
  'type:core',
  'type:adapter',
  'type:util',
  'type:platform',
  'type:testing',
  'type:e2e',
];
const SCOPES = ['scope:app', 'scope:desk', 'scope:e-resources', 'scope:licensing', 'scope:ledger', 'scope:circulation', 'scope:shared'];

function* projectFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== 'node_modules') yield* projectFiles(join(dir, entry.name));
    else if (entry.name === 'project.json') yield join(dir, entry.name);
  }
}

describe('every project has its place in both dimensions', () => {
  it('carries exactly one known type: tag and one known scope: tag', () => {
    const projects = ['apps', 'libs', 'projections', 'test'].flatMap((top) => [...projectFiles(join(ROOT, top))]);
    expect(projects.length).toBeGreaterThan(20);
    const misplaced = projects
      .map((file) => ({ project: relative(ROOT, file), tags: (JSON.parse(readFileSync(file, 'utf8')).tags ?? []) as string[] }))
      .filter(({ tags }) => tags.filter((t) => TYPES.includes(t)).length !== 1 || tags.filter((t) => SCOPES.includes(t)).length !== 1 || tags.length !== 2);
    expect(misplaced).toEqual([]);
  });
});

describe('pure layers import no framework, database client or Node built-in', () => {
  it.each(BANNED_IN_DOMAIN.map(([specifier, rule], i) => [specifier, rule, i] as const))(
    'a domain library importing %s is refused by %s',
    (_specifier, rule, i) => {
      expect(errorsOf(results.bannedInDomain[i], rule)).toHaveLength(1);
    },
  );

  it('a util library importing a Node built-in is refused', () => {
    expect(errorsOf(results.builtinInUtil, 'no-restricted-imports')).toHaveLength(1);
  });

  it('a projection gets no randomness and no I/O from Node', () => {
    expect(errorsOf(results.randomnessInProjection, 'no-restricted-imports')).toHaveLength(1);
    expect(errorsOf(results.pathInProjection, 'no-restricted-imports')).toHaveLength(1);
  });
});

describe('areas stay apart', () => {
  it.each(ACROSS_AREAS.map(([area, , library], i) => [area, library, i] as const))(
    '%s importing %s is refused, though the layers would allow it',
    (_area, _library, i) => {
      expect(errorsOf(results.acrossAreas[i], '@nx/enforce-module-boundaries').map((m) => m.message)).toEqual([expect.stringContaining('scope:')]);
    },
  );
});

describe('layers point inwards', () => {
  it('a domain library importing a core library (shared, so only the layer forbids it) is refused', () => {
    expect(errorsOf(results.domainImportingCore, '@nx/enforce-module-boundaries').map((m) => m.message)).toEqual([expect.stringContaining('type:domain')]);
  });
});

describe('import cycles', () => {
  it('two modules importing each other are both refused', () => {
    expect(cycleResults.map(({ file, messages }) => [file, errorsOf(messages).map((m) => m.ruleId)])).toEqual([
      ['a.ts', ['import-x/no-cycle']],
      ['b.ts', ['import-x/no-cycle']],
    ]);
  });
});

describe('legal imports pass, so the refusals above are not vacuous', () => {
  it.each(LEGAL.map(([name], i) => [name, i] as const))('%s', (_name, i) => {
    expect(results.legal[i]).toEqual([]);
  });
});

describe('regular expressions run in linear time', () => {
  it.each(REGEXPS.map(([name, pattern, rule], i) => [name, pattern, rule, i] as const))('%s (%s) is refused by %s', (_name, _pattern, rule, i) => {
    expect(errorsOf(results.superLinear[i]).map((m) => m.ruleId)).toContain(rule);
  });

  it.each(REGEXPS.map(([name, , , pattern], i) => [name, pattern, i] as const))('the linear form of %s (%s) passes', (_name, _pattern, i) => {
    expect(results.linear[i]).toEqual([]);
  });
});
