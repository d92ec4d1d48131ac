// A node:test reporter that counts passed and failed tests and, when SEUTU_NODE_SUMMARY names a
// file, writes {passed, failed} there for .ci/run's closing line. Prints nothing itself.
import { writeFileSync } from 'node:fs';

export default async function* summaryReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    // Suites report too; count the tests only (a test has no nested tests of its own).
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite') {
      if (event.data.skip || event.data.todo) totals.skipped++;
      else totals.passed++;
    }
    if (event.type === 'test:fail' && event.data.details?.type !== 'suite') totals.failed++;
  }
  if (process.env.SEUTU_NODE_SUMMARY) writeFileSync(process.env.SEUTU_NODE_SUMMARY, JSON.stringify(totals));
  yield '';
}
