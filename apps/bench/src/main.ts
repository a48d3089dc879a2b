import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureAppendRates } from './append-rate';
import { asOfCheck, AsOfSummary, runAsOfSteps } from './as-of-report';
import { measureAzHttp } from './a-z-http';
import { generateAzLog } from './a-z-log';
import { azChecks, AzSummary, describeAzHttp, describeAzLog, describeAzRebuild, describeAzScan } from './a-z-report';
import { BenchConfig, loadBenchConfig } from './config';
import { DeskDayFigures, measureDeskDay } from './desk-day';
import { generateLog } from './generate-log';
import { appendLicenceWorkload } from './licence-workload';
import {
  checkTotals,
  describeAppends,
  describeDeskDay,
  describeLog,
  describeReplay,
  describeResponsiveness,
  describeReview,
  describeHttpWrites,
  describeWorkload,
  header,
  Summary,
  summaryTable,
} from './report';
import { generateKbartFile } from './kbart-file';
import { describeKbartFile, describeKbartImport, describeKbartParse, kbartChecks, KbartSummary } from './kbart-report';
import { ReplayFigures, runInChild } from './replay-rate';
import { measureReplayAgainstRaw, replayGoalChecks } from './replay-against-raw';
import { describeScreening, measureScreening } from './screening-cost';
import { measureResponsiveness, ResponsivenessFigures } from './responsiveness';
import { HttpWriteFigures, measureHttpWrites } from './http-writes';
import { issue13Table } from './issue-13-table';
import { deskHttpReadsCheck, DeskHttpReadsFigures, measureDeskHttpReads } from './desk-http-reads';
import { runVerifyStreamsStep, verifyStreamsCheck, VerifyStreamsFigures } from './verify-streams';

