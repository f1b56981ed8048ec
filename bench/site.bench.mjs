/**
 * Site benchmark: build time, page count, and the JS/CSS bytes each page type makes the browser load
 * (measured in Chromium, raw and gzip; CSS counts the styles a page carries inline), the render-blocking
 * stylesheets of each, the chapter pages that load chart.js, and the self-check's JS before and after its result.
 * With `--scale N` it also generates N synthetic chapters into a copy of content/ and reports build and
 * search-index time for that size.
 *
 *   npm run bench                 # sizes and build time
 *   npm run bench -- --scale 1000 # plus a 1000-chapter build
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { previewSite } from '../test/e2e/support/preview.ts';
import { record } from './support/figures.mjs';
import { OUT, PAGE_TYPES, answerEverything, build, dataSize, fileSize, kb, launchChromium, siteBuild, watchSettle } from './support/site.mjs';

const args = process.argv.slice(2);
const scaleAt = args.indexOf('--scale');
const scale = scaleAt >= 0 ? Number(args[scaleAt + 1] ?? 1000) : 0;

/** Every HTML page the build wrote, 404.html included (Pagefind's folder holds none). */
const htmlPages = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split('\\').join('/'));

// 1. Build as shipped.
const b = siteBuild();
const pages = htmlPages(OUT);
if (b.built) console.log(`build: ${b.seconds.toFixed(1)} s wall (search index ${Math.round(b.indexMs)} ms), ${pages.length} pages`);
else console.log(`build: reused this run's build, ${pages.length} pages`);
if (b.built) record('build-s/site', b.seconds, 's');
record('pages/site', pages.length, 'pages');

// 2. Bytes per page type, as Chromium loads them (after the page is idle; widgets before any interaction).
const { url: siteUrl, close: closeServer } = await previewSite(OUT, '/');
const browser = await launchChromium();
/** Stylesheets that hold up the first paint: <link rel=stylesheet> in the head for all media or screen. */
const renderBlocking = (page) =>
  page.evaluate(() => [...document.head.querySelectorAll('link[rel="stylesheet"]')].filter((l) => !l.media || l.media === 'all' || l.media === 'screen').length);

console.log('\npage type                    JS raw    JS gzip   CSS raw   CSS gzip  blocking CSS  HTML gzip  data in JS');
for (const [name, path] of Object.entries(PAGE_TYPES)) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes = { js: [0, 0], css: [0, 0] };
  let data = 0;
  const settled = watchSettle(page);
  // Sizes are read from the built files: response bodies of module scripts are not always available to the driver.
  page.on('request', (req) => {
    const type = req.resourceType();
    const kind = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : null;
    if (!kind) return;
    const [raw, gz] = fileSize(req.url());
    sizes[kind][0] += raw;
    sizes[kind][1] += gz;
    if (kind === 'js') data += dataSize(req.url());
  });
  const res = await page.goto(siteUrl + path);
  if (!res || res.status() !== 200) {
    console.log(`${name.padEnd(28)} (no page at /${path})`);
  } else {
    await settled();
    const blocking = await renderBlocking(page);
    // Styles the page carries in its HTML (astro.config.mjs inlines them) count as CSS too.
    const inline = Buffer.from(await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n')));
    sizes.css[0] += inline.length;
    sizes.css[1] += inline.length ? gzipSync(inline, { level: 9 }).length : 0;
    const row = [sizes.js[0], sizes.js[1], sizes.css[0], sizes.css[1]].map((n) => kb(n).padStart(9)).join(' ');
    const html = fileSize(new URL(`${path}index.html`, siteUrl).href)[1];
    console.log(`${name.padEnd(28)}${row}  ${String(blocking).padStart(6)}  ${kb(html).padStart(13)} ${kb(data).padStart(11)}`);
    record(`html-gzip-kb/${name}`, html / 1024, 'KB');
    record(`js-gzip-kb/${name}`, sizes.js[1] / 1024, 'KB');
    record(`css-gzip-kb/${name}`, sizes.css[1] / 1024, 'KB');
    record(`render-blocking-css/${name}`, blocking, 'files');
  }
  await context.close();
}

