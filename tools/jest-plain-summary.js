/**
 * Ends a jest run with what was skipped and why (the contract suites of servers that are not reachable name their
 * reason in the skipped test's title), then the plain closing line that CI reads in any language:
 * "tests: N passed, N failed, N skipped".
 */
class PlainSummaryReporter {
  constructor() {
    this.skipped = [];
  }

  onTestResult(_test, result) {
    for (const test of result.testResults) {
      if (test.status === 'pending' || test.status === 'skipped' || test.status === 'todo') this.skipped.push(test.fullName);
    }
  }

  onRunComplete(_contexts, results) {
    const out = process.stdout;
    if (this.skipped.length > 0) {
      out.write(`\nSkipped (${this.skipped.length}):\n`);
      for (const name of this.skipped) out.write(`  - ${name}\n`);
    }
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`;
    // Written at exit, so that it stays the closing line, after jest's own summary.
    process.once('exit', () => out.write(`\n${line}\n`));
  }
}
module.exports = PlainSummaryReporter;
