/**
 * One jest run over every project, in three kinds told apart by the file name:
 *  - unit (`*.spec.ts`): no SQLite, no HTTP, no child process, no network; `npm run test:unit` runs only these;
 *  - integration (`*.int.spec.ts`): real SQLite files, real HTTP, the real file system;
 *  - end-to-end (`test/*.e2e.spec.ts`): the built service and CLI as real processes.
 * `jest` runs all three; `jest --selectProjects unit` (or integration, e2e) one kind.
 */
const { compilerOptions } = require('./tsconfig.base.json');
const swc = JSON.parse(require('fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));

const moduleNameMapper = Object.fromEntries(Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]));

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false, sourceMaps: 'inline' }],
    // NestJS 12 and jose 6 ship ES modules only; Node 20 requires them natively, jest's module system does not (before Node 24.9).
    '^.+\\.js$': ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' }, swcrc: false }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|jose)/)'],
  moduleNameMapper,
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
};
const SOURCES = ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/projections'];

module.exports = {
  testTimeout: 30000,
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/tools/jest-plain-summary.js'],
  projects: [
    { ...common, displayName: 'unit', roots: SOURCES, testMatch: ['**/*.spec.ts'], testPathIgnorePatterns: ['\\.int\\.spec\\.ts$', '\\.e2e\\.spec\\.ts$'] },
    { ...common, displayName: 'integration', roots: SOURCES, testMatch: ['**/*.int.spec.ts'] },
    { ...common, displayName: 'e2e', roots: ['<rootDir>/test'], testMatch: ['**/*.spec.ts'] },
  ],
};
