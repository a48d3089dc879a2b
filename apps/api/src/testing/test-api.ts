import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { EventStore } from '@era/event-store';
import { EVENT_STORE, loadConfig } from '@era/platform';
import { createApi } from '../create-app';

export const TOKENS = {
  desk: 'dev-desk-token',
  student: 'dev-student-token',
  auditor: 'dev-auditor-token',
  librarian: 'dev-librarian-token',
  associate: 'dev-associate-token',
  admin: 'dev-admin-token',
} as const;

/** The real API on a throwaway data folder: real SQLite files, real HTTP through supertest. */
export async function startTestApi(env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'era-api-'));
  const config = loadConfig({ DATA_DIR: dataDir, LIBRARY_TIMEZONE: 'UTC', ...env }, []);
  const app: INestApplication = await createApi(config, { logger: false });
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
