import { describe, expect, inject, it } from 'vitest';
import { openPage, siteURL, useBrowser } from './support/browser';
import { builtHtml, missingTerms, pageText } from './support/site-pages';
import { ageBands, fudoGroups, penetrationSteps, talkSheets } from '../unit/support/data';
import { BOARD_REPORT_HEADINGS } from '@/lib/board-report';
import { AGE_BAND_LABELS, FUDO_GROUP_LABELS, FRAME_LABELS, OWNER_LABELS } from '@/schemas/vocabulary';

/** What a reader must find on each page of the practitioner's layer. */
const KEY_CONTENT: Record<string, string[]> = {
  'practice/employees/': ['自己診断', '受けるかどうかは自由', '評価に使われません', 'だれに相談すればよいか', 'キャリアシート'],
  'practice/roadmap/': ['役割分担', '最初の90日', '1年目の計画', 'しないこと', ...Object.values(OWNER_LABELS)],
  'practice/kpi/': ['到達率', 'リーチ不足群', '応募率', '部署の広がり', 'キャリア対話の実施率', '社内異動率（30代）', '離職率（30代）'],
  'practice/announce/': ['トップメッセージの骨子', '社内告知文の例', '任意であること', '評価に使わないこと'],
  'practice/faq/': ['C/Oを高めると、社員が辞めてしまうのではないか', '評価に使われるのか', '管理職の負担', '転職したい'],
  'practice/case/': ['架空', '経営視点', '組織視点', '個人視点', '組織のセルフチェック', 'チーム集計', 'C/O×事業貢献マトリクス'],
  'practice/career-sheet/': ['キャリアシート', ...Object.values(FRAME_LABELS)],
  'practice/trial-plan/': ['試行計画', '判断の基準', '始める前の数字', '職場への手当て', '振り返りの日'],
  'practice/board-report/': BOARD_REPORT_HEADINGS.map((h) => h.label),
  'practice/consent/': ['同意書', '人事評価、昇格、異動、選抜の判断には使いません', '削除'],
};

describe('the practitioner\'s layer as built', () => {
  it('shows each page\'s key content, and labels every page as this site\'s own model', () => {
    expect(missingTerms(KEY_CONTENT)).toEqual([]);
    const slugs = [...Object.keys(KEY_CONTENT), 'practice/talk-sheets-groups/', 'practice/talk-sheets-ages/'];
    expect(slugs.filter((s) => !builtHtml(`${inject('base')}${s}`).includes('data-own-model'))).toEqual([]);
  });

  it('names the 浸透ステップ in the plan from the data file, each linked to its section', () => {
    const html = builtHtml(`${inject('base')}practice/roadmap/`);
    for (const step of penetrationSteps()) {
      expect(html, step.id).toContain(`href="${inject('base')}co-keiei/steps/#${step.id}" data-step="${step.id}">段階${step.order}「${step.label}」</a>`);
    }
  });

  it('prints every question sheet from the data, with its group\'s unmet needs or its band\'s stagnation reasons', () => {
    const groups = fudoGroups();
    const bands = ageBands();
    for (const sheet of talkSheets()) {
      const text = pageText(sheet.fudoGroup ? 'practice/talk-sheets-groups/' : 'practice/talk-sheets-ages/');
      const title = sheet.fudoGroup ? `1on1質問シート：${FUDO_GROUP_LABELS[sheet.fudoGroup]}` : `キャリア面談シート：${AGE_BAND_LABELS[sheet.ageBand!]}`;
      expect(text, sheet.id).toContain(title);
      for (const q of sheet.questions) expect(text, sheet.id).toContain(q);
      const context = sheet.fudoGroup
        ? groups.find((g) => g.id === sheet.fudoGroup)!.unmetNeeds
        : bands.find((b) => b.id === sheet.ageBand)!.reasons.map((r) => r.label);
      for (const c of context) expect(text, sheet.id).toContain(c);
    }
  });
});

const browser = useBrowser();

/** Pages in a PDF Chromium wrote: one `/Type /Page` object per page (`/Pages` is the tree, not a page). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

describe('printing a template', () => {
  it('prints the three group sheets on three A4 pages, without the chapter text or the site chrome', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(siteURL('practice/talk-sheets-groups/'));
    await page.emulateMedia({ media: 'print' });
    const sheets = page.locator('.print-sheet');
    expect(await sheets.count()).toBe(3);
    for (const [i, group] of (['reach', 'grow', 'apply'] as const).entries()) {
      const sheet = sheets.nth(i);
      expect(await sheet.isVisible()).toBe(true);
      expect(await sheet.locator('h2').textContent()).toBe(`1on1質問シート：${FUDO_GROUP_LABELS[group]}`);
      expect(await sheet.locator('.talk-sheet-questions > li').count()).toBe(talkSheets().find((s) => s.fudoGroup === group)!.questions.length);
    }
    // The explanation, the page title and the site header are for the screen only.
    expect(await page.locator('h2#how-to-use').isVisible()).toBe(false);
    expect(await page.locator('[data-own-model]').first().isVisible()).toBe(false);
    expect(await page.locator('h1#_top').isVisible()).toBe(false);
    expect(await page.locator('.page > header').isVisible()).toBe(false);
    expect(await page.locator('nav[aria-label="メイン"]').first().isVisible()).toBe(false);

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // One sheet per page: a sheet that overflowed its page would add a page.
    expect(pdfPages(pdf)).toBe(3);
    // A4 is 595 × 842 points.
    const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);
    expect(errors).toEqual([]);
  });

  it.each(['practice/career-sheet/', 'practice/consent/', 'practice/trial-plan/', 'practice/board-report/'])('prints %s on one A4 page, the sheet only', async (slug) => {
    const { page } = await openPage(browser());
    await page.goto(siteURL(slug));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-sheet').isVisible()).toBe(true);
    expect(await page.locator('h2#next').isVisible()).toBe(false);
    expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
  });
});
