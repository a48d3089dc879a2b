// @ts-check
/**
 * Flat ESLint config: typescript-eslint (recommended, not type-checked) plus
 * Nx module boundaries that enforce the hexagonal architecture via project tags.
 *
 * Layers (tags live in each project.json):
 *   type:domain      pure domain model            -> domain
 *   type:core        ports, engines               -> core, domain
 *   type:adapter     port implementations          -> core, testing
 *   type:projection  read-model projections        -> core, domain, projection (the catalogue lists them)
 *   type:feature     NestJS use cases              -> core, domain, projection, platform
 *   type:platform    NestJS infrastructure         -> core, adapter, domain
 *   type:app         composition roots             -> everything but testing
 *   type:testing     test helpers                  -> core, adapter, testing
 *   type:e2e         end-to-end suites             -> everything
 * Spec files may additionally import adapters and testing helpers.
 */
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
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
// Node built-ins are invisible to enforce-module-boundaries (it only knows npm
// packages), so they are additionally banned with no-restricted-imports below.
const PURE_LAYER_BUILTINS = ['node:sqlite'];
const PURE_LAYER_BANNED = [...INFRASTRUCTURE_PACKAGES, ...PURE_LAYER_BUILTINS];

/** @param {{ spec: boolean }} opts */
function depConstraints({ spec }) {
  const extra = spec ? ['type:adapter', 'type:testing'] : [];
  const only = (...tags) => [...new Set([...tags, 'type:util', ...extra])];
  return [
    { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'], bannedExternalImports: PURE_LAYER_BANNED },
    { sourceTag: 'type:domain', onlyDependOnLibsWithTags: only('type:domain'), bannedExternalImports: PURE_LAYER_BANNED },
    { sourceTag: 'type:core', onlyDependOnLibsWithTags: only('type:core', 'type:domain'), bannedExternalImports: INFRASTRUCTURE_PACKAGES },
    { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: only('type:core', 'type:testing') },
    { sourceTag: 'type:projection', onlyDependOnLibsWithTags: only('type:core', 'type:domain', 'type:projection'), bannedExternalImports: PURE_LAYER_BANNED },
    { sourceTag: 'type:feature', onlyDependOnLibsWithTags: only('type:core', 'type:domain', 'type:projection', 'type:platform') },
    { sourceTag: 'type:platform', onlyDependOnLibsWithTags: only('type:core', 'type:adapter', 'type:domain') },
    // Apps: everything except testing. Spelled as an allow-list because
    // notDependOnLibsWithTags is transitive and adapters reach testing via their int specs.
    {
      sourceTag: 'type:app',
      onlyDependOnLibsWithTags: only('type:domain', 'type:core', 'type:adapter', 'type:projection', 'type:feature', 'type:platform'),
    },
    { sourceTag: 'type:testing', onlyDependOnLibsWithTags: only('type:core', 'type:adapter', 'type:testing') },
    { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['*'] },
  ];
}

const boundaries = (spec) => [
  'error',
  {
    enforceBuildableLibDependency: true,
    allow: [],
    depConstraints: depConstraints({ spec }),
  },
];

/** Roots of projects carrying one of the given tags, as globs over their TypeScript files. */
const filesOfProjectsTagged = (...tags) =>
  Object.values(projectGraph.nodes)
    .filter((p) => (p.data.tags ?? []).some((t) => tags.includes(t)))
    .map((p) => `${p.data.root}/**/*.ts`);
const pureLayerFiles = filesOfProjectsTagged('type:domain', 'type:projection');

const FOCUSED_TEST_MESSAGE = 'Focused tests (.only / fit / fdescribe) must not be committed.';

export default defineConfig([
  globalIgnores(['**/node_modules/', '**/dist/', 'data/', 'coverage/', '.nx/', 'tmp/', 'docker/']),
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
    plugins: { '@nx': nx },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
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
    },
  },
  {
    files: ['**/*.spec.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(true),
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name=/^(it|describe|test)$/][property.name='only']", message: FOCUSED_TEST_MESSAGE },
        { selector: "CallExpression[callee.name=/^(fit|fdescribe)$/]", message: FOCUSED_TEST_MESSAGE },
      ],
    },
  },
  ...(pureLayerFiles.length
    ? [
        {
          files: pureLayerFiles,
          rules: {
            'no-restricted-imports': [
              'error',
              {
                paths: PURE_LAYER_BUILTINS.map((name) => ({
                  name,
                  message: 'Domain and projection code must stay free of infrastructure (type:domain / type:projection).',
                })),
              },
            ],
          },
        },
      ]
    : []),
]);
