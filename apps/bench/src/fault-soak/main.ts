import { SeededRandom } from '@era/fault-injection';
import { parseSoakOptions } from './soak-options';
import { runSoakIteration, SoakIteration } from './soak-iteration';

/**
 * The randomised fault run: random fault plans over random desk and licence work, iteration after iteration for
 * `--seconds`, each checked against a clean rebuild. Prints its seed (rerun with `--seed` for the same sequence of
 * plans, or one iteration with `--iteration-seed`) and its counts; exits 1 on any divergence.
 */
async function main(): Promise<void> {
  const options = parseSoakOptions(process.argv.slice(2));
  const master = new SeededRandom(options.seed);
  const deadline = Date.now() + options.seconds * 1000;
  const totals = { iterations: 0, events: 0, faults: 0, restarts: 0, failedStarts: 0, locks: 0, divergent: 0 };
  console.log(`fault soak: seed ${options.seed}, ${options.iterationSeed ? `iteration seed ${options.iterationSeed}` : `${options.seconds} s`}`);
  let lastReport = Date.now();
  do {
    const seed = options.iterationSeed ?? master.int(1, 2 ** 31 - 1);
    const iteration = await runSoakIteration(seed).catch((error: unknown) => failedIteration(seed, error));
    const { outcome } = iteration;
    totals.iterations += 1;
    totals.events += outcome.eventsWritten;
    totals.faults += outcome.faultsInjected;
    totals.restarts += outcome.restarts;
    totals.failedStarts += outcome.failedStarts;
    if (iteration.lockMs !== undefined) totals.locks += 1;
    const diverged = !outcome.caughtUp || outcome.divergences.length > 0;
    if (diverged) totals.divergent += 1;
    if (diverged || options.verbose) console.log(describe(totals.iterations, iteration, diverged));
    if (Date.now() - lastReport > 60_000) {
      console.log(`  … ${summary(totals)}`);
      lastReport = Date.now();
    }
  } while (!options.iterationSeed && Date.now() < deadline);
  console.log(`fault soak done: seed ${options.seed}, ${summary(totals)}`);
  process.exitCode = totals.divergent > 0 ? 1 : 0;
}

/** An iteration that threw is a divergence too, reported with its seed. */
function failedIteration(seed: number, error: unknown): SoakIteration {
  const detail = `the iteration failed: ${error instanceof Error ? error.stack : String(error)}`;
  const outcome = { caughtUp: false, divergences: [{ projection: '(all)', detail }], faultsInjected: 0, restarts: 0, failedStarts: 0, eventsWritten: 0 };
  return { seed, rules: [], splitCommits: false, batchSize: 0, outcome };
}

function summary(totals: Record<string, number>): string {
  return `iterations ${totals.iterations}, events written ${totals.events}, faults injected ${totals.faults}, process restarts ${totals.restarts} (after a failed engine start ${totals.failedStarts}), file locks ${totals.locks}, divergences ${totals.divergent}`;
}

function describe(n: number, { seed, rules, splitCommits, lockMs, batchSize, outcome }: SoakIteration, diverged: boolean): string {
  const plan = JSON.stringify(rules);
  const setting = `batch ${batchSize}${splitCommits ? ', split commits' : ''}${lockMs ? `, read store locked ${lockMs} ms` : ''}`;
  const result = diverged
    ? `DIVERGED${outcome.caughtUp ? '' : ' (not caught up)'}: ${outcome.divergences.map((d) => `${d.projection}: ${d.detail}`).join('; ')}`
    : 'converged';
  return `#${n} iteration seed ${seed} (${setting}) events ${outcome.eventsWritten}, faults ${outcome.faultsInjected}, restarts ${outcome.restarts} (failed starts ${outcome.failedStarts}): ${result}\n    plan ${plan}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
