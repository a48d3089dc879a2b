'use strict';
// Container health probe for the era-ledger image (HEALTHCHECK in docker/Dockerfile, healthcheck in compose.yml).
// Slim node images have no curl, so this uses node's global fetch (node >= 18).
//
//   ERA_MODE=all (default) or api: GET http://127.0.0.1:$PORT/health must answer 200 within the timeout.
//   ERA_MODE=projector: the service runs no HTTP server, so the probe can only check that the service process
//     (node .../dist/apps/api/src/main.js) is still running in the container. This is a liveness check, not a
//     readiness check: it says nothing about projection lag.
//
// HEALTHCHECK_URL overrides the probed URL. Exit code 0 = healthy, 1 = unhealthy.
const { readdirSync, readFileSync } = require('node:fs');

const mode = (process.env.ERA_MODE || 'all').trim().toLowerCase();
const port = process.env.PORT || '3000';
const url = process.env.HEALTHCHECK_URL || `http://127.0.0.1:${port}/health`;
const timeoutMs = 4000;
const entry = 'dist/apps/api/src/main.js';

function serviceProcessRunning() {
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    let argv;
    try {
      argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // the process ended while we looked
    }
    if (argv.some((arg) => arg === entry || arg.endsWith(`/${entry}`))) return true;
  }
  return false;
}

async function main() {
  if (mode === 'projector') {
    if (serviceProcessRunning()) return 0;
    console.error(`unhealthy: no process running ${entry}`);
    return 1;
  }
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (response.status === 200) return 0;
    console.error(`unhealthy: GET ${url} answered ${response.status}`);
    return 1;
  } catch (error) {
    console.error(`unhealthy: GET ${url} failed: ${error && error.message ? error.message : error}`);
    return 1;
  }
}

main().then((code) => process.exit(code));