async function main(): Promise<void> {
  const config = loadBenchConfig();
  const dir = mkdtempSync(join(tmpdir(), 'era-bench-'));
  console.log(header(config, dir));
  try {
    console.log('\n[screening] worst-case free text: CPU time of validating a note (median of five)');
    const screening = await measureScreening();
    console.log(describeScreening(screening));

    console.log(`\n[1/7] durable single-event appends, ${config.seconds} s each (WAL, synchronous=FULL)`);
    const appends = await measureAppendRates(dir, config.seconds);
    console.log(describeAppends(appends));

    let httpWrites: HttpWriteFigures | undefined;
    if (config.httpWrites) {
      console.log(
        `\n[writes over HTTP] ${config.httpWritesAmount.toLocaleString('en-US')} POST /desk/inquiries from ${config.httpWritesConnections} clients at once, the built API on a fresh log`,
      );
      httpWrites = await measureHttpWrites(dir, config.httpWritesAmount, config.httpWritesConnections);
      console.log(describeHttpWrites(httpWrites, appends));
    }

    console.log(`\n[2/7] generating a ${config.events.toLocaleString('en-US')}-event desk log`);
    const eventsFile = join(dir, 'events.sqlite');
    const log = await generateLog(eventsFile, config.events, (written) => {
      if (written % 100_000 === 0 || written === config.events) console.log(`  generated ${written.toLocaleString('en-US')}`);
    });
    console.log(describeLog(log));

    let rebuild: ReplayFigures | undefined;
    if (config.rebuild) {
      console.log('\n[3/7] replay through desk-statistics into a fresh SqliteReadStore file (runRebuild, child process)');
      rebuild = await runInChild({ mode: 'rebuild', eventsFile, readsFile: join(dir, 'reads.sqlite') }, config.cpuProfileDir);
      console.log(describeReplay(rebuild));
    }

    let memoryReplay: ReplayFigures | undefined;
    if (config.memoryReplay) {
      console.log(
        '\n[4/7] replay through desk-statistics into a scratch read store, an SQLite temporary database as the as-of queries use (replayProjection, child process)',
      );
      memoryReplay = await runInChild({ mode: 'replay-memory', eventsFile }, config.cpuProfileDir);
      console.log(describeReplay(memoryReplay));
    }

    const againstRaw = await measureReplayAgainstRaw(eventsFile, { rebuild, replay: memoryReplay }, config.cpuProfileDir);

    let verify: ReplayFigures | undefined;
    if (config.verify) {
      console.log('\n[5/7] verifyEventStore over the log (child process)');
      verify = await runInChild({ mode: 'verify', eventsFile }, config.cpuProfileDir);
      console.log(describeReplay(verify));
    }

    let verifyStreams: VerifyStreamsFigures | undefined;
    if (config.verifyStreams) {
      console.log(
        `\n[verify streams] verifyEventStore over a log of ${config.verifyStreams.toLocaleString('en-US')} streams, against a raw scan (child processes)`,
      );
      verifyStreams = await runVerifyStreamsStep(join(dir, 'streams.sqlite'), config.verifyStreams, config.cpuProfileDir);
    }

    let reviews: Summary['reviews'];
    if (config.review) {
      console.log(`\n[6/7] compliance review: ${config.licences} licences appended to the same log, then produceComplianceReview (child processes)`);
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

    let asOf: AsOfSummary | undefined;
    if (config.asOf) asOf = await runAsOfSteps(dir, eventsFile, rebuild !== undefined, reviews);

    let responsiveness: ResponsivenessFigures | undefined;
    if (config.responsiveness) {
      console.log(
        `\n[7/7] responsiveness under whole-log load: the built API on this log, four whole-log requests at once, /health and desk writes timed meanwhile`,
      );
      responsiveness = await measureResponsiveness(dir, config.responsivenessSamples, config.apiMode);
      console.log(describeResponsiveness(responsiveness));
    }

    let deskHttpReads: DeskHttpReadsFigures | undefined;
    if (config.deskHttpReads) {
      console.log(
        `\n[desk reads over HTTP] GET /desk/statistics and /desk/inquiries on the built API against a bare node:http server sending the same bytes (autocannon, ${config.azHttpConnections} connections, ${config.azHttpSeconds} s each)`,
      );
      deskHttpReads = await measureDeskHttpReads(dir, config.azHttpSeconds, config.azHttpConnections);
    }

    let az: AzSummary | undefined;
    if (config.az) az = await runAzSteps(config, dir);

    let deskDay: DeskDayFigures | undefined;
    if (config.deskDay) {
      console.log(
        `\n[desk day] a day of a busy desk on the built API (its own log): ${config.deskDayLoans.toLocaleString('en-US')} check-outs and check-ins ` +
          `with fines and payments at ${config.deskDayDesks} desks at once, over HTTP`,
      );
      deskDay = await measureDeskDay(dir, config.deskDayLoans, config.deskDayDesks);
      console.log(describeDeskDay(deskDay, appends));
    }

    let kbart: KbartSummary | undefined;
    if (config.kbart) kbart = await runKbartSteps(config, dir);

    const checks = [
      ['rebuild read models', checkTotals(rebuild, log)],
      ['in-memory replay', checkTotals(memoryReplay, log)],
      ...replayGoalChecks(againstRaw),
      ['verify', verify && `${verify.ok ? 'OK' : 'FAILED'}: ${verify.events.toLocaleString('en-US')} events, ${verify.detail ?? ''}`],
      ['verify, many streams', verifyStreams && verifyStreamsCheck(verifyStreams)],
      ['review, one licence', reviews && `${reviews.one.ok ? 'OK' : 'FAILED'}: ${reviews.one.detail ?? ''}`],
      ['review, all licences', reviews && `${reviews.all.ok ? 'OK' : 'FAILED'}: ${reviews.all.detail ?? ''}`],
      asOfCheck(asOf) ?? ['as-of statistics', undefined],
      ['whole-log requests under load', responsiveness && wholeLogCheck(responsiveness)],
      ...azChecks(az),
      ...kbartChecks(kbart),
      [
        'writes over HTTP',
        httpWrites &&
          `${httpWrites.failed === 0 ? 'OK' : 'FAILED'}: ${httpWrites.requests.toLocaleString('en-US')} requests, ${httpWrites.failed} not acknowledged`,
      ],
      ['desk reads over HTTP', deskHttpReads && deskHttpReadsCheck(deskHttpReads)],
      ['circulation counts after the desk day', deskDay && `${deskDay.statistics.ok ? 'OK' : 'MISMATCH'}: ${deskDay.statistics.detail}`],
    ].filter((check): check is [string, string] => check[1] !== undefined);
    console.log('\nchecks');
    for (const [label, result] of checks) console.log(`  ${label}: ${result}`);
    if (checks.some(([, result]) => !result.startsWith('OK'))) process.exitCode = 1;

    console.log(
      `\nissue 13: each row against its raw baseline of this run\n${issue13Table({ appends, httpWrites, againstRaw, verifyStreams, asOf, deskHttpReads })}`,
    );
    console.log(
      `\n${summaryTable({ screening, appends, httpWrites, log, rebuild, memoryReplay, verify, reviews, asOf, responsiveness, az, deskDay, kbart, verifyStreams, deskHttpReads })}`,
    );
  } finally {
    if (config.keep) console.log(`\nkept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The KBART import (issue 12): a synthetic vendor file generated, csv-parse alone reading it (the baseline), then the
 * whole import of it into a package's title list in a fresh data folder; each in a child process of its own.
 */
async function runKbartSteps(config: BenchConfig, dir: string): Promise<KbartSummary> {
  const kbartDir = join(dir, 'kbart');
  mkdirSync(kbartDir);
  const kbartFile = join(kbartDir, 'title-list.txt');
  console.log(
    `\n[kbart 1/3] generating a ${config.kbartRows.toLocaleString('en-US')}-row KBART file (serials and monographs, dirty values, multi-range titles)`,
  );
  const file = await generateKbartFile(kbartFile, config.kbartRows);
  console.log(describeKbartFile(file));
  console.log('\n[kbart 2/3] csv-parse alone reading the file, streaming, counting records (the baseline; child process)');
  const parse = await runInChild({ mode: 'kbart-parse', eventsFile: '', kbartFile }, config.cpuProfileDir);
  console.log(describeKbartParse(parse));
  console.log('\n[kbart 3/3] the import: decode, parse, normalise, group, file and report stored, title list recorded in SQLite (child process)');
  const dataDir = join(kbartDir, 'data');
  mkdirSync(dataDir);
  const importing = await runInChild({ mode: 'kbart-import', eventsFile: '', kbartFile, dataDir }, config.cpuProfileDir);
  const kbart = { file, parse, importing };
  console.log(describeKbartImport(kbart));
  return kbart;
}

/**
 * The A-Z list's steps, on a log of their own (its directory is the API's DATA_DIR): generate it, scan it raw (the
 * baseline), rebuild the a-z projection over it, then load public GET /a-z on the built API and on a bare server.
 */
async function runAzSteps(config: BenchConfig, dir: string): Promise<AzSummary> {
  const azDir = join(dir, 'a-z');
  mkdirSync(azDir);
  const eventsFile = join(azDir, 'events.sqlite');
  console.log(
    `\n[a-z 1/3] generating an A-Z log: ${config.azResources.toLocaleString('en-US')} e-resources, ${config.azActivations.toLocaleString('en-US')} activation events`,
  );
  const log = await generateAzLog(eventsFile, config.azResources, config.azActivations, (written) => {
    if (written % 100_000 === 0) console.log(`  generated ${written.toLocaleString('en-US')}`);
  });
  console.log(describeAzLog(log));
  const az: AzSummary = { log };
  if (config.azRebuild) {
    console.log('\n[a-z 2/3] raw scan of the A-Z log (better-sqlite3, JSON.parse; the baseline), then rebuild of the a-z projection (child processes)');
    az.scan = await runInChild({ mode: 'scan', eventsFile }, config.cpuProfileDir);
    console.log(describeAzScan(az.scan));
    az.rebuild = await runInChild({ mode: 'a-z-rebuild', eventsFile, readsFile: join(dir, 'a-z-reads.sqlite'), activeOn: log.today }, config.cpuProfileDir);
    console.log(describeAzRebuild(az.rebuild, az.scan));
  }
  if (config.azHttp) {
    console.log(
      `\n[a-z 3/3] public GET /a-z on the built API against a bare node:http server sending the same bytes (autocannon, ${config.azHttpConnections} connections, ${config.azHttpSeconds} s each)`,
    );
    az.http = await measureAzHttp(azDir, config.azHttpSeconds, config.azHttpConnections, config.azQuery);
    console.log(describeAzHttp(az.http));
  }
  return az;
}

/** Every whole-log request answered (200), none refused: the queue lets four wait or run by default. */
function wholeLogCheck(figures: ResponsivenessFigures): string {
  const failed = figures.wholeLog.filter((request) => request.status !== undefined && request.status !== 200);
  const answered = figures.wholeLog.filter((request) => request.status === 200).length;
  return failed.length === 0
    ? `OK: ${answered} answered 200, ${figures.wholeLog.length - answered} still running when sampling ended, none refused`
    : `FAILED: ${failed.map((r) => `${r.label} ${r.status}`).join(', ')}`;
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
