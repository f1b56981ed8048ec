/**
 * One Lighthouse run and the median of several, shared by the Lighthouse and baseline benches. Lighthouse's own CLI
 * drives Debian's Chromium through chrome-launcher (CHROME_PATH, default /usr/bin/chromium).
 */
import { spawn } from 'node:child_process';

export const METRICS = { FCP: 'first-contentful-paint', LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', CLS: 'cumulative-layout-shift', SI: 'speed-index' };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One Lighthouse run (its CLI, JSON on stdout); resolves with the report, or rejects with what it printed. */
export function lighthouse(url, extra) {
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

/**
 * The median performance score (0–100) of several runs, the metrics of the run that scored it as table cells, and
 * every run's score as a cell: on a shared machine the same build scores several points apart from run to run.
 */
export function medianRun(reports) {
  const score = (r) => Math.round(r.categories.performance.score * 100);
  const mid = median(reports.map(score));
  const report = reports.find((r) => score(r) === mid);
  const cells = Object.entries(METRICS).map(([m, id]) => {
    const v = report.audits[id]?.numericValue;
    return (m === 'CLS' ? v.toFixed(3) : `${Math.round(v)} ms`).padStart(9);
  });
  return { score: mid, cells, runs: `  ${reports.map(score).sort((a, b) => a - b).join(' ')}` };
}
