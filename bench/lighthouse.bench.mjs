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
import { spawn } from 'node:child_process';
import { record } from './support/figures.mjs';
import { serveGzip } from './support/serve.mjs';
import { OUT, PAGE_TYPES, siteBuild } from './support/site.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--lighthouse-runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const PAGES = ['top page', 'chapter', 'self-check', 'team view'];
const FORM_FACTORS = { mobile: [], desktop: ['--preset=desktop'] };
const METRICS = { FCP: 'first-contentful-paint', LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', CLS: 'cumulative-layout-shift', SI: 'speed-index' };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One Lighthouse run (its CLI, JSON on stdout); resolves with the report, or rejects with what it printed. */
function lighthouse(url, extra) {
  const flags = [
    'node_modules/lighthouse/cli/index.js',
    url,
    '--only-categories=performance',
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    // The same flags as the browser tests: no sandbox as root, no calls home from a machine without outside network.
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ...extra,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, flags, { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      try {
        const report = JSON.parse(out);
        if (report.runtimeError) throw new Error(`${report.runtimeError.code}: ${report.runtimeError.message}`);
        resolve(report);
      } catch (e) {
        reject(new Error(`lighthouse exited ${code}: ${e instanceof Error ? e.message : e}\n${err.slice(-2000)}`));
      }
    });
  });
}

siteBuild();
const { url: siteUrl, close } = await serveGzip(OUT);
console.log(`Lighthouse performance (score 0–100), median of ${runs} run(s); metrics of the median run`);
console.log(`${'page type'.padEnd(16)}${'device'.padEnd(9)}${'score'.padStart(6)}${Object.keys(METRICS).map((m) => m.padStart(9)).join('')}`);
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
    const score = (r) => Math.round(r.categories.performance.score * 100);
    const mid = median(reports.map(score));
    const report = reports.find((r) => score(r) === mid);
    const cells = Object.entries(METRICS).map(([m, id]) => {
      const v = report.audits[id]?.numericValue;
      return (m === 'CLS' ? v.toFixed(3) : `${Math.round(v)} ms`).padStart(9);
    });
    console.log(`${name.padEnd(16)}${device.padEnd(9)}${String(mid).padStart(6)}${cells.join('')}`);
    record(`lighthouse-performance/${name} ${device}`, mid, 'points');
  }
}
await close();
process.exit(failed ? 1 : 0);
