import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamicModule, INestApplication, Module, Type } from '@nestjs/common';
import request from 'supertest';
import { DeskModule } from '@era/desk';
import { EventStore } from '@era/event-store';
import { LedgerModule } from '@era/ledger';
import { ComplianceReviewModule, DOCUMENT_UPLOAD_ROUTE, LicensingReadModule, LicensingWriteModule } from '@era/licensing';
import { AppConfig, createHttpApplication, EVENT_STORE, loadConfig, PlatformModule } from '@era/platform';
import { ALL_PROJECTIONS } from '@era/projection-catalogue';

export const TOKENS = {
  desk: 'dev-desk-token',
  student: 'dev-student-token',
  auditor: 'dev-auditor-token',
  librarian: 'dev-librarian-token',
  associate: 'dev-associate-token',
  admin: 'dev-admin-token',
} as const;

/** The feature modules the API serves (apps/api's AppModule.forApi lists the same; its spec checks they agree). */
export const API_FEATURES: readonly Type[] = [DeskModule, LicensingWriteModule, LicensingReadModule, ComplianceReviewModule, LedgerModule];

@Module({})
class TestApiModule {}

/** The platform with every projection, as in the API, and the given feature modules (all of them unless told). */
export function testApiModule(config: AppConfig, features: readonly Type[] = API_FEATURES): DynamicModule {
  return { module: TestApiModule, imports: [PlatformModule.forRoot({ config, projections: ALL_PROJECTIONS }), ...features] };
}

/**
 * The real API on a throwaway data folder: real SQLite files, real HTTP through supertest, set up by the same
 * createHttpApplication as the service. `root` replaces the composition (apps/api passes its AppModule).
 */
export async function startTestApi(env: Record<string, string> = {}, root: (config: AppConfig) => DynamicModule = testApiModule) {
  const dataDir = mkdtempSync(join(tmpdir(), 'era-api-'));
  const config = loadConfig({ DATA_DIR: dataDir, LIBRARY_TIMEZONE: 'UTC', ...env }, []);
  const app: INestApplication = await createHttpApplication(root(config), config, { logger: false, rawBodyRoutes: [DOCUMENT_UPLOAD_ROUTE] });
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

export const anInquiry = (overrides: Record<string, unknown> = {}) => ({
  location: 'main-desk',
  channel: 'in-person',
  questionType: 'reference',
  readLevel: 3,
  durationMinutes: 10,
  occurredAt: '2026-03-02T10:15:00Z',
  ...overrides,
});
