import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { selfCheckData } from '../unit/support/data';
import { openPage, siteURL, useBrowser } from './support/browser';

const browser = useBrowser();
const items = selfCheckData().instrument.items;

/** Every saved answer set in this browser, by key: what starting over must not lose. */
const savedAnswers = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.entries(localStorage)
        .filter(([, v]) => v.includes('"answers"'))
        .map(([k, v]) => [k, (JSON.parse(v) as { answers: unknown }).answers]),
    ),
  );

describe('an island that throws', () => {
  it('shows a Japanese message instead of a broken tool, and starting over brings the tool back with its saved answers', async () => {
    const { page, context, errors } = await openPage(browser());
    // A fault the tool cannot foresee: the browser's focus() throws while the next screen is drawn.
    await page.addInitScript(() => {
      const focus = HTMLElement.prototype.focus;
      HTMLElement.prototype.focus = function (this: HTMLElement, ...args: Parameters<HTMLElement['focus']>) {
        if ((window as unknown as { __breakFocus?: boolean }).__breakFocus) throw new Error('focus failed (test fault)');
        return focus.apply(this, args);
      };
    });
    await page.goto(siteURL('tools/self-check/'));
    await page.locator('astro-island[component-url*="SelfCheck"]:not([ssr])').waitFor({ state: 'attached' });
    const firstScreen = items.slice(0, await page.locator('fieldset.likert').count());
    expect(firstScreen.length).toBeGreaterThan(0);
    for (const item of firstScreen) await page.locator(`input[name="q-${item.id}"][value="4"]`).check();
    await expect.poll(async () => Object.values(await savedAnswers(page)).length).toBe(1);
    const saved = await savedAnswers(page);

    await page.evaluate(() => ((window as unknown as { __breakFocus: boolean }).__breakFocus = true));
    await page.getByRole('button', { name: '次へ' }).click();
    const message = page.locator('[data-island-error]');
    await message.waitFor();
    expect(await message.getAttribute('role')).toBe('alert');
    expect(await message.textContent()).toContain('自己診断の表示中に問題が起きたため、自己診断を止めました。このブラウザに保存した回答や入力は消えていません。');
    // The half-drawn tool is gone; the rest of the page is still there.
    expect(await page.locator('fieldset.likert').count()).toBe(0);
    expect(await page.locator('h1').first().isVisible()).toBe(true);
    expect(await savedAnswers(page)).toEqual(saved);

    await page.evaluate(() => ((window as unknown as { __breakFocus: boolean }).__breakFocus = false));
    await page.getByRole('button', { name: '最初からやり直す' }).click();
    await message.waitFor({ state: 'detached' });
    await page.locator('#page-heading').waitFor();
    expect(await savedAnswers(page)).toEqual(saved);
    // Back on the first screen, every answer given there is still checked.
    if (!(await page.locator(`input[name="q-${firstScreen[0]!.id}"]`).isVisible())) await page.getByRole('button', { name: '前へ' }).click();
    for (const item of firstScreen) expect(await page.locator(`input[name="q-${item.id}"][value="4"]`).isChecked()).toBe(true);
    // The only error is the one the test caused, logged for whoever looks into it.
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((e) => !e.includes('focus failed (test fault)'))).toEqual([]);
    await context.close();
  });
});
