import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeShareCode } from '@/lib/share-code';
import { parseCsv } from '@/lib/team/csv-parse';
import { readDataFile } from '@/data/read-file';
import { orgCheckData, selfCheckData } from '../unit/support/data';
import { axeViolations, describeViolations, openPage, siteURL, useBrowser } from './support/browser';
import { openTeam, problemRows, writeCompanySurvey } from './support/team-page';

const data = selfCheckData();
const org = orgCheckData();
const mapping = readDataFile('content', 'gap-mapping');
const browser = useBrowser();
const fixture = (name: string) => readFileSync(`test/fixtures/${name}`);
const hydrated = (page: Page, name: string) => page.locator(`astro-island[component-url*="${name}"]:not([ssr])`).first().waitFor({ state: 'attached' });

describe('survey-tool export in the team view', () => {
  it('imports a Shift_JIS Microsoft Forms export after HR corrects the mapping, listing the rows it could not use', async () => {
    const { page, offsite, errors } = await openTeam(browser());
    await page.locator('#survey-file').setInputFiles({ name: '回答.csv', mimeType: 'text/csv', buffer: fixture('microsoft-forms-export.sjis.csv') });
    const opened = page.getByTestId('survey-opened');
    await opened.waitFor();
    expect(await opened.textContent()).toContain('Shift_JIS、見出しの下に16行');
    const issues = page.getByTestId('survey-mapping-issues');
    expect(await issues.textContent()).toContain('r5「');
    const readButton = page.getByRole('button', { name: 'この対応で読み込んで集計する' });
    expect(await readButton.isDisabled()).toBe(true);
    await page.getByLabel('19列目「社内に相談できる人がいる（キャリア）」の割り当て').selectOption('item:r5');
    await issues.waitFor({ state: 'detached' });
    expect(describeViolations(await axeViolations(page))).toBe('');
    await readButton.click();
    await page.getByTestId('team-count').waitFor();
    expect(await page.getByTestId('team-count').textContent()).toContain('14件を集計しました。集計に入れなかったものが2件あります。');
    const problems = await problemRows(page);
    expect(problems.map((p) => p.slice(0, 2))).toEqual([
      ['回答.csv', '9'],
      ['回答.csv', '14'],
    ]);
    expect(problems[1]![2]).toContain('とてもそう思う');
    // Once read, the mapping folds into one line; opened again, it keeps HR's correction.
    expect(await page.getByTestId('survey-folded').textContent()).toContain('回答.csvを、確かめた列の対応で読み込みました。');
    expect(await page.getByTestId('survey-mapping').count()).toBe(0);
    await page.getByRole('button', { name: '列の対応を見直す' }).click();
    expect(await page.getByLabel('19列目「社内に相談できる人がいる（キャリア）」の割り当て').inputValue()).toBe('item:r5');
    expect(await page.getByTestId('survey-folded').count()).toBe(0);

    // By department: 総務部 (3 people) is merged into その他 and hidden, and one more figure with it, or その他
    // would be 全体 − 営業部 − 開発部.
    await page.locator('#team-breakdown-by').selectOption({ label: '所属部署' });
    const table = page.getByTestId('team-segments');
    await expect.poll(async () => (await table.locator('thead th').allTextContents()).slice(0, 2)).toEqual(['区分', '全体（14人）']);
    const heads = await table.locator('thead th').allTextContents();
    // Each department shows its true size or is hidden, never a wrong size; which ones the protection hides depends
    // on the answers (全体 − その他 must not give any one of them).
    const sizes: Record<string, string> = { 営業部: '6', 開発部: '5' };
    const shown = Object.fromEntries(
      Object.keys(sizes).map((d) => {
        const h = heads.find((x) => x.startsWith(`${d}（`))!;
        expect([`${d}（${sizes[d]}人）`, `${d}（5人未満か、ほかの数字から割り出せるため表示しません）`]).toContain(h);
        return [d, h === `${d}（${sizes[d]}人）`];
      }),
    );
    expect(heads.some((h) => h.includes('総務部'))).toBe(false);
    expect(heads.at(-1)).toContain('その他（5人未満の集まりをまとめたもの）');
    expect(heads.filter((h) => h.endsWith('表示しません）')).length).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('team-small-groups').textContent()).toContain('ほかの数字から引き算で割り出せてしまうときは、その数字も隠します');
    expect(describeViolations(await axeViolations(page))).toBe('');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '集計をCSVで保存' }).click()]);
    const csv = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '')).records;
    for (const [d, visible] of Object.entries(shown)) {
      expect(csv).toContainEqual(['人数', d, '回答数', visible ? sizes[d] : '5人未満か、ほかの数字から割り出せるため表示しません', '']);
    }
    expect(csv).toContainEqual(['人数', 'その他（5人未満の集まりをまとめたもの）', '回答数', '5人未満か、ほかの数字から割り出せるため表示しません', '']);
    expect(csv.filter((r) => r[1] === 'その他（5人未満の集まりをまとめたもの）' && !r[3]!.endsWith('表示しません'))).toEqual([]);
    expect(csv.some((r) => r[1] === '総務部')).toBe(false);

    // The organisation's own view beside its people's, from the organisation self-check's share link.
    const orgSet = { instrument: 'org-check', version: org.instrument.version, answers: Object.fromEntries(org.instrument.items.map((i) => [i.id, i.reverse ? 1 : 5])), choices: {} };
    const orgLink = `${siteURL('tools/org-check/')}#r=${encodeShareCode('org-check', org.instrument, orgSet, () => [])}`;
    await page.locator('#team-gap-input').fill(orgLink);
    await page.getByRole('button', { name: '並べて見る' }).click();
    const gap = page.getByTestId('team-gap-table');
    await gap.waitFor();
    const gapRows = await gap.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(gapRows.map((r) => r[0])).toEqual(mapping.pairs.map((p) => p.label));
    for (const r of gapRows) {
      expect(r[1]).toBe('100.0');
      expect(r[3]).toContain('組織のほうが高い');
    }
    await page.locator('.gap-chart canvas').waitFor();
    expect(describeViolations(await axeViolations(page))).toBe('');
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reads a company-sized export in a worker, showing progress, and lets HR cancel it', async () => {
    const { page, errors } = await openTeam(browser());
    const dir = mkdtempSync(join(tmpdir(), 'co-guide-survey-'));
    const company = writeCompanySurvey(dir, 100_000);
    await page.locator('#survey-file').setInputFiles(company);
    const opened = page.getByTestId('survey-opened');
    await opened.waitFor({ timeout: 120_000 });
    rmSync(dir, { recursive: true, force: true });
    expect(await opened.textContent()).toContain('見出しの下に100,000行');
    await page.getByRole('button', { name: 'この対応で読み込んで集計する' }).click();
    // Found and pressed in one step in the page: on a busy machine a click that first waits for the button to hold
    // still can come after the worker has finished (seen in CI with builds beside it).
    await page
      .getByTestId('survey-progress')
      .getByRole('button', { name: '読み込みを取り消す' })
      .evaluate((button: HTMLButtonElement) => button.click());
    await page.getByTestId('survey-error').waitFor();
    expect(await page.getByTestId('survey-error').textContent()).toContain('読み込みを取り消しました');
    expect(await page.getByTestId('team-count').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('asks for CSV when HR picks an Excel file', async () => {
    const { page } = await openTeam(browser());
    await page.locator('#survey-file').setInputFiles({ name: '回答.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('PK\u0003\u0004rest') });
    await page.getByTestId('survey-error').waitFor();
    expect(await page.getByTestId('survey-error').textContent()).toContain('CSV UTF-8（コンマ区切り）');
  });

  it('offers the item sheet on the survey page, written from the instrument data', async () => {
    const { page } = await openPage(browser());
    await page.goto(siteURL('tools/survey/'));
    // The sheet starts once it is scrolled into view (client:visible), as HR scrolls down to it.
    await page.locator('astro-island[component-url*="ItemSheet"]').scrollIntoViewIfNeeded();
    await hydrated(page, 'ItemSheet');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /設問シートをCSVで保存/ }).click()]);
    const records = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '')).records;
    expect(records.filter((r) => data.instrument.items.some((i) => i.id === r[0] && i.text === r[2])).length).toBe(data.instrument.items.length);
  });
});
