import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, openPage, siteURL, useBrowser } from './support/browser';
import { builtHtml, builtPages, missingTerms } from './support/site-pages';
import { measures } from '../unit/support/data';
import { inject } from 'vitest';

/** Every framework term the seed names, and the page where a reader must find it. */
const TERMS: Record<string, string[]> = {
  'co-keiei/definition/': ['キャリアオーナーシップ', '我が国産業における人材力強化に向けた研究会', '人材版伊藤レポート', 'C/O経営'],
  'co-keiei/purpose/': ['経営インフラ', '啓発'],
  'co-keiei/frame/': ['見える', '増やす', 'つなぐ', '相互副業'],
  'co-keiei/approaches/': ['経営視点', '組織視点', '個人視点'],
  'co-keiei/steps/': ['浸透ステップ', 'このサイトが独自に組み立てた'],
  'keiei/matrix/': ['C/O体現度', '事業貢献', '象限'],
  'keiei/thirties/': ['30代', '大局'],
  'soshiki/fudo/': ['不動層', 'リーチ不足群', '伸ばせていない群', '自社での発揮を描けない群'],
  'soshiki/groups/': ['リーチ不足群', '伸ばせていない群', '自社での発揮を描けない群', '満たされていないニーズ', '上司が気づける兆し', '1on1'],
  'soshiki/cycle/': ['知る', '気づく', '拡げる'],
  'kojin/age-bands/': ['若年層', '20代〜30代前半', '中堅層', '30代後半〜40代', 'シニア層', '50代以上', '停滞理由'],
  'kojin/measures/': ['知る', '理解を深める', 'さらに理解を深める', '実践を支援する', '社内公募'],
  'glossary/': ['不動層', 'C/O人材', '体現度'],
  'sources/': ['キャリアオーナーシップとはたらく未来コンソーシアム', '2018年', '2020年'],
};

const browser = useBrowser();

// A line break inside Japanese prose (an MDX soft break, a folded YAML string) shows as a stray space in
// Chromium; so does a space left after 、 or 。 by YAML folding.
const JA = '[\\u3005\\u3040-\\u30ff\\u4e00-\\u9fff\\uff01-\\uff5e\\u3001-\\u3003\\u300c-\\u3011]';
const STRAY_BREAK = new RegExp(`${JA}(?:\\n\\s*|(?<=[、。]) +)${JA}`, 'g');

describe('the guide as built', () => {
  it('names every framework term of the seed on the page where it belongs', () => {
    expect(missingTerms(TERMS)).toEqual([]);
  });

  it('keeps Japanese sentences whole on every page: no line break or stray space inside them', () => {
    const found = builtPages().flatMap((path) =>
      [...builtHtml(path).matchAll(/>([^<]+)</g)].flatMap(([, text]) =>
        [...text!.matchAll(STRAY_BREAK)].map((m) => `${path}: …${text!.slice(Math.max(0, m.index - 12), m.index + 12).replace(/\n/g, '⏎')}…`),
      ),
    );
    expect(found).toEqual([]);
  });

  it('renders every Markdown emphasis: no page shows a literal ** (bold that ends on 。 before more text is not read as bold)', () => {
    const found = builtPages().flatMap((path) => {
      const text = builtHtml(path).replace(/<(pre|code|script|style)\b[\s\S]*?<\/\1>/g, '');
      return [...text.matchAll(/>([^<]*\*\*[^<]*)</g)].map(([, t]) => `${path}: ${t!.trim().slice(0, 60)}`);
    });
    expect(found).toEqual([]);
  });

  it('shows every measure of the catalogue in the measures table, linked to a heading that exists', () => {
    const html = builtHtml(`${inject('base')}kojin/measures/`);
    for (const m of measures().filter((x) => x.ageBands.length)) expect(html, m.id).toContain(m.title);
  });

  it('filters the measures table by age band, reason and step with the keyboard, and keeps the filter in the URL', async () => {
    const { page, offsite, errors } = await openPage(browser());
    await page.goto(siteURL('kojin/measures/'));
    await page.locator('.measure-table').scrollIntoViewIfNeeded();
    await page.locator('.measure-table[data-enhanced]').waitFor({ state: 'attached' });
    const count = () => page.locator('.measure-table tbody tr').count();
    const all = await count();
    expect(all).toBe(measures().filter((m) => m.ageBands.length).length);

    const band = page.getByLabel('年代', { exact: true });
    await band.focus();
    await band.selectOption('senior');
    await expect.poll(count).toBeLessThan(all);
    const senior = await count();
    await expect.poll(() => page.locator('.measure-count').textContent()).toContain(`${senior}件`);
    const reason = page.getByLabel('停滞理由', { exact: true });
    expect(await reason.locator('option').allTextContents()).toEqual(['すべて', '役割の変化にとまどう', '経験と求められる技能がずれる', 'これからの働き方が描けない']);
    await reason.selectOption('senior-no-next');
    await page.getByLabel('ステップ', { exact: true }).selectOption('practice');
    await expect.poll(count).toBe(measures().filter((m) => m.ageBands.includes('senior') && m.reasons.includes('senior-no-next') && m.step === 'practice').length);
    expect(new URL(page.url()).search).toBe('?band=senior&reason=senior-no-next&step=practice');

    // A colleague opens the same link and sees the same rows.
    const other = await openPage(browser());
    await other.page.goto(page.url());
    await other.page.locator('.measure-table').scrollIntoViewIfNeeded();
    await other.page.locator('.measure-table[data-enhanced]').waitFor({ state: 'attached' });
    await expect.poll(() => other.page.locator('.measure-table tbody tr').count()).toBe(await count());
    await expect.poll(() => other.page.getByLabel('年代', { exact: true }).inputValue()).toBe('senior');
    await other.context.close();

    await page.getByRole('button', { name: '絞り込みを解除' }).click();
    await expect.poll(count).toBe(all);
    expect(describeViolations(await axeViolations(page))).toBe('');
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('gives chapter headings anchors that HR can copy and open directly', async () => {
    const { page } = await openPage(browser());
    await page.goto(siteURL('soshiki/groups/#apply'));
    const heading = page.locator('h2#apply');
    await expect.poll(() => heading.textContent()).toContain('自社での発揮を描けない群');
    const anchor = page.locator('a[href="#apply"]').first();
    expect(await anchor.count()).toBe(1);
    // The section is scrolled into view.
    expect(await heading.evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(400);
  });
});
