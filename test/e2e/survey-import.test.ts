import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import { optionsResolver } from '@/lib/self-check/engine';
import { encodeShareCode } from '@/lib/share-code';
import { selfCheckData } from '../unit/support/data';
import { axeViolations, describeViolations, siteURL, useBrowser } from './support/browser';
import { openTeam, problemRows, writeCompanySurvey } from './support/team-page';

const data = selfCheckData();
const items = data.instrument.items;
const browser = useBrowser();
const fixture = (name: string) => readFileSync(`test/fixtures/${name}`);
const full = (level: number): AnswerSet => ({ instrument: 'self-check', version: data.instrument.version, answers: Object.fromEntries(items.map((i) => [i.id, level])), choices: { age: ['middle'] } });
const link = (set: AnswerSet) => `${siteURL('tools/self-check/')}#r=${encodeShareCode('self-check', data.instrument, set, optionsResolver(data))}`;

/** From now on, reading any file fails as it does when the file was moved or changed after it was chosen. */
const breakFileReading = (page: Page) =>
  page.evaluate(() => {
    const fail = () => Promise.reject(new DOMException('The requested file could not be read.', 'NotReadableError'));
    Object.assign(File.prototype, { arrayBuffer: fail, text: fail });
  });
/** The survey worker reads the chosen file itself: what it is handed then has no bytes to give, as a deleted file. */
const breakWorkerFileReading = (page: Page) =>
  page.evaluate(() => {
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      const m = message as { type?: string; file?: File };
      const unreadable = m?.type === 'open' && m.file ? { ...m, file: { name: m.file.name, size: m.file.size } } : message;
      return (post as (this: Worker, ...args: unknown[]) => void).call(this, unreadable, ...rest);
    } as typeof post;
    (window as unknown as { __mendWorker: () => void }).__mendWorker = () => void (Worker.prototype.postMessage = post);
  });
const mendWorkerFileReading = (page: Page) => page.evaluate(() => (window as unknown as { __mendWorker: () => void }).__mendWorker());

