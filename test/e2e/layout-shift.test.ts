import { describe, expect, it } from 'vitest';
import { openPage, siteURL, useBrowser } from './support/browser';
import { settledLayoutShift } from './support/layout-shift';

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
