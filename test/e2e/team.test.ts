import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import { diagnose, optionsResolver } from '@/lib/self-check/engine';
import { resultToJson } from '@/lib/self-check/export';
import { encodeShareCode } from '@/lib/share-code';
import { selfCheckData } from '../unit/support/data';
import { axeViolations, describeViolations, siteURL, useBrowser } from './support/browser';
import { openTeam, problemRows } from './support/team-page';

const data = selfCheckData();
const items = data.instrument.items;
const resolve = optionsResolver(data);
const setFor = (level: number, band: string, tweak = 0): AnswerSet => ({
  instrument: 'self-check',
  version: data.instrument.version,
  answers: Object.fromEntries(items.map((i, n) => [i.id, n === 0 ? Math.min(5, Math.max(1, level + tweak)) : i.reverse ? 6 - level : level])),
  choices: { age: [band] },
});

const browser = useBrowser();

const hydrated = (page: Page) => page.locator('astro-island[component-url*="TeamView"]:not([ssr])').waitFor({ state: 'attached' });

describe('team view', () => {
  it('summarises pasted links and dropped files in the browser, lists every rejected entry, and exports CSV', async () => {
    const { page, offsite, errors } = await openTeam(browser());
    expect(describeViolations(await axeViolations(page))).toBe('');

    const low = setFor(1, 'senior');
    const high = setFor(5, 'young');
    const mid = setFor(4, 'middle', -2);
    const links = [low, high].map((s) => `${siteURL('tools/self-check/')}#r=${encodeShareCode('self-check', data.instrument, s, resolve)}`);
    await page.locator('#team-paste').fill([...links, 'https://example.invalid/#r=broken', links[0]].join('\n'));
    await page.locator('#team-files').setInputFiles([
      { name: 'mid.json', mimeType: 'application/json', buffer: Buffer.from(resultToJson(mid, diagnose(data, mid), new Date())) },
      { name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...JSON.parse(resultToJson(mid, diagnose(data, mid), new Date())), version: 0 })) },
    ]);
    await page.getByRole('button', { name: '集計する' }).click();
    await expect.poll(() => page.getByTestId('team-count').textContent()).toContain('3件を集計しました。集計に入れなかったものが3件あります。');
    const problems = await problemRows(page);
    expect(problems.map((p) => [p[0], p[1]])).toEqual([
      ['貼り付け', '3'],
      ['貼り付け', '4'],
      ['old.json', '1'],
    ]);
    expect(problems[1]![2]).toContain('同じ回答');
    // Three people are fewer than the smallest group shown (5): no segment count is shown, each says why.
    const segments = await page.getByTestId('team-segments').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.children[1]?.textContent));
    expect(segments).toHaveLength(data.rules.segments.length);
    for (const s of segments) expect(['5人未満か、ほかの数字から割り出せるため表示しません', '全員か1人を除く全員が同じ区分のため表示しません']).toContain(s);
    expect(await page.getByTestId('team-measures').locator('li').count()).toBeGreaterThan(0);
    expect(describeViolations(await axeViolations(page))).toBe('');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '集計をCSVで保存' }).click()]);
    expect(readFileSync((await csv.path())!, 'utf8')).toMatch(/区分の分布,全体,C\/O人材,[^,\r\n]+表示しません/);
    // Nothing was sent anywhere, not even to this site.
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('fetches the result views only once HR starts, and when they cannot load says so and keeps what was entered', async () => {
    const { page, context } = await openTeam(browser());
    const views = /\/_astro\/TeamOutcome\.[^/]+\.js$/;
    const asked: string[] = [];
    page.on('request', (r) => views.test(r.url()) && asked.push(r.url()));
    await page.route(views, (route) => route.abort());
    // The page is hydrated and HR can read it; nothing of the result has been fetched, not even while it loaded.
    expect(await page.evaluate((source) => performance.getEntriesByType('resource').filter((e) => new RegExp(source).test(e.name)).length, views.source)).toBe(0);
    expect(asked).toEqual([]);
    const link = `${siteURL('tools/self-check/')}#r=${encodeShareCode('self-check', data.instrument, setFor(3, 'young'), resolve)}`;
    await page.locator('#team-paste').fill(link);
    await expect.poll(() => asked.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: '集計する' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('結果の表示に必要なファイルを読み込めませんでした');
    expect(await page.locator('#team-paste').inputValue()).toBe(link);
    // The connection is back: counting again fetches the views, shows the count and puts the focus on its heading.
    await page.unroute(views);
    await page.getByRole('button', { name: '集計する' }).click();
    await expect.poll(() => page.getByTestId('team-count').textContent()).toContain('1件を集計しました');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('team-result-heading');
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('loads the scoring data with the first count, and when it cannot load says so and keeps what was entered', async () => {
    const { page, context } = await openTeam(browser());
    // The measures come with the rest of the self-check's data (rules, 不動層 groups), in a module of their own.
    const scoring = /\/_astro\/measures\.[^/]+\.js$/;
    expect(await page.evaluate((source) => performance.getEntriesByType('resource').filter((e) => new RegExp(source).test(e.name)).length, scoring.source)).toBe(0);
    await page.route(scoring, (route) => route.abort());
    const link = `${siteURL('tools/self-check/')}#r=${encodeShareCode('self-check', data.instrument, setFor(2, 'senior'), resolve)}`;
    await page.locator('#team-paste').fill(link);
    await page.getByRole('button', { name: '集計する' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('集計に必要なファイルを読み込めませんでした。入力した内容はそのままです。');
    expect(await page.locator('#team-paste').inputValue()).toBe(link);
    expect(await page.getByRole('button', { name: '集計する' }).isEnabled()).toBe(true);
    // A survey export chosen meanwhile says the same and leaves the chooser ready for the file again.
    await page.locator('#survey-file').setInputFiles({ name: '回答.csv', mimeType: 'text/csv', buffer: readFileSync('test/fixtures/google-forms-export.csv') });
    await expect.poll(() => page.getByTestId('survey-error').textContent()).toContain('回答.csv：集計に必要なファイルを読み込めませんでした');
    expect(await page.getByTestId('survey-progress').count()).toBe(0);
    expect(await page.locator('#survey-file').inputValue()).toBe('');
    // The connection is back: counting again loads the data and counts.
    await page.unroute(scoring);
    await page.getByRole('button', { name: '集計する' }).click();
    await expect.poll(() => page.getByTestId('team-count').textContent()).toContain('1件を集計しました');
    await context.close();
  });

  it('keeps nothing after a reload, so other people’s answers are not left in this browser', async () => {
    const { page } = await openTeam(browser());
    await page.locator('#team-paste').fill(encodeShareCode('self-check', data.instrument, setFor(3, 'young'), resolve));
    await page.getByRole('button', { name: '集計する' }).click();
    await page.getByTestId('team-count').waitFor();
    await page.reload();
    await hydrated(page);
    await expect.poll(() => page.locator('#team-paste').inputValue()).toBe('');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('team')))).toEqual([]);
  });
});
