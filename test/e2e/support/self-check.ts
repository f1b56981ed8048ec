/** Driving the employee self-check as a reader does: by keyboard alone, or by mouse. Shared by its e2e files. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { selfCheckData } from '../../unit/support/data';

const data = selfCheckData();
const items = data.instrument.items;

/** Resolves once the self-check's island has hydrated. */
export const hydrated = (page: Page) => page.locator('astro-island[component-url*="SelfCheck"]:not([ssr])').waitFor({ state: 'attached' });

/** Answers giving each face the keyed level asked for: agreeing on normal items, disagreeing on reverse ones. */
export const answerFor = (levels: Record<string, number>) => (item: (typeof items)[number]) => (item.reverse ? 6 - levels[item.dimension]! : levels[item.dimension]!);

/** Answers the current screen's Likert items with the keyboard only: Tab into a group, Space, arrows. */
export async function answerScreenByKeyboard(page: Page, value: (id: string) => number) {
  const names = await page.locator('fieldset.likert').evaluateAll((fs) => fs.map((f) => f.id.replace(/^q-/, '')));
  for (const id of names) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(`q-${id}`);
    await page.keyboard.press('Space');
    for (let i = 1; i < value(id); i++) await page.keyboard.press('ArrowRight');
  }
}

/** Answers every Likert item with the mouse, moving through the screens, and goes on to the choices screen. */
export async function answerAllByClick(page: Page, value: (item: (typeof items)[number]) => number) {
  for (const item of items) {
    const on = page.locator(`input[name="q-${item.id}"][value="${value(item)}"]`);
    if (!(await on.isVisible())) await page.getByRole('button', { name: '次へ' }).click();
    await on.check();
  }
  await page.getByRole('button', { name: '次へ' }).click();
}

export async function pressButton(page: Page, name: string) {
  // Tab forward until the named button has focus, then press Enter: no mouse involved.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim());
    if (text === name) return page.keyboard.press('Enter');
  }
  throw new Error(`no button 「${name}」 reached by Tab`);
}

export async function answerAllByKeyboard(page: Page, levels: Record<string, number>, band: string) {
  const value = (id: string) => answerFor(levels)(items.find((i) => i.id === id)!);
  await page.locator('#page-heading').focus();
  const screens = Math.ceil(items.length / 6);
  for (let s = 0; s < screens; s++) {
    await answerScreenByKeyboard(page, value);
    await pressButton(page, '次へ');
    await page.getByRole('heading', { name: `${screens + 1}ページ中 ${s + 2}ページ目` }).waitFor();
    // Focus moves to the new screen's heading, so the next Tab reaches its first question.
    await page.waitForFunction(() => document.activeElement?.id === 'page-heading');
  }
  // Age band: Tab into the group, Space picks the focused option, arrows move until the wanted one is chosen.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  for (let i = 0; i < data.ageBands.length; i++) {
    if ((await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) === band) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect.poll(() => page.locator(`input[name="q-age"][value="${band}"]`).isChecked()).toBe(true);
  await page.keyboard.press('Tab'); // the optional reason group, left at 選ばない
  await pressButton(page, '結果を見る');
  await page
    .locator('#result-heading')
    .waitFor({ timeout: 5000 })
    .catch(async () => {
      throw new Error(`no result: ${(await page.getByRole('alert').allTextContents()).join(' / ')} ${await page.locator('.progress-text').textContent()}`);
    });
}
