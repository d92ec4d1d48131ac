// Counts passed and failed tests across all browsers and files and, when SEUTU_TEST_SUMMARY
// names a file, writes {passed, failed, skipped} there for .ci/run's closing line.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.fileErrors++;
      }
      const target = process.env.SEUTU_TEST_SUMMARY;
      if (target) writeFileSync(target, JSON.stringify(totals));
    },
  };
}
