/**
 * Search benchmark: what search costs a reading page, and how well it finds things.
 *  - JS and CSS (gzip) a chapter loads at first view, and what opening the search dialog and running one query adds
 *    (Pagefind UI, its styles and the index are loaded on demand);
 *  - success@1, success@3 and MRR of the regression queries (test/search/queries.ts) against the built index,
 *    as typed and after this site's normalisation (what the dialog searches for).
 *
 *   npm run bench
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { previewSite } from '../test/e2e/support/preview.ts';
import { SEARCH_QUERIES } from '../test/search/queries.ts';
import { figures, outcome, searchPages } from '../test/search/evaluate.ts';
import { normaliseQuery } from '../src/lib/search/normalise-query.ts';

const out = 'bench/out/search';
rmSync(out, { recursive: true, force: true });
const built = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: out, CACHE_DIR: '.cache/bench-search', BASE: '/' },
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (built.status !== 0) throw new Error(`build failed:\n${(built.stdout + built.stderr).slice(-3000)}`);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gzipOf = (url) => {
  try {
    return gzipSync(readFileSync(join(out, decodeURIComponent(new URL(url).pathname))), { level: 9 }).length;
  } catch {
    return 0;
  }
};

const { url: siteUrl, close } = await previewSite(out, '/');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  // 1. Bytes on a reading page, before and after the reader opens search and runs one query.
  const page = await browser.newPage();
  let phase = 'first view';
  const bytes = { 'first view': { js: 0, css: 0, index: 0 }, 'search used': { js: 0, css: 0, index: 0 } };
  page.on('request', (req) => {
    const type = req.resourceType();
    const kind = req.url().includes('/pagefind/') && type !== 'script' ? 'index' : type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : null;
    if (kind) bytes[phase][kind] += gzipOf(req.url());
  });
  await page.goto(`${siteUrl}soshiki/groups/`, { waitUntil: 'networkidle' });
  phase = 'search used';
  await page.locator('button[data-open-modal]:not([disabled])').click();
  await page.locator('#starlight__search input').fill('不動層');
  await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
  await page.waitForLoadState('networkidle');
  const f = bytes['first view'];
  const s = bytes['search used'];
  console.log(`reading page (soshiki/groups/): JS ${kb(f.js)} gzip, CSS ${kb(f.css)} gzip at first view (goal: JS ≤ 5 KB)`);
  console.log(`  + opening search and one query: JS ${kb(s.js)}, CSS ${kb(s.css)}, index and wasm ${kb(s.index)} (gzip)`);

  // 2. Relevance of the regression queries, as typed and normalised.
  const terms = { 'as typed': SEARCH_QUERIES.map((q) => q.query), normalised: SEARCH_QUERIES.map((q) => normaliseQuery(q.query)) };
  console.log(`\nsearch relevance, ${SEARCH_QUERIES.filter((q) => q.expect.length).length} answerable queries of ${SEARCH_QUERIES.length}:`);
  console.log('              success@1  success@3   MRR    empty');
  for (const [name, list] of Object.entries(terms)) {
    const pages = await searchPages(page, '/', list);
    const r = figures(SEARCH_QUERIES.map((q, i) => outcome(q, list[i], pages[i])));
    const pct = (x) => `${(x * 100).toFixed(1)} %`.padStart(9);
    console.log(`${name.padEnd(12)}${pct(r.success1)}  ${pct(r.success3)}  ${r.mrr.toFixed(3).padStart(6)}  ${String(r.empty.length).padStart(5)}`);
    if (name === 'normalised' && r.misses.length) console.log(`  not in the top 3: ${r.misses.map((o) => o.query).join('、')}`);
  }
} finally {
  await browser.close();
  await close();
}
