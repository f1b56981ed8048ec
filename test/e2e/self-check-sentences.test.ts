import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import { optionsResolver } from '@/lib/self-check/engine';
import { encodeShareCode } from '@/lib/share-code';
import { selfCheckData } from '../unit/support/data';
import { answersForSums, sameAnswerEverywhere } from '../unit/support/self-check-answers';
import { axeViolations, describeViolations, openPage, siteURL, useBrowser } from './support/browser';

// The four kinds of contradiction, each opened as a shared result in Chromium: what the page says must
// agree with the numbers printed beside it.
const data = selfCheckData();
const browser = useBrowser();
/** Face scores as shown (6 items: score = (keyed sum − 6) / 24 · 100). */
const S = (scores: Record<string, number>, choices: Record<string, string[]>) =>
  answersForSums(data, Object.fromEntries(Object.entries(scores).map(([id, s]) => [id, Math.round((s * 24) / 100) + 6])), choices);

async function openResult(set: AnswerSet): Promise<{ page: Page; text: () => Promise<string>; errors: string[] }> {
  const { page, errors } = await openPage(browser());
  await page.goto(`${siteURL('tools/self-check/')}#r=${encodeShareCode('self-check', data.instrument, set, optionsResolver(data))}`);
  await page.locator('#result-heading').waitFor();
  await page.getByTestId('readings').waitFor();
  return { page, errors, text: async () => (await page.locator('.self-check').innerText()).replace(/\s+/g, '') };
}

describe('self-check result: sentences agree with the numbers beside them', () => {
  it('C/O人材 with つなぐ 21: no claim that the work is linked to this company, and the segment called this site’s own', async () => {
    const { page, text, errors } = await openResult(S({ mieru: 96, fuyasu: 96, tsunagu: 21, reach: 75 }, { age: ['middle'] }));
    expect(await page.getByTestId('segment').textContent()).toBe('C/O人材');
    expect(await page.locator('[data-band="low"]:not([data-testid^="glance-"])').innerText()).toContain('21点（低め）');
    const all = await text();
    expect(all).not.toContain('結びつけられている状態です');
    expect(all).toContain('低めの軸があります');
    expect(all).toContain('このサイトが独自に決めた目安で、ガイドブックの区分ではありません');
    expect(all).not.toContain('ガイドの区分');
    expect(describeViolations(await axeViolations(page))).toBe('');
    expect(errors).toEqual([]);
  });

  it('伸長層 with no low face: never 「低めの軸を1つ選んで」', async () => {
    const { page, text } = await openResult(S({ mieru: 75, fuyasu: 50, tsunagu: 75, reach: 75 }, { age: ['middle'] }));
    expect(await page.getByTestId('segment').textContent()).toBe('伸長層');
    expect(await page.locator('[data-band="low"]').count()).toBe(0);
    const all = await text();
    expect(all).not.toContain('低めの軸を1つ選んで');
    expect(all).toContain('低めの軸はありません');
  });

  it('a low face with no reason in the band’s table: says so plainly, never 「見当たりません」 or 「年代を選ぶと」', async () => {
    const { page, text } = await openResult(S({ mieru: 25, fuyasu: 75, tsunagu: 75, reach: 75 }, { age: ['middle'] }));
    expect(await page.locator('[data-band="low"]:not([data-testid^="glance-"])').innerText()).toContain('見える');
    const none = await page.getByTestId('reason-none').innerText();
    expect(none).toContain('「見える」が低めですが、この診断の中堅層の停滞理由の表には、その軸に対応する理由がありません');
    const all = await text();
    expect(all).not.toContain('見当たりません');
    expect(all).not.toContain('年代を選ぶと');
  });

  it('answer style flagged: the scores and how to answer again, nothing guessed from them', async () => {
    const { page, text, errors } = await openResult(sameAnswerEverywhere(data, 1, { age: ['senior'] }));
    await page.getByTestId('label-withheld').waitFor();
    expect(await page.getByTestId('label-withheld').innerText()).toContain('答え直してください');
    for (const id of ['segment', 'group', 'reason', 'reason-none', 'drivers', 'measures-self', 'measures-consult']) expect(await page.getByTestId(id).count(), id).toBe(0);
    expect(await page.locator('[data-testid^="score-"]').count()).toBeGreaterThan(0);
    const all = await text();
    expect(all).not.toContain('推測');
    expect(all).not.toContain('（低め）');
    expect(describeViolations(await axeViolations(page))).toBe('');
    expect(errors).toEqual([]);
  });

  it('a chosen reason with its face at 100 still lists its measures, and no one to consult means no consultation desk', async () => {
    const chosen = await openResult(S({ mieru: 75, fuyasu: 100, tsunagu: 50, reach: 75 }, { age: ['middle'], reason: ['middle-no-time'] }));
    const titles = await chosen.page.locator('[data-testid^="measures-"] .measure-title').allTextContents();
    const forReason = data.measures.filter((m) => m.reasons.includes('middle-no-time')).map((m) => m.title);
    expect(titles.some((t) => forReason.includes(t))).toBe(true);
    expect(await chosen.text()).not.toContain('ここには出していません');

    const set = S({ mieru: 50, fuyasu: 50, tsunagu: 50, reach: 25 }, { age: ['young'] });
    set.answers.r5 = 1;
    set.answers.r8 = 5;
    const noOne = await openResult(set);
    const self = await noOne.page.getByTestId('measures-self').locator('.measure-title').allTextContents();
    expect(self).toContain('話を聞いてもらえる人を一人探す');
    expect(self).not.toContain('相談窓口に15分の予定を入れる');
  });
});
