import { describe, expect, it } from 'vitest';
import { openPage, siteURL, useBrowser } from './support/browser';
import { sweepHalfParsed } from './support/half-parsed';
import { settledLayoutShift } from './support/layout-shift';
import { builtPages } from './support/site-pages';

const browser = useBrowser();

/** A desktop wide enough for the right-hand table of contents, and a phone. */
const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
};
/** A page of each kind: the top page, chapters with and without a widget, each tool, an embed, the 404 page. */
const PAGES = ['', 'soshiki/groups/', 'co-keiei/frame/', 'glossary/', 'keiei/matrix/', 'kojin/measures/', 'tools/self-check/', 'tools/org-check/', 'tools/matrix/', 'tools/team/', 'embed/self-check/', 'no-such-page/'];
/** Loads of each page in a row: a shift that depends on when the browser first paints shows up in some loads only. */
const LOADS = 3;

describe('layout stability', () => {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    it(`nothing moves while a page of any kind loads on a ${device} (layout shift score 0 in ${LOADS} loads of each)`, async () => {
      const { page, context } = await openPage(browser(), { viewport });
      const moved: string[] = [];
      for (const path of PAGES.map((p) => siteURL(p))) {
        for (let load = 0; load < LOADS; load++) {
          await page.goto(path);
          const { score, sources } = await settledLayoutShift(page);
          if (score > 0) moved.push(`${path} (load ${load + 1}): ${score.toFixed(4)} — ${sources.join('; ')}`);
        }
      }
      await context.close();
      expect(moved).toEqual([]);
    }, 600_000);
  }
});

describe('a first paint made while the HTML is still being read', () => {
  const origin = () => new URL(siteURL()).origin;
  const openParsedOnly = (viewport: { width: number; height: number }) =>
    browser().newContext({ viewport, locale: 'ja-JP', javaScriptEnabled: false });

  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    it(`moves nothing on any page on a ${device}, wherever the parser stands when the browser paints`, async () => {
      const context = await openParsedOnly(viewport);
      const page = await context.newPage();
      const moved: string[] = [];
      for (const path of builtPages()) {
        await page.goto(origin() + path);
        moved.push(...(await sweepHalfParsed(page)).moved.map((m) => `${path} ${m}`));
      }
      await context.close();
      expect(moved).toEqual([]);
    }, 300_000);
  }

  it('draws nothing below the header of a guide page until its last element is in, and all of it once it is', async () => {
    // src/styles/custom.css: a page is painted as its header first, then whole. A page without its closing notice
    // would stay blank below the header, so every built page is looked at; embed pages paint only when whole.
    const context = await openParsedOnly(VIEWPORTS.phone);
    const page = await context.newPage();
    const problems: string[] = [];
    let guidePages = 0;
    for (const path of builtPages()) {
      await page.goto(origin() + path);
      const seen = await page.evaluate(() => {
        const shown = () => Boolean(document.querySelector('main')?.checkVisibility());
        const whole = shown();
        const notice = document.getElementById('unofficial-notice');
        const [parent, next] = [notice?.parentNode, notice?.nextSibling ?? null];
        notice?.remove();
        const halfRead = shown();
        if (notice && parent) parent.insertBefore(notice, next);
        return { whole, halfRead, guide: Boolean(document.getElementById('page-header-end')) };
      });
      if (!seen.whole) problems.push(`${path}: its content is not shown`);
      if (seen.guide) guidePages++;
      if (seen.guide && seen.halfRead) problems.push(`${path}: its content is shown before the page is whole`);
    }
    await context.close();
    expect(problems).toEqual([]);
    expect(guidePages).toBeGreaterThan(30);
  }, 120_000);

  it('would move the first screen of pages if the browser painted before the render-blocking point, or drew the page before it is whole (so the sweep can fail)', async () => {
    const context = await openParsedOnly(VIEWPORTS.phone);
    const page = await context.newPage();
    const beforeHeader: string[] = [];
    const beforeWhole: string[] = [];
    for (const path of ['tools/self-check/', 'soshiki/groups/']) {
      await page.goto(siteURL(path));
      const sweep = await sweepHalfParsed(page, { fromBodyStart: true });
      expect(sweep.cuts, path).toBeGreaterThan(20);
      beforeHeader.push(...sweep.moved);
      // Without the rule that keeps a guide page undrawn below its header until it is whole (src/styles/custom.css).
      // (Playwright's addStyleTag waits for a load event, which never comes with scripts off.)
      await page.evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: '.page > .main-frame { display: block !important; }' })));
      beforeWhole.push(...(await sweepHalfParsed(page)).moved);
    }
    await context.close();
    expect(beforeHeader.length).toBeGreaterThan(0);
    expect(beforeWhole.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('a page read while its stylesheet is on its way', () => {
  it('is read up to its last element before the stylesheet is in, with nothing drawn, and then drawn whole', async () => {
    // src/lib/first-paint-order.ts: a classic script waits for the stylesheet, and the parser with it. The page's
    // scripts stand just before its last element, so on a phone's slow network the parser reads all the rest while
    // the stylesheet is still arriving, instead of stopping after the header until it is in.
    /** The page's content read so far: every element of <main> but its scripts, links and the last element. */
    const content = () =>
      document.querySelectorAll('main *:not(script, link, #unofficial-notice, #unofficial-notice *)').length;
    for (const path of ['tools/self-check/', 'soshiki/groups/', '']) {
      const { page, context, errors } = await openPage(browser(), { viewport: VIEWPORTS.phone });
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/_astro\/style\.[^/]*\.css$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(siteURL(path), { waitUntil: 'commit' });
      // Starlight's footer (previous and next page) is the last content before the scripts. Polled on a timer:
      // animation frames do not come while the stylesheet holds up rendering.
      const reachedFooter = await page
        .waitForFunction(() => document.querySelector('main footer') !== null, null, { polling: 50, timeout: 15_000 })
        .then(() => true, () => false);
      expect(reachedFooter, `${path}: the parser stopped before the page's footer while the stylesheet was held`).toBe(true);
      const readBefore = await page.evaluate(content);
      expect(await page.evaluate(() => performance.getEntriesByType('paint').length), path).toBe(0);
      release();
      await page.locator('#unofficial-notice').waitFor();
      expect(await page.evaluate(content), `${path}: content read only once the stylesheet was in`).toBe(readBefore);
      expect((await settledLayoutShift(page)).score, path).toBe(0);
      expect(errors, path).toEqual([]);
      await context.close();
    }
  }, 120_000);
});
