import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/team/csv-parse';
import { selfCheckData } from '../unit/support/data';
import { axeViolations, describeViolations, openPage, siteURL, useBrowser } from './support/browser';

const data = selfCheckData();
const browser = useBrowser();
const fixture = (name: string) => readFileSync(`test/fixtures/${name}`);
const hydrated = (page: Page, name: string) => page.locator(`astro-island[component-url*="${name}"]:not([ssr])`).first().waitFor({ state: 'attached' });

describe('survey-tool export in the team view', () => {
  it('imports a Shift_JIS Microsoft Forms export after HR corrects the mapping, listing the rows it could not use', async () => {
    const { page, offsite, errors } = await openPage(browser());
    await page.goto(siteURL('tools/team/'));
    await hydrated(page, 'TeamView');
    await page.locator('#survey-file').setInputFiles({ name: '回答.csv', mimeType: 'text/csv', buffer: fixture('microsoft-forms-export.sjis.csv') });
    const opened = page.getByTestId('survey-opened');
    await opened.waitFor();
    expect(await opened.textContent()).toContain('Shift_JIS、見出しの下に16行');
    const issues = page.getByTestId('survey-mapping-issues');
    expect(await issues.textContent()).toContain('r3「');
    const readButton = page.getByRole('button', { name: 'この対応で読み込んで集計する' });
    expect(await readButton.isDisabled()).toBe(true);
    await page.getByLabel('19列目「研修や面談に参加できない（忙しさ・勤務形態）」の割り当て').selectOption('item:r3');
    await issues.waitFor({ state: 'detached' });
    expect(describeViolations(await axeViolations(page))).toBe('');
    await readButton.click();
    await page.getByTestId('team-count').waitFor();
    expect(await page.getByTestId('team-count').textContent()).toContain('14件を集計しました。集計に入れなかったものが2件あります。');
    const problems = await page.getByTestId('team-problems').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(problems.map((p) => p.slice(0, 2))).toEqual([
      ['回答.csv', '9'],
      ['回答.csv', '14'],
    ]);
    expect(problems[1]![2]).toContain('とてもそう思う');
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('asks for CSV when HR picks an Excel file', async () => {
    const { page } = await openPage(browser());
    await page.goto(siteURL('tools/team/'));
    await hydrated(page, 'TeamView');
    await page.locator('#survey-file').setInputFiles({ name: '回答.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('PK\u0003\u0004rest') });
    await page.getByTestId('survey-error').waitFor();
    expect(await page.getByTestId('survey-error').textContent()).toContain('CSV UTF-8（コンマ区切り）');
  });

  it('offers the item sheet on the self-check page, written from the instrument data', async () => {
    const { page } = await openPage(browser());
    await page.goto(siteURL('tools/self-check/#survey'));
    await hydrated(page, 'ItemSheet');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /設問シートをCSVで保存/ }).click()]);
    const records = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '')).records;
    expect(records.filter((r) => data.instrument.items.some((i) => i.id === r[0] && i.text === r[2])).length).toBe(data.instrument.items.length);
  });
});
