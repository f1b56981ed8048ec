import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, receiveShareLink, siteURL, useBrowser } from './support/browser';

const browser = useBrowser();
const hydrated = (page: Page) => page.locator('astro-island[component-url*="CoMatrix"]:not([ssr])').waitFor({ state: 'attached' });
const labels = (page: Page) => page.getByTestId('matrix-table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.children[1]?.textContent ?? ''));

/**
 * Labels an HR person might paste that a spreadsheet would run or a reader would skip: full-width formula signs,
 * spaces before a sign, and a label that starts with # (which the matrix's paste box reads as a comment line).
 */
const PASTED = ['"＝HYPERLINK(""http://example.invalid"",""x"")",10,20', '　＋1+1,30,40', '"#営業",50,60', ' -2+3,70,80'].join('\n');
// The matrix reads full-width characters as their ordinary forms (NFKC): ＝ becomes =, and is guarded as such.
const LABELS = ['=HYPERLINK("http://example.invalid","x")', '+1+1', '#営業', '-2+3'];

describe('hostile labels in the matrix', () => {
  it('shows them as text, saves them in a CSV no spreadsheet runs, and shares every row by link', async () => {
    const { page, context, errors, offsite } = await openPage(browser());
    await page.goto(siteURL('tools/matrix/'));
    await hydrated(page);
    await page.locator('#matrix-csv').fill(PASTED);
    await expect.poll(() => labels(page)).toEqual(LABELS);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVで保存', exact: true }).click()]);
    const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    // Each label is neutralised with an apostrophe (quoted where it must be), and the # row is not a comment.
    expect(lines.slice(1, 5)).toEqual([`"'=HYPERLINK(""http://example.invalid"",""x"")",10,20`, `'+1+1,30,40`, '"#営業",50,60', `'-2+3,70,80`]);

    const { other } = await receiveShareLink(browser(), { page, context }, hydrated);
    await expect.poll(() => labels(other.page)).toEqual(LABELS);
    expect([...errors, ...other.errors]).toEqual([]);
    expect([...offsite, ...other.offsite]).toEqual([]);
    await other.context.close();
  });
});
