/**
 * Search benchmark: what search costs a reading page, and how well it finds things.
 *  - JS and CSS (gzip) a chapter loads at first view, and what opening the search dialog and running one query adds:
 *    the dialog's own script (search-dialog and the modules it imports, goal ≤ 10 KB gzip), Pagefind's own script,
 *    and the index (all loaded on demand);
 *  - success@1, success@3 and MRR of the regression queries (test/search/queries.ts) and of the held-back ones
 *    (test/search/held-back.ts), run through the search the dialog runs, and success@3 of the questions alone.
 *
 *   npm run bench
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { parse } from 'yaml';
import { record } from './support/figures.mjs';

// The search's TypeScript imports its siblings without an extension, as Vite allows; this hook lets Node follow.
await import('../src/cli/register-ts.mjs');
const { previewSite } = await import('../test/e2e/support/preview.ts');
const { SEARCH_QUERIES } = await import('../test/search/queries.ts');
const { HELD_BACK_QUERIES } = await import('../test/search/held-back.ts');
const { figures, outcome, searchPages } = await import('../test/search/evaluate.ts');

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
  const bytes = { 'first view': { js: 0, css: 0, index: 0, pagefind: 0 }, 'search used': { js: 0, css: 0, index: 0, pagefind: 0 } };
  page.on('request', (req) => {
    const type = req.resourceType();
    const url = req.url();
    const kind = url.includes('/pagefind/') ? (type === 'script' ? 'pagefind' : 'index') : type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : null;
    if (kind) bytes[phase][kind] += gzipOf(url);
  });
  await page.goto(`${siteUrl}soshiki/groups/`, { waitUntil: 'networkidle' });
  phase = 'search used';
  await page.locator('button[data-open-modal]:not([disabled])').click();
  await page.locator('#starlight__search input').fill('不動層');
  await page.locator('#starlight__search .search-result-link').first().waitFor();
  await page.waitForLoadState('networkidle');
  const f = bytes['first view'];
  const s = bytes['search used'];
  console.log(`reading page (soshiki/groups/): JS ${kb(f.js)} gzip, CSS ${kb(f.css)} gzip at first view (goal: JS ≤ 5 KB)`);
  console.log(`  + opening search and one query: the dialog's own script ${record('search-dialog-js-gzip-kb', s.js / 1024, 'KB').toFixed(1)} KB (goal ≤ 10 KB),`);
  console.log(`    its CSS ${kb(s.css)}, Pagefind's script ${kb(s.pagefind)}, index and wasm ${kb(s.index)} (gzip)`);

  // 2. Relevance of the regression queries and the held-back ones, through the dialog's search.
  const synonyms = parse(readFileSync('content/data/search-synonyms.yaml', 'utf8'));
  const pct = (x) => `${(x * 100).toFixed(1)} %`.padStart(9);
  console.log('\nsearch relevance        answerable  success@1  success@3   MRR    empty  questions s@3  unanswerable with hits');
  for (const [name, list] of [
    ['regression', SEARCH_QUERIES],
    ['held-back', HELD_BACK_QUERIES],
  ]) {
    const found = await searchPages(page, '/', list.map((q) => q.query), synonyms);
    const outcomes = list.map((q, i) => outcome(q, found[i].term, found[i].pages));
    const r = figures(outcomes);
    const q = figures(outcomes.filter((o) => o.question));
    const noise = outcomes.filter((o) => o.expect.length === 0 && o.pages.length > 0).length;
    record(`search-success3/${name}`, r.success3 * 100, '%');
    record(`search-questions-success3/${name}`, q.success3 * 100, '%');
    console.log(
      `${name.padEnd(24)}${String(r.answerable).padStart(10)} ${pct(r.success1)}  ${pct(r.success3)}  ${r.mrr.toFixed(3).padStart(6)}  ${String(r.empty.length).padStart(5)}  ${pct(q.success3).padStart(13)}  ${String(noise).padStart(6)}`,
    );
    if (name === 'regression' && r.misses.length) console.log(`  not in the top 3: ${r.misses.map((o) => o.query).join('、')}`);
  }
} finally {
  await browser.close();
  await close();
}
