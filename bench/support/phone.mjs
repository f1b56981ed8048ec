/**
 * The throttled phone profile the phone and baseline benches share (4× slower CPU; 150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up, as Lighthouse's mobile preset), and one cold load measured on it.
 */
export const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, locale: 'ja-JP' };
export const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** `--runs N` from the bench's options (default 5). */
export function runsOption(args = process.argv.slice(2)) {
  const at = args.indexOf('--runs');
  return at >= 0 ? Number(args[at + 1]) : 5;
}

/**
 * Marks, in the page's own clock: hydration of every island loaded at once (`__ready`; on a page without islands,
 * DOMContentLoaded, when its module scripts have run), the first question painted (`__answerable`), the click on
 * 結果を見る, the radar on screen.
 */
function marks() {
  const w = window;
  const check = () => {
    if (w.__ready === undefined && document.readyState !== 'loading' && !document.querySelector('astro-island[ssr][client="load"]')) w.__ready = performance.now();
    const radar = document.querySelector('.radar-chart canvas[style], .radar-chart svg');
    if (radar && w.__lastAnswer !== undefined && w.__radar === undefined) requestAnimationFrame(() => (w.__radar ??= performance.now()));
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['ssr', 'style'] });
  document.addEventListener('DOMContentLoaded', check);
  document.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('button')?.textContent?.trim() === '結果を見る') w.__lastAnswer = performance.now();
  }, true);
  // Answerable: when the first question is painted (Element Timing, for the questionnaire's first legend, marked as
  // the parser adds it, before its first paint). Its radios work from then on: answers marked before the island's
  // script runs are kept (test/e2e/self-check.test.ts).
  new MutationObserver((_, o) => {
    const legend = document.querySelector('.questionnaire legend');
    if (!legend) return;
    legend.setAttribute('elementtiming', 'first-question');
    o.disconnect();
  }).observe(document, { subtree: true, childList: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.identifier === 'first-question') w.__answerable ??= e.renderTime || e.loadTime;
  }).observe({ type: 'element', buffered: true });
  w.__lcp = 0;
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) w.__lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

/** A fresh context (cold cache) on the phone profile, with the marks installed. */
export async function throttledPage(browser) {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(marks);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page, cdp };
}

/**
 * One cold load of `url` on the phone profile: first and largest contentful paint, ready (`__ready`), the scripts
 * loaded before it was ready and, of those, how many were asked for only after the first arrived (`late`).
 */
export async function coldLoad(browser, url) {
  const { context, page } = await throttledPage(browser);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000 });
  const m = await page.evaluate(() => {
    // One wave: every script the page needs before it is ready is asked for before the first one arrives (a
    // script found only in another's code is asked for later, a round trip further on).
    const scripts = performance.getEntriesByType('resource').filter((e) => /\.m?js$/.test(new URL(e.name).pathname) && e.startTime < window.__ready);
    const firstArrival = Math.min(...scripts.map((e) => e.responseEnd));
    const late = scripts.filter((e) => e.startTime > firstArrival).length;
    return { fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, lcp: window.__lcp, ready: window.__ready, answerable: window.__answerable ?? NaN, late, scripts: scripts.length };
  });
  await context.close();
  return m;
}
