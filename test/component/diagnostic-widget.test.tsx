/**
 * The questionnaire flow as a reader meets it, rendered with Preact in a DOM (no build, no browser): the organisation
 * self-check, whose data and result view come from the same modules as on the site.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
const heading = () => document.querySelector('#page-heading')?.textContent ?? '';
/** A click, and the renders it leads to: the stores tell their listeners after the event, not during it. */
const click = async (el: Element | undefined) => {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
    await new Promise((r) => setTimeout(r, 0));
  });
};
/** Clicks the button of that name once it is there (a busy machine renders late). */
const press = async (name: string) => click(await vi.waitFor(() => button(name) ?? Promise.reject(new Error(`no button ${name}`)), { timeout: 10_000 }));
/** Waits until the page heading reads `text`. */
const headingIs = (text: string) => vi.waitFor(() => expect(heading()).toBe(text), { timeout: 10_000 });
/** Marks the n-th choice (1-based) of every question on the screen, as a reader would click each. */
const answerScreen = async (n: number) => {
  for (const fieldset of document.querySelectorAll('fieldset')) await click(fieldset.querySelectorAll('input[type="radio"]')[n - 1]);
};

let root: HTMLElement;
beforeEach(async () => {
  localStorage.clear();
  history.replaceState(null, '', '/tools/org-check/');
  vi.resetModules(); // a fresh store per test: the stores are per page load
  root = document.createElement('div');
  document.body.append(root);
  const { default: OrgCheck } = await import('@/islands/org-check/OrgCheck');
  await act(() => render(<OrgCheck base="/" />, root));
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('a diagnostic widget, clicked through without a browser', () => {
  it('goes screen by screen, keeps the answers, and shows the result with its actions when all are answered', async () => {
    const pages = Number(/^(\d+)ページ中/.exec(heading())?.[1]);
    expect(pages).toBeGreaterThan(1);
    for (let p = 1; p < pages; p++) {
      await answerScreen(3);
      await press('次へ');
      await headingIs(`${pages}ページ中 ${p + 1}ページ目`);
    }
    await answerScreen(3);
    await press('前へ');
    await headingIs(`${pages}ページ中 ${pages - 1}ページ目`);
    expect(document.querySelectorAll('input[type="radio"]:checked').length).toBe(document.querySelectorAll('fieldset').length);
    await press('次へ');
    await headingIs(`${pages}ページ中 ${pages}ページ目`);
    await press('結果を見る');
    await vi.waitFor(() => expect(button('JSONで保存')).toBeTruthy(), { timeout: 20_000 });
    expect(document.querySelector('form.questionnaire')).toBeNull();
  });

  it('will not show a result of part of the answers: it flags what is missing and goes back to it', async () => {
    const pages = Number(/^(\d+)ページ中/.exec(heading())?.[1]);
    for (let p = 1; p < pages; p++) {
      await press('次へ');
      await headingIs(`${pages}ページ中 ${p + 1}ページ目`);
    }
    await answerScreen(2);
    await press('結果を見る');
    expect(document.querySelector('[role="alert"]')?.textContent).toMatch(/まだ答えていない設問が \d+ 問あります/);
    await headingIs(`${pages}ページ中 1ページ目`);
    expect(document.querySelectorAll('fieldset.is-missing').length).toBe(document.querySelectorAll('fieldset').length);
    await answerScreen(1);
    expect(document.querySelectorAll('fieldset.is-missing')).toHaveLength(0);
  });

  it('asks before erasing, and starts over with nothing marked', async () => {
    await answerScreen(4);
    await press('最初からやり直す');
    await press('やめる');
    expect(document.querySelectorAll('input[type="radio"]:checked').length).toBeGreaterThan(0);
    await press('最初からやり直す');
    await press('回答を消してやり直す');
    expect(document.querySelectorAll('input[type="radio"]:checked')).toHaveLength(0);
    expect(document.querySelector('progress')?.getAttribute('value')).toBe('0');
  });

  it('shows a result link read-only, and explains in Japanese why a broken one cannot be shown', async () => {
    render(null, root);
    history.replaceState(null, '', '/tools/org-check/#r=broken');
    const { default: OrgCheck } = await import('@/islands/org-check/OrgCheck');
    await act(() => render(<OrgCheck base="/" />, root));
    expect(document.querySelector('[role="alert"]')?.textContent).toMatch(/^共有リンクを開けませんでした。/);
    expect(document.querySelector('form.questionnaire')).not.toBeNull();
  });
});
