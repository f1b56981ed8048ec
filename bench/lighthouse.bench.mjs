/**
 * Lighthouse performance score of the top page, a chapter, the self-check and the team view, on Lighthouse's
 * mobile profile (simulated slow 4G, 4× CPU) and its desktop preset; median of `--lighthouse-runs N` runs
 * (default 3), with the metrics behind the median run. The build is served with gzip, as an intranet server would.
 * Lighthouse's own CLI drives Debian's Chromium through chrome-launcher (CHROME_PATH, default /usr/bin/chromium).
 * Scores are printed and recorded against the budget, never asserted in tests.
 *
 *   npm run bench -- lighthouse
 *   npm run bench -- lighthouse --lighthouse-runs 5
 */
import { record } from './support/figures.mjs';
import { METRICS, lighthouse, medianRun } from './support/lighthouse.mjs';
import { serveGzip } from './support/serve.mjs';
import { OUT, PAGE_TYPES, siteBuild } from './support/site.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--lighthouse-runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const PAGES = ['top page', 'chapter', 'self-check', 'team view'];
const FORM_FACTORS = { mobile: [], desktop: ['--preset=desktop'] };

siteBuild();
const { url: siteUrl, close } = await serveGzip(OUT);
console.log(`Lighthouse performance (score 0–100), median of ${runs} run(s); metrics of the median run`);
console.log(`${'page type'.padEnd(16)}${'device'.padEnd(9)}${'score'.padStart(6)}${Object.keys(METRICS).map((m) => m.padStart(9)).join('')}  every run's score`);
let failed = 0;
for (const name of PAGES) {
  for (const [device, extra] of Object.entries(FORM_FACTORS)) {
    const reports = [];
    let error = null;
    for (let i = 0; i < runs; i++) {
      try {
        reports.push(await lighthouse(siteUrl + PAGE_TYPES[name], extra));
      } catch (e) {
        error = e;
        break;
      }
    }
    if (error) {
      failed++;
      console.log(`${name.padEnd(16)}${device.padEnd(9)} Lighthouse could not run here: ${error.message.split('\n')[0]}`);
      continue;
    }
    const { score: mid, cells, runs: every } = medianRun(reports);
    console.log(`${name.padEnd(16)}${device.padEnd(9)}${String(mid).padStart(6)}${cells.join('')}${every}`);
    record(`lighthouse-performance/${name} ${device}`, mid, 'points');
  }
}
await close();
process.exit(failed ? 1 : 0);
