'use strict';
// Container health probe for the era-ledger image (HEALTHCHECK in docker/Dockerfile, healthcheck in compose.yml).
// Slim node images have no curl, so this uses node's global fetch (node >= 18).
//
//   Every mode (all, api, projector): GET http://127.0.0.1:$PORT/health must answer 200 with {"status":"up"} within
//   the timeout. The projector serves /health too, from its own projections' state: a poisoned projection (503) or
//   one retrying for longer than PROJECTION_RETRYING_DEGRADED_MS ("degraded") makes the container unhealthy, not
//   just a dead process.
//
// HEALTHCHECK_URL overrides the probed URL. Exit code 0 = healthy, 1 = unhealthy.
const port = process.env.PORT || '3000';
const url = process.env.HEALTHCHECK_URL || `http://127.0.0.1:${port}/health`;
const timeoutMs = 4000;

async function main() {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    const body = response.status === 200 ? await response.json() : undefined;
    if (body && body.status === 'up') return 0;
    console.error(`unhealthy: GET ${url} answered ${response.status}${body ? ` ${body.status}` : ''}`);
    return 1;
  } catch (error) {
    console.error(`unhealthy: GET ${url} failed: ${error && error.message ? error.message : error}`);
    return 1;
  }
}

main().then((code) => process.exit(code));
