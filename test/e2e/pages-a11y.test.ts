import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, openPage, siteURL, useBrowser } from './support/browser';
import { builtPages } from './support/site-pages';

const browser = useBrowser();

describe('every built page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe (WCAG 2.2 A/AA) in ${scheme} mode, and requests nothing outside localhost`, async () => {
      const origin = new URL(siteURL()).origin;
      const failures: string[] = [];
      const { page, offsite, errors } = await openPage(browser(), { colorScheme: scheme });
      for (const path of builtPages()) {
        await page.goto(origin + path, { waitUntil: 'networkidle' });
        const v = await axeViolations(page);
        if (v.length) failures.push(`${path}\n${describeViolations(v)}`);
      }
      await page.goto(siteURL('no-such-page/'), { waitUntil: 'networkidle' });
      const v404 = await axeViolations(page);
      if (v404.length) failures.push(`404\n${describeViolations(v404)}`);
      await page.context().close();
      expect(offsite, 'requests to other hosts').toEqual([]);
      expect(errors.filter((e) => !e.includes('404')), 'page errors').toEqual([]);
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
