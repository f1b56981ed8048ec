import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/team/csv-parse';
import { openPage, siteURL, useBrowser } from './support/browser';

const browser = useBrowser();
const fixture = (name: string) => readFileSync(`test/fixtures/${name}`);
const UNIFORM = '全員か1人を除く全員が同じ区分のため表示しません';

/** Opens the team view (page or embed) and reads a hand-written survey export with the mapping as guessed. */
async function loadSurvey(page: Page, path: string, file: string) {
  await page.goto(siteURL(path));
  await page.locator('astro-island[component-url*="TeamView"]:not([ssr])').first().waitFor({ state: 'attached' });
  await page.locator('#survey-file').setInputFiles({ name: file, mimeType: 'text/csv', buffer: fixture(file) });
  await page.getByTestId('survey-opened').waitFor();
  await page.getByRole('button', { name: 'この対応で読み込んで集計する' }).click();
  await page.getByTestId('team-count').waitFor();
}

const pageWidth = (page: Page) => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));

describe('team tables', () => {
  it('do not show the segments of a department in which everyone is 不動層, on the page or in the CSV, and say why', async () => {
    const { page, errors } = await openPage(browser());
    await loadSurvey(page, 'tools/team/', 'team-uniform-department.csv');
    expect(await page.getByTestId('team-count').textContent()).toContain('14件を集計しました');
    await page.locator('#team-breakdown-by').selectOption({ label: '部署' });
    const table = page.getByTestId('team-segments');
    await expect.poll(() => table.locator('thead th').allTextContents()).toContain('営業部（6人）');
    const heads = await table.locator('thead th').allTextContents();
    // 総務部 (2 people) is not named: it is part of その他.
    expect(heads.some((h) => h.includes('総務部'))).toBe(false);
    const col = heads.indexOf('営業部（6人）');
    const cells = await table.locator('tbody tr').evaluateAll((trs, c) => trs.map((tr) => tr.children[c]!.textContent), col);
    expect(cells).toEqual(cells.map(() => UNIFORM));
    const groups = await page.getByTestId('team-groups').locator('tbody tr').evaluateAll((trs, c) => trs.map((tr) => tr.children[c]!.textContent), col);
    expect(groups).toEqual(groups.map(() => UNIFORM));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '集計をCSVで保存' }).click()]);
    const csv = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '')).records;
    const sales = csv.filter((r) => r[1] === '営業部' && (r[0] === '区分の分布' || r[0]!.startsWith('不動層の群')));
    expect(sales.length).toBeGreaterThan(0);
    for (const r of sales) expect(r[3]).toBe(UNIFORM);
    expect(csv.some((r) => r[1] === '総務部')).toBe(false);
    expect(errors).toEqual([]);
  });

  for (const path of ['tools/team/', 'embed/team/']) {
    it(`never scroll sideways at 390 px with a survey loaded (${path}); wide tables scroll in their own box`, async () => {
      const { page, errors } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
      await loadSurvey(page, path, 'team-uniform-department.csv');
      await page.locator('#team-breakdown-by').selectOption({ label: '部署' });
      await page.getByTestId('team-segments').waitFor();
      // Elements that reach past the right edge, outside a box that scrolls by itself: none.
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-scroll'))
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`)
          .slice(0, 8),
      );
      expect(wide).toEqual([]);
      const w = await pageWidth(page);
      expect(w.scroll).toBeLessThanOrEqual(w.client);
      // Each wide table is inside a box that scrolls by itself.
      const boxes = await page.locator('.team-result table').evaluateAll((ts) => ts.map((t) => getComputedStyle(t.closest('.table-scroll')!).overflowX));
      expect(boxes.length).toBeGreaterThanOrEqual(3);
      expect(new Set(boxes)).toEqual(new Set(['auto']));
      expect(errors).toEqual([]);
    });
  }

  it('show the previous round beside this one with the change and its interval, refuse another version, and print one A4 page', async () => {
    const { page, errors } = await openPage(browser());
    await loadSurvey(page, 'tools/team/', 'team-uniform-department.csv');
    const input = page.locator('#team-round-file');
    await input.setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: fixture('team-round-old-version.json') });
    expect(await page.getByTestId('round-error').textContent()).toContain('設問が変わっているため');
    await input.setInputFiles({ name: 'prev.json', mimeType: 'application/json', buffer: fixture('team-round-previous.json') });
    await page.getByTestId('round-status').waitFor();
    expect(await page.getByTestId('round-status').textContent()).toContain('前回（2025-11-20、20人）');
    const rows = await page.getByTestId('round-faces').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows.map((r) => r[0])).toEqual(['見える', '増やす', 'つなぐ', '届く']);
    expect(rows[0]![1]).toBe('38.5');
    for (const r of rows) expect(r[3]).toMatch(/^[+−]?\d+\.\d(（95%区間 [+−]?\d+\.\d〜[+−]?\d+\.\d）)$/);
    // The segments: 不動層 12 of 20 last time; a share with its counts.
    const segs = await page.getByTestId('round-segments').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(segs.find((r) => r[0] === '不動層')![1]).toBe('60.0%（20人中12人）');

    // The report for the board prints alone on one A4 page.
    await page.evaluate(() => document.documentElement.classList.add('print-round-report'));
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => [...document.querySelectorAll('.round-report h2, .round-report table')].map((e) => getComputedStyle(e).display));
    expect(shown).toEqual(['block', ...shown.slice(1).map(() => 'table')]);
    expect(await page.locator('#team-result-heading').isVisible()).toBe(false);
    // Printing ends with afterprint, which takes the class away again: the page is back to normal afterwards.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    expect(errors).toEqual([]);
  });
});