describe('importing a company’s own survey export', () => {
  it('takes the CSV from the one drop zone, asks once per age value, hides the comment column and counts a repeated respondent once', async () => {
    const { page, errors, offsite, context } = await openTeam(browser());
    await page.locator('#team-files').setInputFiles({ name: 'forms-company-age-values.csv', mimeType: 'text/csv', buffer: fixture('forms-company-age-values.csv') });
    const opened = page.getByTestId('survey-opened');
    await opened.waitFor();
    expect(await opened.textContent()).toContain('forms-company-age-values.csv（UTF-8、見出しの下に13行）');
    const mapping = page.getByTestId('survey-mapping');
    const comment = mapping.locator('tbody tr').filter({ hasText: 'ご意見・ご要望' });
    expect(await comment.locator('td').nth(1).textContent()).toBe('（自由記述のようです）');
    expect(await comment.locator('select').inputValue()).toBe('ignore');

    const ages = page.getByTestId('survey-age-values');
    // Most rows first; each value once.
    expect(await ages.locator('tbody th').allTextContents()).toEqual(['５０代', '２０代', '３０代', '４０代', '30代', '１０代', '６０代以上']);
    const choice = (value: string) => page.getByLabel(`年代の値「${value}」を数える層`);
    expect(await choice('２０代').inputValue()).toBe('young');
    expect(await choice('６０代以上').inputValue()).toBe('senior');
    expect(await choice('３０代').inputValue()).toBe('?');
    const issues = page.getByTestId('survey-mapping-issues');
    expect(await issues.textContent()).toContain('年代の値「３０代」、「30代」、「１０代」を、どの層として数えるか');
    const readButton = page.getByRole('button', { name: 'この対応で読み込んで集計する' });
    expect(await readButton.isDisabled()).toBe(true);
    await choice('３０代').selectOption('middle');
    await choice('30代').selectOption({ label: '使わない' });
    await choice('１０代').selectOption('young');
    await issues.waitFor({ state: 'detached' });
    expect(describeViolations(await axeViolations(page))).toBe('');

    await readButton.click();
    await expect.poll(() => page.getByTestId('team-count').textContent()).toContain('9件を集計しました。集計に入れなかったものが4件あります。');
    const rows = await problemRows(page);
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      ['7', '年代「30代」は「使わない」と選ばれています。'],
      ['8', '3行目と同じ回答者です（ID「102」が同じ）。重複として、最初の行だけを集計しました。'],
      ['10', '年代が空です（必ず答える設問です）。'],
      ['15', '13行目と同じ回答者です（ID「110」が同じ）。重複として、最初の行だけを集計しました。'],
    ]);
    // No comment reaches the page: not in the mapping, not as a breakdown.
    expect(await page.locator('body').textContent()).not.toContain('残業して受けています');
    expect(await page.locator('#team-breakdown-by option').allTextContents()).not.toContainEqual(expect.stringContaining('ご意見'));
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says which lines have broken quotes or another encoding, and reads every row', async () => {
    const { page, errors, context } = await openTeam(browser());
    await page.locator('#survey-file').setInputFiles({ name: 'quotes.csv', mimeType: 'text/csv', buffer: fixture('google-forms-broken-quotes.csv') });
    await page.getByTestId('survey-opened').waitFor();
    expect(await page.getByTestId('survey-opened').textContent()).toContain('見出しの下に12行');
    expect(await page.getByTestId('survey-notes').locator('li').allTextContents()).toEqual([expect.stringContaining('8行目に、閉じていない二重引用符'), expect.stringContaining('10行目に、閉じた二重引用符')]);
    await page.locator('#survey-file').setInputFiles({ name: 'mixed.csv', mimeType: 'text/csv', buffer: fixture('google-forms-one-sjis-row.csv') });
    await expect.poll(() => page.getByTestId('survey-notes').textContent()).toContain('13行目だけがShift_JISで書かれていました');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('files that cannot be read, and stopping long work', () => {
  it('says so when a chosen survey file or organisation result can no longer be read, and lets HR choose again', async () => {
    const { page, errors, context } = await openTeam(browser());
    await breakWorkerFileReading(page);
    await page.locator('#survey-file').setInputFiles({ name: '回答.csv', mimeType: 'text/csv', buffer: fixture('google-forms-export.csv') });
    await page.getByTestId('survey-error').waitFor();
    expect(await page.getByTestId('survey-error').textContent()).toContain('回答.csv：ファイルを読めませんでした');
    expect(await page.getByTestId('survey-progress').count()).toBe(0);
    expect(await page.locator('#survey-file').inputValue()).toBe('');
    await mendWorkerFileReading(page);
    await page.locator('#survey-file').setInputFiles({ name: '回答.csv', mimeType: 'text/csv', buffer: fixture('google-forms-export.csv') });
    await page.getByTestId('survey-opened').waitFor();
    expect(await page.getByTestId('survey-error').count()).toBe(0);

    await page.locator('#team-paste').fill([5, 4, 3, 2, 1].map((l) => link(full(l))).join('\n'));
    await page.getByRole('button', { name: '集計する', exact: true }).click();
    await page.locator('#team-gap-file').waitFor();
    await breakFileReading(page);
    await page.locator('#team-gap-file').setInputFiles({ name: 'org.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
    await expect.poll(() => page.getByTestId('team-gap-error').textContent()).toContain('org.json：ファイルを読めませんでした');
    expect(await page.locator('#team-gap-file').inputValue()).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stops a survey being read and a file of 1,000,000 share links when HR presses 「すべて消す」', async () => {
    const { page, errors, context } = await openTeam(browser());
    const dir = mkdtempSync(join(tmpdir(), 'co-guide-survey-'));
    const company = writeCompanySurvey(dir, 100_000);
    await page.locator('#survey-file').setInputFiles(company);
    await page.getByTestId('survey-opened').waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'この対応で読み込んで集計する' }).click();
    await page.getByTestId('survey-progress').waitFor();
    await page.getByRole('button', { name: 'すべて消す' }).click();
    await page.getByTestId('survey-progress').waitFor({ state: 'detached' });
    expect(await page.getByTestId('survey-opened').count()).toBe(0);

    const links = join(dir, 'links.txt');
    writeFileSync(links, `${Array.from({ length: 1_000_000 }, () => link(full(4))).join('\n')}\n`);
    await page.locator('#team-files').setInputFiles(links);
    await page.getByRole('button', { name: '集計する', exact: true }).click();
    await expect.poll(() => page.getByTestId('team-progress').textContent(), { timeout: 60_000 }).toMatch(/[1-9][\d,]*件目まで/);
    await page.getByRole('button', { name: 'すべて消す' }).click();
    await page.getByTestId('team-progress').waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: '集計する', exact: true }).isDisabled()).toBe(true);
    // A later run starts from nothing: one link, one result — the stopped run left nothing behind.
    await page.locator('#team-paste').fill([5, 4, 3, 2, 1].map((l) => link(full(l))).join('\n'));
    await page.getByRole('button', { name: '集計する', exact: true }).click();
    await expect.poll(() => page.getByTestId('team-count').textContent()).toContain('5件を集計しました。');
    rmSync(dir, { recursive: true, force: true });
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
