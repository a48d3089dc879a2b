/**
 * Helpers for the end-to-end suites: they run the built service (dist/apps/api/src/main.js) and operator CLI
 * (dist/apps/cli/src/main.js) as real processes on temporary data directories. Call ensureBuilt() in beforeAll
 * (it rebuilds dist/ when sources are newer) and killAllServices() in afterAll.
 */
export * from './build';
export * from './cli';
export * from './fixtures';
export * from './http';
export * from './paths';
export * from './ports';
export * from './service';
export * from './wait';
