import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamicModule, INestApplication, Module, Type } from '@nestjs/common';
import { DestinationStream } from 'pino';
import request from 'supertest';
import { Upcaster } from '@era/decider';
import { EventStore } from '@era/event-store';
import { AppConfig, createHttpApplication, EVENT_STORE, loadConfig, PlatformModule, RawBodyRoute, SecretBodyField } from '@era/platform';
import { ProjectionDefinition } from '@era/projection-engine';

export const TOKENS = {
  deskHead: 'dev-desk-head-token',
  desk: 'dev-desk-token',
  student: 'dev-student-token',
  auditor: 'dev-auditor-token',
  librarian: 'dev-librarian-token',
  associate: 'dev-associate-token',
  admin: 'dev-admin-token',
  metrics: 'dev-metrics-token',
} as const;

/** What a feature suite serves: its own modules and projections (and routes whose body is a file), on the platform. */
export interface TestComposition {
  features: readonly Type[];
  projections: readonly ProjectionDefinition[];
  /** The area's upcasters: its suites read old event shapes as the service does. */
  upcasters: readonly Upcaster[];
  rawBodyRoutes?: readonly RawBodyRoute[];
  secretBodyFields?: readonly SecretBodyField[];
}

@Module({})
class TestApiModule {}

/**
 * The real API on a throwaway data folder: real SQLite files, real HTTP through supertest, set up by the same
 * createHttpApplication as the service. A feature suite gives its area's composition; apps/api gives its AppModule.
 */
export async function startTestApi(
  composition:
    TestComposition | { root: (config: AppConfig) => DynamicModule; rawBodyRoutes?: readonly RawBodyRoute[]; secretBodyFields?: readonly SecretBodyField[] },
  env: Record<string, string> = {},
  /** Where the service's JSON log lines go; no logging without one. */
  logging: { logDestination?: DestinationStream } = {},
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'era-api-'));
  // The suites sign in with the development TOKENS; a suite about signing in turns them off with ERA_DEV_TOKENS: 'false'.
  const config = loadConfig({ DATA_DIR: dataDir, LIBRARY_TIMEZONE: 'UTC', ERA_DEV_TOKENS: 'true', ...env }, []);
  const root =
    'root' in composition
      ? composition.root(config)
      : {
          module: TestApiModule,
          imports: [PlatformModule.forRoot({ config, projections: composition.projections, upcasters: composition.upcasters }), ...composition.features],
        };
  const app: INestApplication = await createHttpApplication(root, config, {
    logger: false,
    logDestination: logging.logDestination,
    rawBodyRoutes: composition.rawBodyRoutes ?? [],
    secretBodyFields: composition.secretBodyFields ?? [],
  });
  await app.init();
  const events = app.get<EventStore>(EVENT_STORE);
  return {
    app,
    config,
    /** Where this API keeps its files (the throwaway folder, unless DATA_DIR was given). */
    dataDir: config.dataDir,
    events,
    http: () => request(app.getHttpServer()),
    as: (token: string) => ({ Authorization: `Bearer ${token}` }),
    head: () => events.headPosition(),
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestApi = Awaited<ReturnType<typeof startTestApi>>;
