/**
 * Site benchmark: build time, page count, and the JS/CSS bytes each page type makes the browser load
 * (measured in Chromium, raw and gzip). With `--scale N` it also generates N synthetic chapters into a
 * copy of content/ and reports build and search-index time for that size.
 *
 *   npm run bench                 # sizes and build time
 *   npm run bench -- --scale 1000 # plus a 1000-chapter build
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { previewSite } from '../test/e2e/support/preview.ts';

const args = process.argv.slice(2);
const scaleAt = args.indexOf('--scale');
const scale = scaleAt >= 0 ? Number(args[scaleAt + 1] ?? 1000) : 0;

function build(env) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`build failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
  // Pagefind reports "in 121ms" or, on bigger sites, "in 1.2s".
  const index = /Finished building search index in ([\d.]+)(ms|s)/.exec(r.stdout + r.stderr);
  return { seconds, indexMs: index ? Number(index[1]) * (index[2] === 's' ? 1000 : 1) : NaN };
}

const countPages = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name === 'index.html').length;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Raw and gzip size of a built file, found from the URL the browser requested. */
function fileSize(url, base) {
  const path = join(out, decodeURIComponent(new URL(url).pathname.slice(base.length)));
  try {
    const body = readFileSync(path);
    return [body.length, gzipSync(body, { level: 9 }).length];
  } catch {
    return [0, 0];
  }
}

// 1. Build as shipped.
const out = 'bench/out/site';
rmSync(out, { recursive: true, force: true });
const { seconds, indexMs } = build({ OUT_DIR: out, CACHE_DIR: '.cache/bench-site', BASE: '/' });
console.log(`build: ${seconds.toFixed(1)} s wall (search index ${indexMs} ms), ${countPages(out)} pages`);

// 2. Bytes per page type, as Chromium loads them (after the page is idle; widgets before any interaction).
const PAGE_TYPES = {
  'top page': '',
  chapter: 'soshiki/groups/',
  'measures table': 'kojin/measures/',
  'self-check': 'tools/self-check/',
  'org self-check': 'tools/org-check/',
  'matrix tool': 'tools/matrix/',
  'team view': 'tools/team/',
  'embed (self-check)': 'embed/self-check/',
};
const { url: siteUrl, close: closeServer } = await previewSite(out, '/');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
console.log('\npage type            JS raw    JS gzip   CSS raw   CSS gzip');
for (const [name, path] of Object.entries(PAGE_TYPES)) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes = { js: [0, 0], css: [0, 0] };
  // Sizes are read from the built files: response bodies of module scripts are not always available to the driver.
  page.on('request', (req) => {
    const type = req.resourceType();
    const kind = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : null;
    if (!kind) return;
    const [raw, gz] = fileSize(req.url(), '/');
    sizes[kind][0] += raw;
    sizes[kind][1] += gz;
  });
  const res = await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
  if (!res || res.status() !== 200) {
    console.log(`${name.padEnd(20)} (no page at /${path})`);
  } else {
    await page.waitForTimeout(300);
    const row = [sizes.js[0], sizes.js[1], sizes.css[0], sizes.css[1]].map((n) => kb(n).padStart(9)).join(' ');
    console.log(`${name.padEnd(20)}${row}`);
  }
  await context.close();
}
// The self-check: JS before the result, and what the result's chart adds (chart.js is loaded only then).
{
  const context = await browser.newContext();
  const page = await context.newPage();
  let phase = 'questions';
  const js = { questions: [0, 0], result: [0, 0] };
  page.on('request', (req) => {
    if (req.resourceType() !== 'script') return;
    const [raw, gz] = fileSize(req.url(), '/');
    js[phase][0] += raw;
    js[phase][1] += gz;
  });
  await page.goto(`${siteUrl}tools/self-check/`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  phase = 'result';
  for (let screen = 0; screen < 10; screen++) {
    // Answer each question on the screen with its first option, then move on.
    const more = await page.evaluate(() => {
      for (const f of document.querySelectorAll('.questionnaire fieldset')) f.querySelector('input')?.click();
      const next = [...document.querySelectorAll('.questionnaire button')].find((b) => b.textContent?.trim() === '次へ');
      next?.click();
      return Boolean(next);
    });
    await page.waitForTimeout(50);
    if (!more) break;
  }
  await page.getByRole('button', { name: '結果を見る' }).click();
  await page.locator('#result-heading').waitFor();
  await page.locator('.radar-chart canvas').waitFor();
  await page.waitForLoadState('networkidle');
  console.log(
    `\nself-check page: JS before the result ${kb(js.questions[0])} raw / ${kb(js.questions[1])} gzip; ` +
      `the result's chart adds ${kb(js.result[0])} raw / ${kb(js.result[1])} gzip`,
  );
  await context.close();
}
await browser.close();
await closeServer();

// 3. Scale: N synthetic chapters next to the real ones.
if (scale > 0) {
  // Inside the project, so the copied chapters' imports resolve against node_modules and the @/ alias.
  mkdirSync('.cache', { recursive: true });
  const dir = mkdtempSync(join('.cache', 'scale-'));
  try {
    cpSync('content', dir, { recursive: true });
    const gen = join(dir, 'chapters', 'scale');
    mkdirSync(gen, { recursive: true });
    const words = ['キャリア', '対話', '不動層', '見える', '増やす', 'つなぐ', '社内公募', '越境', '学び', '上司', '評価', '挑戦'];
    for (let i = 0; i < scale; i++) {
      const para = Array.from({ length: 12 }, (_, j) => `${words[(i + j) % words.length]}について第${i}章の${j}段落で考える。`).join('');
      writeFileSync(join(gen, `c${i}.mdx`), `---\ntitle: 合成章 ${i}\ndescription: 規模試験用の章\n---\n\n## 概要 { #s${i} }\n\n${para}\n\n## 詳細\n\n${para}\n`);
    }
    const r = build({ CONTENT_DIR: dir, OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache'), BASE: '/' });
    console.log(`\nscale: ${scale} synthetic chapters + the guide → ${countPages(join(dir, 'dist'))} pages, build ${r.seconds.toFixed(1)} s wall, search index ${r.indexMs} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