// 3. Every reading page (everything but tools/ and embed/) scrolled to its end, as a reader would: the JS it loads
// (islands hydrated when visible included) and whether it loads chart.js. The page is scrolled a screen at a time,
// so that every island comes into view, and read only once every island has hydrated and the network is quiet.
{
  // chart.js's Chart class, recognised by a method name minifiers keep.
  const chartChunks = new Set(
    readdirSync(join(OUT, '_astro')).filter((f) => f.endsWith('.js') && /\bgetDatasetMeta\(/.test(readFileSync(join(OUT, '_astro', f), 'utf8'))),
  );
  const chapters = pages
    .filter((f) => f.endsWith('index.html') && !/^(tools|embed)\//.test(f))
    .map((f) => f.slice(0, -'index.html'.length));
  const withChart = [];
  const scrolled = [];
  const context = await browser.newContext();
  for (const path of chapters) {
    const page = await context.newPage();
    const settled = watchSettle(page);
    let loadsChart = false;
    let js = 0;
    page.on('request', (req) => {
      if (chartChunks.has(new URL(req.url()).pathname.split('/').pop())) loadsChart = true;
      if (req.resourceType() === 'script') js += fileSize(req.url())[1];
    });
    await page.goto(siteUrl + path);
    await settled();
    for (let more = true; more; ) {
      more = await page.evaluate(() => {
        const before = scrollY;
        scrollBy(0, innerHeight * 0.8);
        return scrollY > before;
      });
      await settled();
    }
    // An island hydrated when visible has been in view by now; wait for each to have hydrated, then for its code.
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]:is([client="visible"], [client="idle"], [client="load"])'));
    await settled();
    if (loadsChart) withChart.push(`/${path}`);
    // Scripts written into the page (Starlight's theme and sidebar scripts, Astro's island loader, small scripts of
    // ours that Astro inlines) are not files; shown beside the files' figure, which the 5 KB goal is about.
    const inline = Buffer.from(await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent).join('\n')));
    scrolled.push({ path: `/${path}`, kb: js / 1024, inlineKb: gzipSync(inline, { level: 9 }).length / 1024 });
    await page.close();
  }
  await context.close();
  console.log(`\nchapter pages loading chart.js on open: ${withChart.length} of ${chapters.length}${withChart.length ? ` (${withChart.join(', ')})` : ''}`);
  record('chart.js-pages/chapters', withChart.length, 'pages');
  scrolled.sort((a, b) => b.kb - a.kb);
  const over = scrolled.filter((s) => s.kb > 5);
  console.log(
    `reading pages scrolled to their end: JS ${scrolled.at(-1).kb.toFixed(1)}–${scrolled[0].kb.toFixed(1)} KB gzip ` +
      `in files (most: ${scrolled.slice(0, 3).map((s) => `${s.path} ${s.kb.toFixed(1)} + ${s.inlineKb.toFixed(1)} inline`).join(', ')}); ` +
      `over 5 KB: ${over.length ? over.map((s) => s.path).join(', ') : 'none'}`,
  );
  record('js-gzip-kb/reading pages scrolled to the end, most', scrolled[0].kb, 'KB');
  record('pages/reading pages over 5 KB of JS when scrolled', over.length, 'pages');
}

// 4. The self-check: JS for the questions, what the last screen fetches ahead of the result (its view, share,
// export and chart code), and anything the result itself still adds.
{
  const context = await browser.newContext();
  const page = await context.newPage();
  let phase = 'questions';
  const js = { questions: [0, 0], 'last screen': [0, 0], result: [0, 0] };
  const files = { questions: 0, 'last screen': 0, result: 0 };
  let data = 0;
  const settled = watchSettle(page);
  page.on('request', (req) => {
    if (req.resourceType() !== 'script') return;
    const [raw, gz] = fileSize(req.url());
    js[phase][0] += raw;
    js[phase][1] += gz;
    files[phase]++;
    if (phase === 'questions') data += dataSize(req.url());
  });
  await page.goto(`${siteUrl}tools/self-check/`);
  await settled();
  // Everything loaded until the move to the last screen (Pagefind's UI at idle included) counts for the questions.
  await answerEverything(page, async () => {
    await settled();
    phase = 'last screen';
  });
  await settled();
  phase = 'result';
  await page.getByRole('button', { name: '結果を見る' }).click();
  await page.locator('#result-heading').waitFor();
  await page.locator('.radar-chart canvas').waitFor();
  await settled();
  const both = ([raw, gz]) => `${kb(raw)} raw / ${kb(gz)} gzip`;
  console.log(
    `\nself-check page: JS for the questions ${both(js.questions)} in ${files.questions} files (of which ${kb(data)} gzip is ` +
      `the widget data, cached modules shared with the team view); the last screen fetches the result's code and data, ` +
      `${both(js['last screen'])} in ${files['last screen']} files; the result adds ${both(js.result)} in ${files.result} files`,
  );
  // The goal is for code: the data moved out of the page's HTML into a cached module is counted on its own.
  record('js-gzip-kb/self-check before the result', (js.questions[1] - data) / 1024, 'KB');
  record('files/self-check before the result', files.questions, 'files');
  record('data-gzip-kb/self-check widget data', data / 1024, 'KB');
  record("js-gzip-kb/self-check result's code (from the last screen)", js['last screen'][1] / 1024, 'KB');
  record('js-gzip-kb/self-check result adds', js.result[1] / 1024, 'KB');
  await context.close();
}
await browser.close();
await closeServer();

// 5. Scale: N synthetic chapters next to the real ones.
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
    console.log(`\nscale: ${scale} synthetic chapters + the guide → ${htmlPages(join(dir, 'dist')).length} pages, build ${r.seconds.toFixed(1)} s wall, search index ${r.indexMs} ms`);
    record(`build-s/${scale} synthetic chapters`, r.seconds, 's');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
