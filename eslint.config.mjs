// @ts-check
/**
 * Flat ESLint config: typescript-eslint (recommended, not type-checked), Nx module boundaries that enforce the
 * hexagonal architecture and the business areas via project tags, bans on Node built-ins in the pure layers, and
 * no import cycles.
 *
 * Every project carries two tags (in its project.json): one `type:` and one `scope:`.
 *
 * Layers (type:):
 *   type:util        pure helpers                  -> util (every layer may use util)
 *   type:domain      pure domain model             -> domain
 *   type:core        ports, engines                -> core, domain
 *   type:adapter     port implementations          -> core, testing
 *   type:projection  read-model projections        -> core, domain, projection (the catalogue lists them)
 *   type:feature     NestJS use cases              -> core, domain, projection, platform
 *   type:platform    NestJS infrastructure         -> core, adapter, domain
 *   type:app         composition roots             -> everything but testing
 *   type:testing     test helpers                  -> core, adapter, platform, testing
 *   type:e2e         end-to-end suites             -> everything
 * Spec files, and test-only code under src/testing/, may additionally import adapters and testing helpers.
 *
 * Areas (scope:): desk, e-resources, licensing and ledger may each use themselves and shared; shared only shared;
 * scope:app (apps, the projection catalogue and the end-to-end suites, which compose every area) everything.
 */
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import importX from 'eslint-plugin-import-x';
import regexp from 'eslint-plugin-regexp';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { createProjectGraphAsync } from '@nx/devkit';

// @nx/enforce-module-boundaries only reads the *cached* project graph and silently
// skips itself (with a warning) when there is none, or uses a stale one after projects
// were added. Build it up front so `eslint .` always checks against the current
// workspace, without the Nx daemon.
process.env.NX_DAEMON ??= 'false';
process.env.NX_NO_CLOUD ??= 'true';
const projectGraph = await createProjectGraphAsync({ exitOnError: false });

/** Each package banned both as a bare specifier and with any sub-path. */
const withSubpaths = (names) => names.flatMap((n) => (n.endsWith('/*') ? [n] : [n, `${n}/*`]));

// Frameworks and infrastructure that must never leak into the inner layers.
const INFRASTRUCTURE_PACKAGES = withSubpaths([
  '@nestjs/*',
  'better-sqlite3',
  'mongodb',
  '@eventstore/*',
  'express',
  'class-validator',
  'class-transformer',
  'rxjs',
]);

/** @param {{ spec: boolean }} opts */
function typeConstraints({ spec }) {
  const extra = spec ? ['type:adapter', 'type:testing'] : [];
  const only = (...tags) => [...new Set([...tags, 'type:util', ...extra])];
  return [
    { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'], bannedExternalImports: INFRASTRUCTURE_PACKAGES },
    { sourceTag: 'type:domain', onlyDependOnLibsWithTags: only('type:domain'), bannedExternalImports: INFRASTRUCTURE_PACKAGES },
    { sourceTag: 'type:core', onlyDependOnLibsWithTags: only('type:core', 'type:domain'), bannedExternalImports: INFRASTRUCTURE_PACKAGES },
    { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: only('type:core', 'type:testing') },
    {
      sourceTag: 'type:projection',
      onlyDependOnLibsWithTags: only('type:core', 'type:domain', 'type:projection'),
      bannedExternalImports: INFRASTRUCTURE_PACKAGES,
    },
    { sourceTag: 'type:feature', onlyDependOnLibsWithTags: only('type:core', 'type:domain', 'type:projection', 'type:platform') },
    { sourceTag: 'type:platform', onlyDependOnLibsWithTags: only('type:core', 'type:adapter', 'type:domain') },
    // Apps: everything except testing. Spelled as an allow-list because
    // notDependOnLibsWithTags is transitive and adapters reach testing via their int specs.
    {
      sourceTag: 'type:app',
      onlyDependOnLibsWithTags: only('type:domain', 'type:core', 'type:adapter', 'type:projection', 'type:feature', 'type:platform'),
    },
    { sourceTag: 'type:testing', onlyDependOnLibsWithTags: only('type:core', 'type:adapter', 'type:platform', 'type:testing') },
    { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['*'] },
  ];
}

// Nx applies every constraint whose sourceTag a project carries, so an import must pass both its type and its scope.
const SCOPE_CONSTRAINTS = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:desk', onlyDependOnLibsWithTags: ['scope:desk', 'scope:shared'] },
  { sourceTag: 'scope:licensing', onlyDependOnLibsWithTags: ['scope:licensing', 'scope:shared'] },
  { sourceTag: 'scope:ledger', onlyDependOnLibsWithTags: ['scope:ledger', 'scope:shared'] },
  { sourceTag: 'scope:e-resources', onlyDependOnLibsWithTags: ['scope:e-resources', 'scope:shared'] },
  { sourceTag: 'scope:circulation', onlyDependOnLibsWithTags: ['scope:circulation', 'scope:shared'] },
  {
    sourceTag: 'scope:app',
    onlyDependOnLibsWithTags: ['scope:shared', 'scope:desk', 'scope:e-resources', 'scope:licensing', 'scope:ledger', 'scope:circulation', 'scope:app'],
  },
];

