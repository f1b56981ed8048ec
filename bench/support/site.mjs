/**
 * What the site benches share: one production build per `npm run bench` run, Chromium, the page types
 * measured, and the size of a file the browser requested.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const OUT = 'bench/out/site';

/** The page types every site bench measures, by path under the base. */
export const PAGE_TYPES = {
  'top page': '',
  chapter: 'soshiki/groups/',
  'chapter with the matrix': 'keiei/matrix/',
  'measures table': 'kojin/measures/',
  'self-check': 'tools/self-check/',
  'org self-check': 'tools/org-check/',
  'matrix tool': 'tools/matrix/',
  'team view': 'tools/team/',
  'embed (self-check)': 'embed/self-check/',
};

/** Runs `astro build` with the given environment (and options); returns wall seconds and Pagefind's index time. */
export function build(env, options = []) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...options], {
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`build failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
  // Pagefind reports "in 121ms" or, on bigger sites, "in 1.2s".
  const index = /Finished building search index in ([\d.]+)(ms|s)/.exec(r.stdout + r.stderr);
  return { seconds, indexMs: index ? Number(index[1]) * (index[2] === 's' ? 1000 : 1) : NaN, built: true };
}

/**
 * The site as shipped (base `/`) in bench/out/site, built once per `npm run bench` run: the first bench that
 * asks builds it, the others reuse it. A bench run on its own always builds.
 */
export function siteBuild() {
  const stamp = join(OUT, '.bench-run');
  const run = process.env.BENCH_RUN;
  if (run && existsSync(stamp) && readFileSync(stamp, 'utf8') === run) return { built: false };
  const result = build({ OUT_DIR: OUT, CACHE_DIR: '.cache/bench-site', BASE: '/' });
  if (run) writeFileSync(stamp, run);
  return result;
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Raw and gzip size of a built file, found from the URL the browser requested (under base `/`). */
export function fileSize(url) {
  const path = join(OUT, decodeURIComponent(new URL(url).pathname));
  try {
    const body = readFileSync(path);
    return [body.length, gzipSync(body, { level: 9 }).length];
  } catch {
    return [0, 0];
  }
}

/**
 * Gzip size of the widget data inside a built script: the JSON the data modules carry (`JSON.parse(\`…\`)`,
 * src/data/catalogue.ts, served by src/integrations/widget-data.ts), which used to ride in the pages' HTML as island props. Counted apart from code.
 */
export function dataSize(url) {
  try {
    const code = readFileSync(join(OUT, decodeURIComponent(new URL(url).pathname)), 'utf8');
    const json = [...code.matchAll(/JSON\.parse\(`((?:[^`\\]|\\.)*)`\)/g)].map((m) => m[1]).join('');
    return json ? gzipSync(json, { level: 9 }).length : 0;
  } catch {
    return 0;
  }
}

/**
 * Resolves when the page has settled: every `client:load` island hydrated and no request for `quietMs`
 * (Pagefind's UI, for one, is imported when the browser is idle, after the load event). Call before goto.
 */
export function watchSettle(page, quietMs = 700) {
  let pending = 0;
  let last = performance.now();
  page.on('request', () => {
    pending++;
    last = performance.now();
  });
  const done = () => {
    pending = Math.max(0, pending - 1);
    last = performance.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async function settled() {
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr][client="load"]'));
    while (pending > 0 || performance.now() - last < quietMs) await new Promise((r) => setTimeout(r, 100));
  };
}

/**
 * Answers every question of the self-check with its first option, screen by screen, up to 結果を見る.
 * `beforeLastScreen` runs just before the move to the last screen (where the result's code starts to load).
 */
export async function answerEverything(page, beforeLastScreen = async () => {}) {
  const screens = Number(/(\d+)ページ中/.exec((await page.locator('#page-heading').textContent()) ?? '')?.[1]);
  for (let screen = 0; screen < 20; screen++) {
    const heading = await page.locator('#page-heading').textContent();
    for (const fieldset of await page.locator('.questionnaire fieldset').all()) await fieldset.locator('input').first().check();
    const next = page.getByRole('button', { name: '次へ' });
    if ((await next.count()) === 0) return;
    if (screen === screens - 2) await beforeLastScreen();
    await next.click();
    await page.waitForFunction((h) => document.querySelector('#page-heading')?.textContent !== h, heading);
  }
}
