import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { orgCheckData } from '../unit/support/data';
import { axeViolations, describeViolations, openPage, receiveShareLink, siteURL, useBrowser } from './support/browser';

const data = orgCheckData();
const items = data.instrument.items;
const PAGE = 'tools/org-check/';

const browser = useBrowser();

const hydrated = (page: Page) => page.locator('astro-island[component-url*="OrgCheck"]:not([ssr])').waitFor({ state: 'attached' });

/** Fills every item so each axis gets the keyed level asked for, moving through the screens. */
async function fill(page: Page, levels: Record<string, number>) {
  for (const item of items) {
    const value = item.reverse ? 6 - levels[item.dimension]! : levels[item.dimension]!;
    const radio = page.locator(`input[name="q-${item.id}"][value="${value}"]`);
    if (!(await radio.isVisible())) await page.getByRole('button', { name: '次へ' }).click();
    await radio.check();
  }
}

describe('organisation self-check', () => {
  it('is filled to a stage with the weakest axis and measures, resumes after a reload, exports, and passes axe', async () => {
    const { page, offsite, errors } = await openPage(browser());
    await page.goto(siteURL(PAGE));
    await hydrated(page);
    expect(describeViolations(await axeViolations(page))).toBe('');
    // Opportunities in place, nothing measured: the step to work on is 現在地を可視化する, 見える is the weak link.
    await fill(page, { mieru: 1, fuyasu: 4, tsunagu: 4 });
    await page.reload();
    await hydrated(page);
    await expect.poll(() => page.locator(`input[name="q-${items.at(-1)!.id}"]:checked`).count()).toBe(1);
    await page.getByRole('button', { name: '次へ' }).click();
    await page.locator('input[name="q-role"][value="hr"]').check();
    await page.getByRole('button', { name: '結果を見る' }).click();
    await expect.poll(() => page.getByTestId('stage').textContent()).toContain('現在地を可視化する');
    await expect.poll(() => page.getByTestId('stage-reason').textContent()).toContain('「見える」が60以上（いまは0）');
    await expect.poll(() => page.getByTestId('weakest').textContent()).toBe('見える');
    // Measures start from the weakest axis and none is aimed only at the high ones.
    const firstTitle = await page.getByTestId('measures').locator('.measure-title').first().textContent();
    const firstMeasure = data.measures.find((m) => m.title === firstTitle);
    expect(firstMeasure?.frames).toContain('mieru');
    await expect.poll(() => page.locator('.result-kicker').textContent()).toContain('人事の見方');
    const hrefs = await page.getByTestId('measures').locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^\/hr\/co-guide\//);
    await page.locator('.radar-chart canvas').waitFor();
    expect(describeViolations(await axeViolations(page))).toBe('');

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSONで保存', exact: true }).click()]);
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8'))).toMatchObject({ format: 'co-guide/org-check-result', instrument: 'org-check', result: { stage: 'visualise' }, choices: { role: ['hr'] } });
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVで保存', exact: true }).click()]);
    expect(readFileSync((await csv.path())!, 'utf8')).toContain('浸透ステップ,2. 現在地を可視化する');
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens a shared result read-only and explains a corrupted link', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(siteURL(PAGE));
    await hydrated(page);
    await fill(page, { mieru: 5, fuyasu: 5, tsunagu: 5 });
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByRole('button', { name: '結果を見る' }).click();
    await expect.poll(() => page.getByTestId('stage').textContent()).toContain('定着させる');
    // Three axes at 100 are a tie at the top, not a weakness.
    await page.getByTestId('no-weakness').waitFor();
    expect(await page.getByTestId('weakest').count()).toBe(0);
    const { link, other } = await receiveShareLink(browser(), { page, context }, hydrated);
    await expect.poll(() => other.page.getByTestId('stage').textContent()).toContain('定着させる');
    await other.page.goto(`${link.slice(0, -2)}zz`);
    await other.page.reload();
    await hydrated(other.page);
    await expect.poll(() => other.page.getByRole('alert').first().textContent()).toContain('共有リンクが壊れているか');
    expect(other.offsite).toEqual([]);
    expect(other.errors).toEqual([]);
    await other.context.close();
  });
});
