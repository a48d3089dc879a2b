import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureAppendRates } from './append-rate';
import { loadBenchConfig } from './config';
import { generateLog } from './generate-log';
import { appendLicenceWorkload } from './licence-workload';
import { checkTotals, describeAppends, describeLog, describeReplay, describeReview, describeWorkload, header, Summary, summaryTable } from './report';
import { ReplayFigures, runInChild } from './replay-rate';
import { describeScreening, measureScreening } from './screening-cost';

async function main(): Promise<void> {
  const config = loadBenchConfig();
  const dir = mkdtempSync(join(tmpdir(), 'era-bench-'));
  console.log(header(config, dir));
  try {
    console.log('\n[screening] worst-case free text: CPU time of validating a note (median of five)');
    const screening = await measureScreening();
    console.log(describeScreening(screening));

    console.log(`\n[1/6] durable single-event appends, ${config.seconds} s each (WAL, synchronous=FULL)`);
    const appends = await measureAppendRates(dir, config.seconds);
    console.log(describeAppends(appends));

    console.log(`\n[2/6] generating a ${config.events.toLocaleString('en-US')}-event desk log`);
    const eventsFile = join(dir, 'events.sqlite');
    const log = await generateLog(eventsFile, config.events, (written) => {
      if (written % 100_000 === 0 || written === config.events) console.log(`  generated ${written.toLocaleString('en-US')}`);
    });
    console.log(describeLog(log));

    console.log('\n[3/6] replay through desk-statistics into a fresh SqliteReadStore file (runRebuild, child process)');
    const rebuild = await runInChild({ mode: 'rebuild', eventsFile, readsFile: join(dir, 'reads.sqlite') }, config.cpuProfileDir);
    console.log(describeReplay(rebuild));

    let memoryReplay: ReplayFigures | undefined;
    if (config.memoryReplay) {
      console.log('\n[4/6] replay through desk-statistics into an in-memory read store (replayProjection, child process)');
      memoryReplay = await runInChild({ mode: 'replay-memory', eventsFile }, config.cpuProfileDir);
      console.log(describeReplay(memoryReplay));
    }

    let verify: ReplayFigures | undefined;
    if (config.verify) {
      console.log('\n[5/6] verifyEventStore over the log (child process)');
      verify = await runInChild({ mode: 'verify', eventsFile }, config.cpuProfileDir);
      console.log(describeReplay(verify));
    }

    let reviews: Summary['reviews'];
    if (config.review) {
      console.log(`\n[6/6] compliance review: ${config.licences} licences appended to the same log, then produceComplianceReview (child processes)`);
      const workload = await appendLicenceWorkload(eventsFile, config.licences);
      console.log(describeWorkload(workload));
      const licenceId = workload.licenceIds[Math.floor(workload.licenceIds.length / 2)];
      const asOf = new Date().toISOString();
      const one = await runInChild({ mode: 'review-one', eventsFile, licenceId, asOf }, config.cpuProfileDir);
      console.log(`  one licence (${licenceId}):\n${describeReview(one)}`);
      const all = await runInChild({ mode: 'review-all', eventsFile, asOf }, config.cpuProfileDir);
      console.log(`  all licences:\n${describeReview(all)}`);
      reviews = { workload, one, all };
    }

    const checks = [
      ['rebuild read models', checkTotals(rebuild, log)],
      ['in-memory replay', checkTotals(memoryReplay, log)],
      ['verify', verify && `${verify.ok ? 'OK' : 'FAILED'}: ${verify.events.toLocaleString('en-US')} events, ${verify.detail ?? ''}`],
      ['review, one licence', reviews && `${reviews.one.ok ? 'OK' : 'FAILED'}: ${reviews.one.detail ?? ''}`],
      ['review, all licences', reviews && `${reviews.all.ok ? 'OK' : 'FAILED'}: ${reviews.all.detail ?? ''}`],
    ].filter((check): check is [string, string] => check[1] !== undefined);
    console.log('\nchecks');
    for (const [label, result] of checks) console.log(`  ${label}: ${result}`);
    if (checks.some(([, result]) => !result.startsWith('OK'))) process.exitCode = 1;

    console.log(`\n${summaryTable({ screening, appends, log, rebuild, memoryReplay, verify, reviews })}`);
  } finally {
    if (config.keep) console.log(`\nkept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