const boundaries = (spec) => [
  'error',
  {
    enforceBuildableLibDependency: true,
    allow: [],
    depConstraints: [...typeConstraints({ spec }), ...SCOPE_CONSTRAINTS],
  },
];

/** Roots of projects carrying one of the given tags, as globs over their TypeScript files. */
const filesOfProjectsTagged = (...tags) =>
  Object.values(projectGraph.nodes)
    .filter((p) => (p.data.tags ?? []).some((t) => tags.includes(t)))
    .map((p) => `${p.data.root}/**/*.ts`);

// Node built-ins are invisible to enforce-module-boundaries (it only knows npm packages), so the pure layers ban
// them here, with the node: prefix (any module) and as bare names (fs, crypto, ...). Projections may hash (a
// review's digest is SHA-256 of its content, the same on every replay) but get no randomness or I/O from crypto.
const PURE_LAYER_MESSAGE = 'Domain, util and projection code stays free of Node built-ins (type:domain / type:util / type:projection).';
/** @param {string[]} names */
const bareBuiltins = (names) => ({ regex: `^(${names.join('|')})(/.*)?$`, message: PURE_LAYER_MESSAGE });
const pureLayerBans = (/** @type {{ createHash: boolean }} */ { createHash }) => [
  'error',
  {
    patterns: createHash
      ? [
          { regex: '^node:(?!crypto$)', message: PURE_LAYER_MESSAGE },
          bareBuiltins(builtinModules.filter((name) => name !== 'crypto')),
          { regex: '^(node:)?crypto$', allowImportNames: ['createHash'], message: `${PURE_LAYER_MESSAGE} Only createHash may come from crypto.` },
        ]
      : [{ regex: '^node:', message: PURE_LAYER_MESSAGE }, bareBuiltins(builtinModules)],
  },
];
const domainAndUtilFiles = filesOfProjectsTagged('type:domain', 'type:util');
const projectionFiles = filesOfProjectsTagged('type:projection');

const FOCUSED_TEST_MESSAGE = 'Focused tests (.only / fit / fdescribe) must not be committed.';

export default defineConfig([
  globalIgnores(['**/node_modules/', '**/dist/', 'data/', 'coverage/', '.nx/', 'tmp/', 'docker/']),
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
    plugins: { '@nx': nx, 'import-x': importX },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    settings: {
      'import-x/extensions': ['.ts'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: resolve(import.meta.dirname, 'tsconfig.json') })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@nx/enforce-module-boundaries': boundaries(false),
      // Type-only imports do not count (they vanish at runtime); @era/* aliases resolve through tsconfig paths.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  // Every regular expression runs in time linear in its input: a pattern that can backtrack or move super-linearly
  // lets one request hold the event loop (a 100,000-character note once took 20 s). Prefer a loop where it is clearer.
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    plugins: { regexp },
    rules: { 'regexp/no-super-linear-backtracking': 'error', 'regexp/no-super-linear-move': 'error' },
  },
  // Test-only code beside a feature (src/testing/, never built into dist) may use what specs use.
  { files: ['**/src/testing/**/*.ts'], rules: { '@nx/enforce-module-boundaries': boundaries(true) } },
  {
    files: ['**/*.spec.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(true),
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name=/^(it|describe|test)$/][property.name='only']", message: FOCUSED_TEST_MESSAGE },
        { selector: 'CallExpression[callee.name=/^(fit|fdescribe)$/]', message: FOCUSED_TEST_MESSAGE },
      ],
    },
  },
  ...(domainAndUtilFiles.length ? [{ files: domainAndUtilFiles, rules: { 'no-restricted-imports': pureLayerBans({ createHash: false }) } }] : []),
  // Projection specs replay into real stores in temporary folders, so the ban covers the projections themselves.
  ...(projectionFiles.length
    ? [{ files: projectionFiles, ignores: ['**/*.spec.ts'], rules: { 'no-restricted-imports': pureLayerBans({ createHash: true }) } }]
    : []),
]);
