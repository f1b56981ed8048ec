/**
 * `npm test`: type-checks the project (astro check), then runs every vitest project (unit and
 * end-to-end in Chromium) and ends with one plain line `N passed, N failed` that counts every
 * test plus the type check. Exits non-zero when anything failed.
 * `npm test -- test/unit/csv.test.ts` (any vitest filter) runs just those files, without the type check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit', env }).status;

const extra = process.argv.slice(2);
// A file or name filter means "just these tests": the whole-project type check is left to the full run.
const filtered = extra.some((a) => !a.startsWith('-'));
let checkOk = true;
if (!filtered) {
  console.log('▶ astro check');
  checkOk = run(['node_modules/astro/bin/astro.mjs', 'check']) === 0;
}

mkdirSync('.cache', { recursive: true });
const report = '.cache/vitest-report.json';
console.log('▶ vitest');
// The config imports the site's own TypeScript (the data modules' plugin), which Node cannot load natively.
run(['node_modules/vitest/vitest.mjs', 'run', '--configLoader=bundle', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  // Suites that failed to load (a syntax error, a failed build in setup) count as failures too.
  failed = r.numFailedTests + (r.testResults ?? []).filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
  if (r.numTotalTests === 0 || (!r.success && failed === 0)) failed += 1;
} else {
  failed += 1;
}
if (!filtered) {
  if (checkOk) passed += 1;
  else failed += 1;
  console.log(`\ntype check: ${checkOk ? 'ok' : 'FAILED'}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
