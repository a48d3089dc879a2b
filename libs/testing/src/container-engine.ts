import { existsSync } from 'node:fs';

export type ServerForTests = { kind: 'connection-string'; url: string } | { kind: 'testcontainers' } | { kind: 'unavailable'; reason: string };

/**
 * Where a suite for a server engine (EventStoreDB, MongoDB) gets its server: a connection string from the
 * environment first, else a container through testcontainers when a Docker engine answers, else nowhere, with
 * the reason to print. Decided synchronously because jest declares suites synchronously.
 */
export function serverForTests(envVariable: string, engineName: string): ServerForTests {
  const url = process.env[envVariable];
  if (url) return { kind: 'connection-string', url };
  if (process.env.DOCKER_HOST || existsSync('/var/run/docker.sock')) return { kind: 'testcontainers' };
  return {
    kind: 'unavailable',
    reason: `no ${engineName} here: ${envVariable} is not set and no Docker engine is reachable (DOCKER_HOST unset, no /var/run/docker.sock) for testcontainers`,
  };
}
