// Adds up the Jest and Playwright JSON reports and the CI checks into one "N passed, N failed" line.
// A suite that crashed before reporting counts as failed through its check, so nothing is lost.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const reports = 'reports';
let passed = 0;
let failed = 0;

for (const file of readdirSync(reports).filter((name) => name.startsWith('jest-') && name.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(reports, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numRuntimeErrorTestSuites} suites crashed`);
}

const e2eReport = join(reports, 'e2e.json');
if (existsSync(e2eReport)) {
  const { stats } = JSON.parse(readFileSync(e2eReport, 'utf8'));
  passed += stats.expected;
  failed += stats.unexpected + stats.flaky;
  console.log(`e2e.json: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky, ${stats.skipped} skipped`);
}

const checksLog = join(reports, 'checks.log');
const checks = existsSync(checksLog) ? readFileSync(checksLog, 'utf8').trim().split('\n').filter(Boolean) : [];
for (const line of checks) {
  if (line.startsWith('PASS')) passed++;
  else failed++;
}
console.log(`checks: ${checks.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
