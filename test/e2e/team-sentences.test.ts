import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { optionsResolver } from '@/lib/self-check/engine';
import { encodeShareCode } from '@/lib/share-code';
import { orgCheckData, selfCheckData } from '../unit/support/data';
import { answersForLevels } from '../unit/support/self-check-answers';
import { siteURL, useBrowser } from './support/browser';
import { openTeam } from './support/team-page';

const data = selfCheckData();
const org = orgCheckData();
const resolve = optionsResolver(data);
const browser = useBrowser();
const BANDS = ['young', 'middle', 'senior'];
/**
 * The share link of a person with every face at `level` (1…5); the i-th such person differs in age band and by up
 * to two answers on 増やす (toward the middle), so that no two links are the same result.
 */
const linkAt = (level: number, i: number) => {
  const set = answersForLevels(data, Object.fromEntries(data.instrument.dimensions.map((d) => [d.id, level])), { age: [BANDS[i % 3]!] });
  const shift = Math.floor(i / 3) % 3;
  data.instrument.items
    .filter((it) => it.dimension === 'fuyasu' && !it.reverse)
    .slice(0, shift)
    .forEach((it) => (set.answers[it.id] = level < 3 ? level + 1 : level - 1));
  return `${siteURL('tools/self-check/')}#r=${encodeShareCode('self-check', data.instrument, set, resolve)}`;
};
const orgLink = () => {
  const set = { instrument: 'org-check', version: org.instrument.version, answers: Object.fromEntries(org.instrument.items.map((i) => [i.id, i.reverse ? 1 : 5])), choices: {} };
  return `${siteURL('tools/org-check/')}#r=${encodeShareCode('org-check', org.instrument, set, () => [])}`;
};
const numbers = (text: string) => [...text.replace(/−/g, '-').matchAll(/[+-]?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
const rowsOf = (page: Page, testId: string) => page.getByTestId(testId).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));

async function pool(page: Page, links: string[]) {
  await page.locator('#team-paste').fill(links.join('\n'));
  await page.getByRole('button', { name: '集計する' }).click();
  await expect.poll(() => page.getByTestId('team-count').textContent()).toContain(`${links.length}件を集計しました`);
}

/** The gap view beside the organisation at 100 on every axis: each row's words agree with its shown gap. */
async function checkGap(page: Page) {
  await page.locator('#team-gap-input').fill(orgLink());
  await page.getByRole('button', { name: '並べて見る' }).click();
  await page.getByTestId('team-gap-table').waitFor();
  return rowsOf(page, 'team-gap-table');
}

describe('team result sentences', () => {
  it('12 people: the summary names 不動層 with the count its table shows, no group (hidden); gap, α and round changes read as shown', async () => {
    const { page, errors } = await openTeam(browser());
    await pool(page, [...Array.from({ length: 7 }, (_, i) => linkAt(1, i)), ...Array.from({ length: 5 }, (_, i) => linkAt(5, i))]);
    const summary = (await page.getByTestId('team-summary').locator('p').allTextContents()).join('\n');
    const segments = await rowsOf(page, 'team-segments');
    const total = Object.fromEntries(segments.map((r) => [r[0]!, r[1]!]));
    // The table's 全体 column shows 不動層 as the largest count; the summary names it with that count and share.
    expect(total['不動層']).toMatch(/^7人/);
    const [count, share] = numbers(total['不動層']!);
    expect(summary).toContain(`「不動層」がいちばん多く、${count}人（${share}%）です。`);
    for (const r of segments) if (/^\d+人/.test(r[1]!)) expect(numbers(r[1]!)[0]).toBeLessThanOrEqual(count!);
    // Every 不動層 is in one group: the group counts are hidden, and the summary names no group and says why.
    const groups = await rowsOf(page, 'team-groups');
    for (const r of groups) expect(r[1]).toMatch(/表示しません/);
    for (const r of groups) expect(summary).not.toContain(`「${r[0]}」`);
    expect(summary).toContain('この要約では隠した数字に触れていません');
    // Below the reach limit: the 7 with every face low.
    expect(summary).toMatch(/会社の施策が届いていないとみられる人は7人（58%）です。/);

    // α: fewer than 30 people, so no table and the count as shown.
    expect(await page.getByTestId('team-alpha').textContent()).toContain('いまは12人');
    expect(await page.getByTestId('team-alpha-reading').count()).toBe(0);

    // Gap: every pair's direction is the one its shown gap gives, with that pair's words.
    const gap = await checkGap(page);
    for (const r of gap) {
      const g = numbers(r[3]!)[0]!;
      expect(Math.abs(g - (Number(r[1]) - Number(r[2])))).toBeLessThanOrEqual(0.1 + 1e-9);
      expect(r[3]).toContain(g >= 15 ? '（組織のほうが高い）' : g <= -15 ? '（社員のほうが高い）' : '（差は小さい）');
    }
    expect(gap[0]![4]).toMatch(/^社員の実感は、会社の見立てほど高くありません。/);

    // The previous round's file: each change reads as its shown interval gives it, and a change not shown reads so.
    await page.locator('#team-round-file').setInputFiles({ name: 'prev.json', mimeType: 'application/json', buffer: readFileSync('test/fixtures/team-round-previous.json') });
    await page.getByTestId('round-status').waitFor();
    let rows = 0;
    let withInterval = 0;
    for (const id of ['reach', 'segments', 'groups', 'faces', 'alpha']) {
      for (const r of await rowsOf(page, `round-${id}`)) {
        rows++;
        if (/95%区間/.test(r[3]!)) withInterval++;
        const [change, low, high] = numbers(r[3]!.replace('95%', ''));
        const reading = r[4]!;
        if (r[3] === '—') expect(reading).toBe('どちらかの回に数字がないため、比べません。');
        else if (low === undefined) expect(reading).toBe('区間を計算できないため、増減は読み取りません。');
        else if (low > 0) expect(reading).toMatch(/^前回より(増えて|上がって)います/);
        else if (high! < 0) expect(reading).toMatch(/^前回より(減って|下がって)います/);
        else expect(reading).toBe('95%区間が0を含むため、偶然の揺れと区別できません。');
        expect(change === undefined || Number.isFinite(change)).toBe(true);
      }
    }
    expect(rows).toBeGreaterThan(10);
    expect(withInterval).toBeGreaterThan(3);
    expect(errors).toEqual([]);
  });

  it('4 people: nothing in the summary but that figures are hidden, and the people’s means hidden in the gap view with no reading', async () => {
    const { page, errors } = await openTeam(browser());
    await pool(page, [linkAt(1, 0), linkAt(2, 1), linkAt(4, 2), linkAt(5, 0)]);
    const summary = await page.getByTestId('team-summary').locator('p').allTextContents();
    expect(summary).toEqual(['少人数の集まりを守るため「全体」の数字の一部を隠しており、この要約では隠した数字に触れていません。']);
    const gap = await checkGap(page);
    expect(await page.getByTestId('team-gap').locator('.widget-warning').allTextContents()).toEqual(['社員の回答が5人未満のため、社員の平均点は表示しません。']);
    for (const r of gap) {
      expect(r[2]).toBe('5人未満のため表示しません');
      expect(r[3]).not.toMatch(/高い|小さい/);
      expect(r[4]).toBe(' 読む章へ');
    }

    expect(errors).toEqual([]);
  });
});
