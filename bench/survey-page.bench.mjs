/**
 * The team view in Chromium with company-sized input, as HR uses it (issues 21 and 22):
 * - a 100,000-row survey export: from 「この対応で読み込んで集計する」 to the result on screen, and the longest task
 *   the page's main thread ran from choosing the file to the result (long tasks are those over 50 ms; 0 = none);
 * - a results file of 1,000,000 share links: the longest main-thread task while it is read, and how long
 *   「すべて消す」 takes to stop it (click to the progress gone).
 *
 *   npm run bench -- survey-page
 */
import '../src/cli/register-ts.mjs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { record } from './support/figures.mjs';
import { serveGzip } from './support/serve.mjs';
import { OUT, launchChromium, siteBuild } from './support/site.mjs';

const { encodeShareCode } = await import('../src/lib/share-code.ts');
const instrument = parse(readFileSync('content/data/instruments/self-check.yaml', 'utf8'));
const bands = parse(readFileSync('content/data/age-bands.yaml', 'utf8'));

siteBuild();
const { url: siteUrl, close } = await serveGzip(OUT);
const browser = await launchChromium();
const dir = mkdtempSync(join(tmpdir(), 'co-guide-bench-'));

async function teamPage() {
  const page = await browser.newPage();
  await page.goto(`${siteUrl}tools/team/`);
  await page.locator('astro-island[component-url*="TeamView"]:not([ssr])').waitFor({ state: 'attached' });
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__longest = Math.max(window.__longest, e.duration)))).observe({ type: 'longtask' });
  });
  return page;
}
const longest = (page) => page.evaluate(() => window.__longest);

// 1. A survey export of 100,000 rows, Forms-style labels, department and age band.
const survey = join(dir, 'survey.csv');
const labels = instrument.scale.labels;
const header = ['ID', '所属部署', '年代', ...instrument.items.map((i) => i.text)].join(',');
let seed = 7;
const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed);
const rows = Array.from({ length: 100_000 }, (_, n) => {
  const level = (next() % 5) + 1;
  return [n + 1, `部署${next() % 40}`, bands[next() % bands.length].label, ...instrument.items.map(() => labels[Math.min(4, Math.max(0, level + (next() % 3) - 2))])].join(',');
});
writeFileSync(survey, [header, ...rows].join('\r\n'));
{
  const page = await teamPage();
  await page.locator('#survey-file').setInputFiles(survey);
  await page.getByTestId('survey-opened').waitFor({ timeout: 120_000 });
  const t0 = performance.now();
  await page.getByRole('button', { name: 'この対応で読み込んで集計する' }).click();
  await page.getByTestId('team-count').waitFor({ timeout: 120_000 });
  const ms = performance.now() - t0;
  const count = await page.getByTestId('team-count').textContent();
  const task = await longest(page);
  console.log(`survey export, 100,000 rows: ${Math.round(ms)} ms from 「読み込んで集計する」 to the result (${count.slice(0, 20)}…); longest main-thread task ${Math.round(task)} ms`);
  record('survey-page-ms/100,000 rows to result', ms, 'ms');
  record('longest-task-ms/survey import of 100,000 rows', task, 'ms');
  await page.close();
}

// 2. A results file of 1,000,000 share links, stopped by 「すべて消す」 while it is read.
const links = join(dir, 'links.txt');
const set = { instrument: 'self-check', version: instrument.version, answers: Object.fromEntries(instrument.items.map((i) => [i.id, 4])), choices: { age: ['middle'] } };
const link = `${siteUrl}tools/self-check/#r=${encodeShareCode('self-check', instrument, set, (q) => (q === 'age' ? bands : []))}`;
writeFileSync(links, `${Array.from({ length: 1_000_000 }, () => link).join('\n')}\n`);
{
  const page = await teamPage();
  await page.locator('#team-files').setInputFiles(links);
  await page.getByRole('button', { name: '集計する', exact: true }).click();
  await page.waitForFunction(() => /[1-9][\d,]*件目まで/.test(document.querySelector('[data-testid="team-progress"]')?.textContent ?? ''), null, { timeout: 120_000 });
  // Let it read for a while, as HR would before giving up.
  await page.waitForFunction(() => Number((document.querySelector('[data-testid="team-progress"]')?.textContent ?? '').replace(/[^\d]/g, '')) > 100_000, null, { timeout: 120_000 });
  const t0 = performance.now();
  await page.getByRole('button', { name: 'すべて消す' }).click();
  await page.getByTestId('team-progress').waitFor({ state: 'detached' });
  const stop = performance.now() - t0;
  const task = await longest(page);
  console.log(`results file, 1,000,000 share links: 「すべて消す」 stopped it in ${Math.round(stop)} ms; longest main-thread task ${Math.round(task)} ms`);
  record('stop-ms/「すべて消す」 during 1,000,000 share links', stop, 'ms');
  record('longest-task-ms/reading 1,000,000 share links', task, 'ms');
  await page.close();
}

rmSync(dir, { recursive: true, force: true });
await browser.close();
await close();
