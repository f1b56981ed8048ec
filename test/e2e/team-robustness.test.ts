import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import { diagnose, optionsResolver } from '@/lib/self-check/engine';
import { resultToJson } from '@/lib/self-check/export';
import { encodeShareCode } from '@/lib/share-code';
import { MAX_LISTED } from '@/lib/team/import';
import { selfCheckData } from '../unit/support/data';
import { siteURL, useBrowser } from './support/browser';
import { openTeam, problemRows } from './support/team-page';

const data = selfCheckData();
const items = data.instrument.items;
const resolve = optionsResolver(data);
const full = (level: number): AnswerSet => ({ instrument: 'self-check', version: data.instrument.version, answers: Object.fromEntries(items.map((i) => [i.id, level])), choices: { age: ['middle'] } });
const link = (set: AnswerSet) => `${siteURL('tools/self-check/')}#r=${encodeShareCode('self-check', data.instrument, set, resolve)}`;
const json = (set: AnswerSet) => resultToJson(set, diagnose(data, set), new Date(0));

const browser = useBrowser();

const button = (page: Page) => page.getByRole('button', { name: '集計する', exact: true });

describe('team view with hostile, wrong or huge input', () => {
  it('isolates an entry that throws and always gives the button back, also when a chosen file was deleted', async () => {
    const { page, errors, context } = await openTeam(browser());
    await page.locator('#team-paste').fill(['{"format":{"toString":0}}', link(full(4))].join('\n'));
    const dir = mkdtempSync(join(tmpdir(), 'co-guide-team-'));
    const file = join(dir, 'gone.json');
    writeFileSync(file, json(full(2)));
    await page.locator('#team-files').setInputFiles(file);
    rmSync(dir, { recursive: true, force: true });
    await button(page).click();
    await expect.poll(() => page.getByTestId('team-count').textContent()).toContain('1件を集計しました。集計に入れなかったものが2件あります。');
    const rows = await problemRows(page);
    expect(rows.map((r) => r[0])).toEqual(['貼り付け', 'gone.json']);
    expect(rows[1]![2]).toContain('削除');
    await expect.poll(() => button(page).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('counts no incomplete answer set, and says what a CSV, an .xlsx, a Shift_JIS file and pasted-together files are', async () => {
    const { page, errors, context } = await openTeam(browser());
    const empty = JSON.stringify({ format: 'co-guide/self-check-result', instrument: 'self-check', version: data.instrument.version, answers: {}, choices: {} });
    const onlyOne = JSON.stringify({ format: 'co-guide/self-check-result', instrument: 'self-check', version: data.instrument.version, answers: { [items[0]!.id]: 5 }, choices: {} });
    // Two pretty-printed exports pasted one after the other are read as two results.
    await page.locator('#team-paste').fill(`${json(full(5))}\n${json(full(1))}\n${empty}\n${onlyOne}`);
    // A result file someone re-saved in Shift_JIS after adding a note 「メモ」 (0x83 0x81 0x83 0x82). The rest of the
    // export is written with \u escapes, so it is the same bytes in Shift_JIS as in ASCII (Node has no Shift_JIS encoder).
    const ascii = json(full(3)).slice(1).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const sjis = Buffer.concat([Buffer.from('{"memo":"'), Buffer.from([0x83, 0x81, 0x83, 0x82]), Buffer.from(`",${ascii}`)]);
    await page.locator('#team-files').setInputFiles([
      { name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from('氏名,年代,設問1\n山田,30代,4\n') },
      { name: 'book.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(2000)]) },
      { name: 'sjis.json', mimeType: 'application/json', buffer: sjis },
    ]);
    // The survey export goes from the one drop zone to the survey import, where its columns are mapped.
    await expect.poll(() => page.getByTestId('survey-opened').textContent()).toContain('survey.csv');
    await button(page).click();
    await expect.poll(() => page.getByTestId('team-count').textContent()).toContain('3件を集計しました。集計に入れなかったものが3件あります。');
    const rows = await problemRows(page);
    expect(rows.map((r) => [r[0], r[2]])).toEqual([
      ['貼り付け', expect.stringContaining('回答が揃っていません')],
      ['貼り付け', expect.stringContaining('回答が揃っていません')],
      ['book.xlsx', expect.stringContaining('CSV UTF-8（コンマ区切り）')],
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stays responsive on 84,000 duplicate rows and 50 MB of random bytes, listing a bounded number of problems', async () => {
    const { page, errors, context } = await openTeam(browser());
    const row = link(full(4));
    const dir = mkdtempSync(join(tmpdir(), 'co-guide-team-'));
    const dupes = join(dir, 'dupes.txt');
    writeFileSync(dupes, Array.from({ length: 84_000 }, () => row).join('\n'));
    const noise = join(dir, 'noise.bin');
    writeFileSync(noise, randomBytes(50 * 1024 * 1024));
    await page.locator('#team-files').setInputFiles([dupes, noise]);
    await button(page).click();
    // The page paints progress while it reads: it is not frozen until the end.
    await page.getByTestId('team-progress').waitFor();
    await expect.poll(() => page.getByTestId('team-progress').textContent()).toMatch(/[1-9][\d,]*件目まで/);
    await expect.poll(() => page.getByTestId('team-count').textContent(), { timeout: 120_000 }).toContain(`1件を集計しました。集計に入れなかったものが${(84_000).toLocaleString('ja-JP')}件あります。`);
    const rows = await problemRows(page);
    // The first MAX_LISTED duplicates, then the refused file, which is always listed.
    expect(rows).toHaveLength(MAX_LISTED + 1);
    expect(rows.at(-1)).toEqual(['noise.bin', '1', expect.stringContaining('テキストではないファイル')]);
    expect(await page.getByTestId('team-problems').locator('caption').textContent()).toContain(`ほかに${(84_000 - 1 - MAX_LISTED).toLocaleString('ja-JP')}件は一覧から省略`);
    rmSync(dir, { recursive: true, force: true });
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
