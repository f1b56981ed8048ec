import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeHistoryFile } from '@/lib/self-check/history/file';
import { makeRecord } from '@/lib/self-check/history/record';
import { selfCheckData } from '../unit/support/data';
import { answersForLevels } from '../unit/support/self-check-answers';
import { axeViolations, describeViolations, openBlockedStoragePage, openPage, siteURL, useBrowser } from './support/browser';
import { answerAllByClick, answerAllByKeyboard, answerFor, hydrated } from './support/self-check';

/**
 * The employee's own journey on a phone: the result's first screen, taking the self-check again months later and
 * seeing what changed, the 1on1 sheet printed as one A4 page (read back with poppler's pdfinfo and pdftotext), and
 * the kept results carried in a file — all by keyboard, all inside the browser.
 */
const data = selfCheckData();
const { instrument } = data;
const PAGE = 'tools/self-check/';
const PHONE = { width: 390, height: 844 };
const HISTORY_KEY = 'co-guide:self-check-history:v1';
const browser = useBrowser();

// First time: 見える low, つなぐ at the bottom. Six months later: both have come up, 増やす and 届く as they were.
const BEFORE = { mieru: 2, fuyasu: 4, tsunagu: 1, reach: 4 };
const AFTER = { mieru: 4, fuyasu: 4, tsunagu: 3, reach: 4 };
/** The score every item of a face keyed at `level` gives: 1 → 0 … 5 → 100. */
const scoreAt = (level: number) => (level - 1) * 25;

/** Presses Tab until the element has focus (as many times as a keyboard user would), then returns. */
async function tabTo(page: Page, target: Locator, limit = 250) {
  const handle = await target.elementHandle();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((el) => document.activeElement === el, handle)) return;
  }
  throw new Error(`not reached by Tab: ${String(target)}`);
}

/** Headings of the result a screen reader lists (visible ones), as level and text. */
const outline = (page: Page) =>
  page.locator('section.result').evaluate((s) => [...s.querySelectorAll('h2, h3, h4')].filter((h) => (h as HTMLElement).checkVisibility()).map((h) => `${h.tagName[1]} ${h.textContent?.trim()}`));

