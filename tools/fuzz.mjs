// `npm run fuzz [-- RUNS [SEED]]`: the route fuzz suite (test/route-fuzz.e2e.spec.ts) with more cases per route than
// `npm test` gives it (500 unless told), printing its seed so that a failure can be replayed with FUZZ_SEED.
import { spawnSync } from 'node:child_process';

const [runs = process.env.FUZZ_RUNS ?? '500', seed = process.env.FUZZ_SEED] = process.argv.slice(2);
const env = { ...process.env, FUZZ_RUNS: runs, ...(seed ? { FUZZ_SEED: seed } : {}) };
const result = spawnSync('npx', ['jest', '--selectProjects', 'e2e', 'test/route-fuzz.e2e.spec.ts'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
