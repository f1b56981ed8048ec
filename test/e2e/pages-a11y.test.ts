import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, openPage, siteURL, useBrowser } from './support/browser';
import { builtPages } from './support/site-pages';

const browser = useBrowser();

describe('every built page', () => {
  it('passes axe (WCAG 2.2 A/AA) in light and dark, and requests nothing outside localhost', async () => {
    const origin = new URL(siteURL()).origin;
    const failures: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const { page, offsite, errors } = await openPage(browser(), { colorScheme: scheme });
      // Dark mode is checked on a sample of page types to keep the run short.
      const pages = scheme === 'light' ? builtPages() : builtPages().filter((p, i) => i % 4 === 0);
      for (const path of pages) {
        await page.goto(origin + path, { waitUntil: 'networkidle' });
        const v = await axeViolations(page);
        if (v.length) failures.push(`${scheme} ${path}\n${describeViolations(v)}`);
      }
      await page.goto(siteURL('no-such-page/'), { waitUntil: 'networkidle' });
      const v404 = await axeViolations(page);
      if (v404.length) failures.push(`${scheme} 404\n${describeViolations(v404)}`);
      expect(offsite, `${scheme}: requests to other hosts`).toEqual([]);
      expect(errors.filter((e) => !e.includes('404')), `${scheme}: page errors`).toEqual([]);
      await page.context().close();
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