describe('the employee self-check over time', () => {
  it('on a phone, by keyboard: first screen, taken twice with the change shown, and the 1on1 sheet on one A4 page', async () => {
    const { page, context, offsite, errors } = await openPage(browser(), { viewport: PHONE });
    await page.clock.setFixedTime(new Date('2026-06-01T12:00:00'));
    await page.goto(siteURL(PAGE));
    await hydrated(page);
    await answerAllByKeyboard(page, BEFORE, 'middle');

    // The first screen: the result heading at the top, where the person stands, the four faces and one thing to try.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-heading');
    const standing = await page.getByTestId('standing').textContent();
    expect(standing).toBe('「増やす」「届く」が高く、「見える」「つなぐ」は低めです。');
    for (const label of ['伸長層', '不動層', 'C/O人材', '群']) expect(standing).not.toContain(label);
    const top = (await page.locator('#result-heading').boundingBox())!;
    const firstStep = (await page.getByTestId('first-step').boundingBox())!;
    expect(top.y).toBeGreaterThanOrEqual(0);
    expect(firstStep.y + firstStep.height).toBeLessThanOrEqual(PHONE.height);
    for (const f of instrument.dimensions) {
      const glance = page.getByTestId(`glance-${f.id}`);
      expect(await glance.textContent()).toContain(`${f.label}${scoreAt(BEFORE[f.id as keyof typeof BEFORE])}点`);
      expect((await glance.boundingBox())!.y + 20).toBeLessThanOrEqual(PHONE.height);
    }
    // Segment names come further down, below the first screen.
    expect((await page.getByTestId('segment').boundingBox())!.y).toBeGreaterThan(PHONE.height);
    const headings = await outline(page);
    expect(headings.slice(0, 4)).toEqual(['2 あなたの診断結果', '3 いまのあなた', '3 まず試してみること', '3 4つの軸の点数']);
    expect(headings).toEqual(expect.arrayContaining(['3 1on1で話す', '3 結果の記録']));
    expect(headings.filter((h) => !/^[23] /.test(h))).toEqual([]);
    expect(await page.getByTestId('change').count()).toBe(0);
    expect(describeViolations(await axeViolations(page))).toBe('');

    // Kept only with consent, given on the page by keyboard.
    expect(await page.getByTestId('history-empty').isVisible()).toBe(true);
    expect(await page.evaluate((k) => localStorage.getItem(k), HISTORY_KEY)).toBeNull();
    await tabTo(page, page.getByTestId('history-consent'));
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('history-list').locator('li').allTextContents()).toEqual([expect.stringContaining('2026年6月1日（今回）')]);

    // Six months later, from the start again.
    await page.clock.setFixedTime(new Date('2026-12-05T12:00:00'));
    await tabTo(page, page.getByRole('button', { name: '最初からやり直す' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: '回答を消してやり直す' }), 5);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /1ページ目/ }).waitFor();
    await answerAllByKeyboard(page, AFTER, 'middle');

    // The change per face, on the same questions, and the answers that moved most.
    const change = page.getByTestId('change');
    await change.waitFor();
    expect(await change.getByRole('heading').textContent()).toBe('前回（2026年6月1日）からの変化');
    expect(await page.getByTestId('change-versions').count()).toBe(0);
    for (const f of instrument.dimensions) {
      const id = f.id as keyof typeof BEFORE;
      const delta = scoreAt(AFTER[id]) - scoreAt(BEFORE[id]);
      const cells = await page.getByTestId(`change-${f.id}`).locator('td').allTextContents();
      expect(cells).toEqual([String(scoreAt(BEFORE[id])), String(scoreAt(AFTER[id])), delta > 0 ? `${delta}点上がった` : '変わらない']);
    }
    const moved = await page.getByTestId('moved').locator('li').allTextContents();
    expect(moved).toHaveLength(3);
    for (const line of moved) {
      const item = instrument.items.find((i) => line.startsWith(`「${i.text}」`))!;
      expect(['mieru', 'tsunagu']).toContain(item.dimension);
      expect(line).toContain('を上げる向き');
    }
    await expect.poll(() => page.getByTestId('history-list').locator('li').allTextContents()).toEqual([expect.stringContaining('2026年12月5日（今回）'), expect.stringContaining('2026年6月1日')]);
    expect(describeViolations(await axeViolations(page))).toBe('');

    // What to talk about, typed on the page and kept with this result.
    await tabTo(page, page.getByLabel('1on1で話したいこと'));
    await page.keyboard.type('「つなぐ」が上がった理由と、来年やってみたい仕事');
    await tabTo(page, page.getByRole('button', { name: '1on1シートを印刷する' }), 20);
    // The browser's print dialog is not part of the page: count the call and print to PDF the way it would.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => [(window as unknown as { printed: number }).printed, document.documentElement.dataset.print])).toEqual([1, 'sheet-1on1']);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const dir = mkdtempSync(join(tmpdir(), 'co-guide-1on1-'));
    try {
      writeFileSync(join(dir, 'sheet.pdf'), await page.pdf({ format: 'A4', tagged: true }));
      const info = execFileSync('pdfinfo', [join(dir, 'sheet.pdf')], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
      expect(info).toMatch(/Pages:\s+1\n/);
      const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      for (const part of ['1on1シート：キャリアについて話したいこと', '2026年12月5日の自己診断', '見える75点', '+50', '「つなぐ」が上がった理由と、来年やってみたい仕事', 'まず試してみること', '上司に相談したいこと', '次の一歩']) {
        expect(text).toContain(part);
      }
      // Only the sheet: no controls, no site chrome, nothing of the rest of the result.
      for (const absent of ['1on1シートを印刷する', '結果の記録', '読み取るときの注意', 'キャリアオーナーシップ自己診断']) expect(text).not.toContain(absent);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.evaluate(() => document.documentElement.dataset.print)).toBeUndefined();

    // Back later: the topic is still with the result.
    await page.reload();
    await page.getByTestId('change').waitFor();
    expect(await page.getByLabel('1on1で話したいこと').inputValue()).toBe('「つなぐ」が上がった理由と、来年やってみたい仕事');
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports the kept results to a file, deletes one, imports it back, refuses a broken file, and compares across versions', async () => {
    const { page, context, errors } = await openPage(browser());
    const now = answersForLevels(data, AFTER, { age: ['middle'] });
    const earlier = makeRecord(answersForLevels(data, BEFORE, { age: ['middle'] }), instrument, new Date('2026-06-01T12:00:00Z'), '', 'a');
    // A result from an older version of the questions: 見える's first item was worded differently then.
    const older = { ...instrument, version: instrument.version - 1, items: instrument.items.map((i) => (i.id === 'm1' ? { ...i, text: '以前の言い回しの設問。' } : i)) };
    const oldest = makeRecord({ ...answersForLevels(data, BEFORE), version: older.version }, older, new Date('2025-12-01T12:00:00Z'), '', 'b');
    await page.goto(siteURL(PAGE));
    await page.evaluate(
      ([key, value, answersKey, answers, pageKey]) => {
        localStorage.setItem(key!, value!);
        localStorage.setItem(answersKey!, answers!);
        localStorage.setItem(pageKey!, '99');
      },
      [HISTORY_KEY, JSON.stringify({ consent: false, records: [earlier, oldest] }), `co-guide:self-check:v${instrument.version}`, JSON.stringify(now), `co-guide:self-check:v${instrument.version}:page`],
    );
    await page.reload();
    await hydrated(page);
    await page.getByTestId('change').waitFor();
    // Not consented: the result is compared, but not kept.
    expect(await page.getByTestId('history-list').locator('li').count()).toBe(2);
    expect(await page.getByTestId('history-consent').isChecked()).toBe(false);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '記録をファイルに保存' }).click()]);
    const file = readFileSync((await download.path())!, 'utf8');
    const read = decodeHistoryFile(file);
    expect(read.ok && read.value.map((r) => r.id)).toEqual([earlier.id, oldest.id]);

    // Deleting the newest leaves the older version's result to compare with, on the items asked the same way.
    await page.getByRole('button', { name: '2026年6月1日の記録を消す' }).click();
    await expect.poll(() => page.getByTestId('history-list').locator('li').count()).toBe(1);
    await expect.poll(() => page.getByTestId('change-versions').textContent()).toContain(`前回は第${older.version}版、今回は第${instrument.version}版`);
    expect(await page.getByTestId('change-versions').textContent()).toContain(`同じ${instrument.items.length - 1}問（今回の${instrument.items.length}問のうち）`);
    expect(await page.getByTestId('change').getByRole('heading').textContent()).toBe('前回（2025年12月1日）からの変化');
    // 見える on its five shared items: 25 then 75.
    expect(await page.getByTestId('change-mieru').locator('td').allTextContents()).toEqual(['25', '75', '50点上がった']);

    const input = page.getByTestId('history-import');
    await input.setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => page.getByTestId('history-message').textContent()).toBe('ファイルから1件の記録を加えました。');
    await expect.poll(() => page.getByTestId('change').getByRole('heading').textContent()).toBe('前回（2026年6月1日）からの変化');
    await input.setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(() => page.getByTestId('history-message').textContent()).toContain('新しく加えたものはありません');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(file.replace('"m1": 2', '"m1": 9')) });
    await expect.poll(() => page.getByTestId('history-message').textContent()).toContain('何も取り込んでいません');
    expect(await page.getByTestId('history-message').getAttribute('role')).toBe('alert');
    expect(await page.getByTestId('history-list').locator('li').count()).toBe(2);
    expect(describeViolations(await axeViolations(page))).toBe('');

    // Everything goes on request, and nothing of the history is left in storage.
    await page.getByRole('button', { name: '記録をすべて消す' }).click();
    await page.getByRole('group', { name: '記録の消去の確認' }).getByRole('button', { name: '記録をすべて消す' }).click();
    await page.getByTestId('history-empty').waitFor();
    expect(await page.getByTestId('change').count()).toBe(0);
    expect(await page.evaluate((k) => localStorage.getItem(k), HISTORY_KEY)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('where the browser blocks site data, keeps the results for as long as the page is open and says so, offering the file', async () => {
    const { page, close } = await openBlockedStoragePage();
    try {
      await page.goto(siteURL(PAGE));
      await hydrated(page);
      await answerAllByClick(page, answerFor(BEFORE));
      await page.locator('input[name="q-age"][value="middle"]').check();
      await page.getByRole('button', { name: '結果を見る' }).click();
      await page.getByTestId('history-consent').check();
      const history = page.getByTestId('history');
      await expect.poll(() => history.getByRole('alert').textContent()).toContain('このブラウザではサイトのデータの保存が許可されていないため、記録を保存できていません');
      expect(await history.getByRole('alert').textContent()).toContain('「記録をファイルに保存」で、記録をファイルに残せます。');
      await expect.poll(() => page.getByTestId('history-list').locator('li').count()).toBe(1);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '記録をファイルに保存' }).click()]);
      const read = decodeHistoryFile(readFileSync((await download.path())!, 'utf8'));
      expect(read.ok && read.value.map((r) => r.faces.map((f) => f.score))).toEqual([instrument.dimensions.map((f) => scoreAt(BEFORE[f.id as keyof typeof BEFORE]))]);
    } finally {
      await close();
    }
  });
});
