import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { optionsResolver } from '@/lib/self-check/engine';
import { encodeShareCode } from '@/lib/share-code';
import { selfCheckData } from '../unit/support/data';
import { axeViolations, describeViolations, openPage, siteURL, useBrowser } from './support/browser';
import { answerAllByClick, answerAllByKeyboard, answerFor, hydrated } from './support/self-check';

const data = selfCheckData();
const items = data.instrument.items;
const PAGE = 'tools/self-check/';

const browser = useBrowser();

// Strong on 見える/増やす, cannot picture using it here, measures reach: 体現度 (100+100+0)/3 ≈ 67 → 伸長層, group つなぐ.
const LEVELS = { mieru: 5, fuyasu: 5, tsunagu: 1, reach: 4 };

/** Whether a script the page requested (a built file under the base) holds the text. */
const scriptHolds = (url: string, text: string) => {
  const path = new URL(url).pathname;
  return path.endsWith('.js') && readFileSync(join(inject('distDir'), path.slice(inject('base').length)), 'utf8').includes(text);
};

describe('employee self-check', () => {
  it('is answered to its result by keyboard alone, loads the chart and the measures only then, and passes axe on both views', async () => {
    const { page, offsite, errors } = await openPage(browser());
    const chartRequests: string[] = [];
    const measureRequests: string[] = [];
    page.on('request', (r) => {
      // chart.js ends up with the radar module that alone imports it (_astro/radar.*.js), or in its own chunk
      // (_astro/chart.*.js) if another module imports it too.
      if (/\/_astro\/(chart|radar)\.[^/]+\.js$/.test(r.url())) chartRequests.push(r.url());
      // The measures catalogue is for the result only: it comes with the result's code.
      if (r.resourceType() === 'script' && scriptHolds(r.url(), data.measures[0]!.title)) measureRequests.push(r.url());
    });
    await page.goto(siteURL(PAGE));
    await hydrated(page);
    expect(describeViolations(await axeViolations(page))).toBe('');
    expect(chartRequests).toEqual([]);
    expect(measureRequests).toEqual([]);

    await answerAllByKeyboard(page, LEVELS, 'middle');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-heading');
    await expect.poll(() => page.getByTestId('segment').textContent()).toBe('伸長層');
    await expect.poll(() => page.getByTestId('group').textContent()).toBe('自社での発揮を描けない群');
    await expect.poll(() => page.getByTestId('score-tsunagu').textContent()).toBe('0');
    await expect.poll(() => page.getByTestId('reason').textContent()).toBe('社内での次の一手が描けない');
    // Person first: the four faces and their plain reading come before any segment name.
    const order = await page.locator('[data-testid="readings"], [data-testid="segment"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(order).toEqual(['readings', 'segment']);
    expect(await page.getByTestId('readings').locator('li').count()).toBe(4);
    // Strong faces get no measure; the two lists hold what the person can do and what to ask for.
    expect(await page.getByTestId('measures-self').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('measures-consult').locator('li').count()).toBeGreaterThan(0);
    expect(measureRequests).toHaveLength(1);
    // Measures link to the chapter sections that explain them, under the base path.
    const hrefs = await page.locator('[data-testid^="measures-"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^\/hr\/co-guide\/[a-z-]+\/[a-z-]+\/#[a-z-]+$/);
    await page.locator('.radar-chart canvas').waitFor();
    expect(chartRequests.length).toBeGreaterThan(0);
    expect(describeViolations(await axeViolations(page))).toBe('');
    // The result also reads in dark mode.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await page.locator('#result-heading').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(describeViolations(await axeViolations(page))).toBe('');
    await page.emulateMedia({ colorScheme: 'light' });
    // Printed, the result keeps its content and drops buttons and site chrome.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#result-heading').isVisible()).toBe(true);
    expect(await page.getByTestId('measures-self').isVisible()).toBe(true);
    expect(await page.locator('.score-table').isVisible()).toBe(true);
    expect(await page.locator('.result-actions').isVisible()).toBe(false);
    expect(await page.locator('nav[aria-label="メイン"]').isVisible()).toBe(false);
    expect((await page.pdf({ format: 'A4' })).subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('fetches the result code (view, share, export, chart) only from the last screen on, and says so when it cannot load', async () => {
    const { page, context } = await openPage(browser());
    // Chunks named after the modules only a result needs (rolldown names a chunk after its entry module).
    const resultCode: string[] = [];
    page.on('request', (r) => {
      if (/\/_astro\/(result-parts|ResultActions|ShareLink|ScorePanel|export|radar|chart)\.[^/]+\.js$/.test(r.url())) resultCode.push(r.url());
    });
    await page.goto(siteURL(PAGE));
    await hydrated(page);
    const value = answerFor(LEVELS);
    for (const item of items) {
      const on = page.locator(`input[name="q-${item.id}"][value="${value(item)}"]`);
      if (!(await on.isVisible())) await page.getByRole('button', { name: '次へ' }).click();
      await on.check();
    }
    await expect.poll(() => page.locator('.progress-text').textContent()).toContain(`${items.length}問に回答済み`);
    expect(resultCode).toEqual([]);
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByRole('button', { name: '結果を見る' }).waitFor();
    // On the last screen, while the age band is still to choose, the result's code is already on its way.
    await expect.poll(() => resultCode.some((u) => /\/result-parts\./.test(u))).toBe(true);
    await expect.poll(() => resultCode.some((u) => /\/(radar|chart)\./.test(u))).toBe(true);
    await page.locator('input[name="q-age"][value="middle"]').check();
    await context.close();

    // The same answers where the result's code cannot be fetched (a dropped connection): a plain message, and the
    // answers stay, so a reload with the connection back shows the result.
    const cut = await openPage(browser());
    await cut.page.route(/\/_astro\/result-parts\.[^/]+\.js$/, (route) => route.abort());
    await cut.page.goto(siteURL(PAGE));
    await hydrated(cut.page);
    for (const item of items) {
      const on = cut.page.locator(`input[name="q-${item.id}"][value="${value(item)}"]`);
      if (!(await on.isVisible())) await cut.page.getByRole('button', { name: '次へ' }).click();
      await on.check();
    }
    await cut.page.getByRole('button', { name: '次へ' }).click();
    await cut.page.locator('input[name="q-age"][value="middle"]').check();
    await cut.page.getByRole('button', { name: '結果を見る' }).click();
    await expect.poll(() => cut.page.getByRole('alert').first().textContent()).toContain('結果の表示に必要なファイルを読み込めませんでした');
    await cut.page.unroute(/\/_astro\/result-parts\.[^/]+\.js$/);
    await cut.page.reload();
    await hydrated(cut.page);
    await expect.poll(() => cut.page.getByTestId('segment').textContent()).toBe('伸長層');
    expect(cut.offsite).toEqual([]);
    await cut.context.close();
  });

  it('resumes after a reload mid-way and clears everything on start over', async () => {
    const { page } = await openPage(browser());
    await page.goto(siteURL(PAGE));
    await hydrated(page);
    const first = items.slice(0, 6);
    for (const item of first) await page.locator(`input[name="q-${item.id}"][value="2"]`).check();
    await page.getByRole('button', { name: '次へ' }).click();
    await page.locator(`input[name="q-${items[6]!.id}"][value="5"]`).check();
    await page.reload();
    await hydrated(page);
    await page.getByRole('heading', { name: /^\d+ページ中 2ページ目$/ }).waitFor();
    await expect.poll(() => page.locator(`input[name="q-${items[6]!.id}"][value="5"]`).isChecked()).toBe(true);
    await expect.poll(() => page.locator('.progress-text').textContent()).toContain('7問に回答済み');

    await page.getByRole('button', { name: '最初からやり直す' }).click();
    await page.getByRole('button', { name: '回答を消してやり直す' }).click();
    await page.getByRole('heading', { name: /^\d+ページ中 1ページ目$/ }).waitFor();
    expect(await page.locator(`input[name="q-${items[0]!.id}"]:checked`).count()).toBe(0);
    await page.reload();
    await hydrated(page);
    await expect.poll(() => page.locator('.progress-text').textContent()).toContain('0問に回答済み');
  });

  it('shows on a phone’s first screen the first question with its first choices, and above it that answers stay in the browser', async () => {
    // The phone the other tests use, and the one of Lighthouse's mobile preset and the bench's phone profile.
    for (const viewport of [{ width: 390, height: 844 }, { width: 412, height: 823 }]) {
      const { page, context, errors } = await openPage(browser(), { viewport });
      await page.goto(siteURL(PAGE));
      const first = page.locator('.questionnaire fieldset').first();
      const promise = page.locator('.sl-markdown-content > p', { hasText: 'どこにも送りません' });
      const [legend, second, note] = await Promise.all([first.locator('legend').boundingBox(), first.locator('label').nth(1).boundingBox(), promise.boundingBox()]);
      const at = `${viewport.width}×${viewport.height}`;
      expect(await page.evaluate(() => scrollY)).toBe(0);
      expect(legend!.y + legend!.height, `${at}: the first question`).toBeLessThanOrEqual(viewport.height);
      expect(second!.y + second!.height, `${at}: its first two choices`).toBeLessThanOrEqual(viewport.height);
      expect(note!.y + note!.height, `${at}: the privacy sentence comes before the questions`).toBeLessThanOrEqual(legend!.y);
      expect(await promise.getByRole('link').getAttribute('href')).toBe('#privacy');
      await context.close();
      expect(errors).toEqual([]);
    }
  });

  it('keeps answers marked on the first screen before its script has started (a slow phone shows the questions first)', async () => {
    const { page, context, errors } = await openPage(browser());
    // The widget's code is held back until two questions are answered: the page as a slow connection shows it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/SelfCheck\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(siteURL(PAGE), { waitUntil: 'commit' });
    await page.locator(`input[name="q-${items[0]!.id}"][value="4"]`).check();
    await page.locator(`input[name="q-${items[1]!.id}"][value="2"]`).check();
    expect(await page.locator('astro-island[component-url*="SelfCheck"][ssr]').count(), 'answered before the widget started').toBe(1);
    release();
    await hydrated(page);
    await expect.poll(() => page.locator('.progress-text').textContent()).toContain(' 2問に回答済み');
    expect(await page.locator(`input[name="q-${items[0]!.id}"][value="4"]`).isChecked()).toBe(true);
    expect(await page.locator(`input[name="q-${items[1]!.id}"][value="2"]`).isChecked()).toBe(true);
    // Kept like any answer: still there after a reload.
    await page.reload();
    await hydrated(page);
    await expect.poll(() => page.locator(`input[name="q-${items[1]!.id}"][value="2"]`).isChecked()).toBe(true);
    await expect.poll(() => page.locator('.progress-text').textContent()).toContain(' 2問に回答済み');
    await context.close();
    expect(errors).toEqual([]);
  });

  it('shares a result by link, exports it as JSON and CSV, and marks unanswered questions', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(siteURL(PAGE));
    await hydrated(page);
    // Trying to finish early points at what is missing.
    for (let s = 0; s < 4; s++) await page.getByRole('button', { name: '次へ' }).click();
    await page.getByRole('button', { name: '結果を見る' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('まだ答えていない設問が 25 問');
    await page.getByRole('heading', { name: /^\d+ページ中 1ページ目$/ }).waitFor();

    await answerAllByClick(page, answerFor({ mieru: 1, fuyasu: 1, tsunagu: 1, reach: 1 }));
    // Age bands in the guide's order (young → senior), as written in age-bands.yaml.
    await expect.poll(() => page.locator('input[name="q-age"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(data.ageBands.map((b) => b.id));
    expect(data.ageBands.map((b) => b.id)).toEqual(['young', 'middle', 'senior']);
    await page.locator('input[name="q-age"][value="senior"]').check();
    await page.locator('input[name="q-reason"][value="senior-skill-gap"]').check();
    await page.getByRole('button', { name: '結果を見る' }).click();
    await expect.poll(() => page.getByTestId('segment').textContent()).toBe('不動層');
    await expect.poll(() => page.getByTestId('group').textContent()).toBe('リーチ不足群');
    // Nothing reaches this person: no sentence may say that it does.
    expect(await page.locator('.result').textContent()).not.toMatch(/届いていますが|施策は届いている/);

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSONで保存', exact: true }).click()]);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(exported).toMatchObject({ format: 'co-guide/self-check-result', instrument: 'self-check', version: data.instrument.version, choices: { age: ['senior'], reason: ['senior-skill-gap'] }, result: { segment: 'fudo', group: 'reach' } });
    expect(Object.keys(exported.answers)).toHaveLength(items.length);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVで保存', exact: true }).click()]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText).toContain('結果,区分,不動層');
    expect(csvText).toContain('停滞理由,経験と求められる技能がずれる');

    await page.getByRole('button', { name: '共有リンクを作る' }).click();
    const link = await page.locator('#share-url').inputValue();
    expect(link).toMatch(new RegExp(`/hr/co-guide/tools/self-check/#r=self-check\\.${data.instrument.version}\\.`));
    await expect.poll(() => page.locator('.widget-warning').textContent()).toContain('回答がそのまま入っています');
    await context.close();

    // Someone else opens the link: the result shows, and their own (empty) answers are untouched.
    const other = await openPage(browser());
    await other.page.goto(link);
    await hydrated(other.page);
    await expect.poll(() => other.page.getByTestId('segment').textContent()).toBe('不動層');
    await expect.poll(() => other.page.getByTestId('reason').textContent()).toBe('経験と求められる技能がずれる');
    expect(describeViolations(await axeViolations(other.page))).toBe('');
    await other.page.getByRole('button', { name: '自分で回答する' }).click();
    await other.page.getByRole('heading', { name: /^\d+ページ中 1ページ目$/ }).waitFor();
    expect(other.offsite).toEqual([]);
    await other.context.close();
  });

  it('goes on with answers carried over from an embed: takes them, or asks when others are saved here, and explains a broken one', async () => {
    const carry = (answers: Record<string, number>) => `#a=${encodeShareCode('self-check', data.instrument, { instrument: 'self-check', version: data.instrument.version, answers, choices: {} }, optionsResolver(data))}`;
    const seven = Object.fromEntries(items.slice(0, 7).map((i) => [i.id, 3]));
    const { page, context, errors } = await openPage(browser());
    // Nothing saved here: taken in at once, on the screen of the first unanswered question, and gone from the address.
    await page.goto(siteURL(PAGE) + carry(seven));
    await hydrated(page);
    await expect.poll(() => page.getByTestId('carried-answers').textContent()).toContain('埋め込みで答えた回答（7問）を引き継ぎました');
    await page.getByRole('heading', { name: /^\d+ページ中 2ページ目$/ }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await expect.poll(() => page.locator(`input[name="q-${items[6]!.id}"][value="3"]`).isChecked()).toBe(true);
    await page.reload();
    await hydrated(page);
    await expect.poll(() => page.locator('.progress-text').textContent()).toContain(' 7問に回答済み');
    expect(await page.getByTestId('carried-answers').count()).toBe(0);

    // Seven answers saved here, two carried: the reader chooses, and nothing changes until then.
    await page.goto(siteURL(PAGE) + carry({ [items[0]!.id]: 5, [items[1]!.id]: 5 }));
    await hydrated(page);
    const ask = page.getByTestId('carried-answers');
    await expect.poll(() => ask.textContent()).toContain('埋め込みで答えた回答（2問）を引き継ぎました。このブラウザには、前に保存した回答（7問）もあります');
    expect(await page.locator('.progress-text').textContent()).toContain(' 7問に回答済み');
    await ask.getByRole('button', { name: '前に保存した回答で続ける' }).click();
    await expect.poll(() => ask.count()).toBe(0);
    expect(await page.locator('.progress-text').textContent()).toContain(' 7問に回答済み');
    await page.goto(siteURL(PAGE) + carry({ [items[0]!.id]: 5, [items[1]!.id]: 5 }));
    await hydrated(page);
    await ask.getByRole('button', { name: '埋め込みで答えた回答を使って続ける' }).click();
    await expect.poll(() => page.locator('.progress-text').textContent()).toContain(' 2問に回答済み');
    await page.getByRole('heading', { name: /^\d+ページ中 1ページ目$/ }).waitFor();
    expect(await page.locator(`input[name="q-${items[0]!.id}"][value="5"]`).isChecked()).toBe(true);

    // A cut or edited code: said plainly, and the saved answers stay as they were.
    await page.goto(siteURL(PAGE) + carry(seven).slice(0, -3));
    await hydrated(page);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('引き継いだ回答を読み取れませんでした');
    expect(await page.locator('.progress-text').textContent()).toContain(' 2問に回答済み');
    expect(describeViolations(await axeViolations(page))).toBe('');
    await context.close();
    expect(errors).toEqual([]);
  });

  it('explains a tampered, truncated or old-version link and a broken saved answer set without crashing', async () => {
    const resolve = optionsResolver(data);
    const good = encodeShareCode('self-check', data.instrument, { instrument: 'self-check', version: data.instrument.version, answers: { m1: 5 }, choices: { age: ['young'] } }, resolve);
    // A link made with the first version of the questions, before the items were rebalanced.
    const old = encodeShareCode('self-check', { ...data.instrument, version: 1 }, { instrument: 'self-check', version: 1, answers: {}, choices: {} }, resolve);
    const cases: [string, string][] = [
      [good.replace('.5', '.4'), '壊れているか、書き換えられています'],
      [good.slice(0, 20), 'リンクが途中で切れていないか'],
      [old, '古い版'],
      ['%E0%A4%A', '形が正しくありません'],
    ];
    const { page, errors } = await openPage(browser());
    for (const [code, message] of cases) {
      await page.goto(`${siteURL(PAGE)}#r=${code}`);
      await hydrated(page);
      await expect.poll(() => page.getByRole('alert').first().textContent()).toContain(message);
      // The questionnaire is still there to use.
      await page.locator('#page-heading').waitFor();
      await page.goto('about:blank');
    }
    expect(errors).toEqual([]);

    const broken = await openPage(browser());
    await broken.context.addInitScript((v) => localStorage.setItem(`co-guide:self-check:v${v}`, `{"instrument":"self-check","version":${v},"answers":{"zz":9}}`), data.instrument.version);
    await broken.page.goto(siteURL(PAGE));
    await hydrated(broken.page);
    await expect.poll(() => broken.page.getByRole('alert').first().textContent()).toContain('保存されていた回答を使えませんでした');
    await broken.page.locator(`input[name="q-${items[0]!.id}"][value="3"]`).check();
    await expect.poll(() => broken.page.locator('.progress-text').textContent()).toContain('1問に回答済み');
    expect(broken.errors).toEqual([]);
  });

  it('says so plainly when every answer is the same, shows the profile, and holds the label back', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(siteURL(PAGE));
    await hydrated(page);
    await answerAllByClick(page, () => 5);
    await page.locator('input[name="q-age"][value="young"]').check();
    await page.getByRole('button', { name: '結果を見る' }).click();
    await expect.poll(() => page.getByTestId('answer-style').textContent()).toContain(`${items.length}問のうち${items.length}問に、同じ「そう思う」と答えています`);
    await page.getByTestId('label-withheld').waitFor();
    expect(await page.getByTestId('segment').count()).toBe(0);
    expect(await page.getByTestId('group').count()).toBe(0);
    expect(await page.getByTestId('readings').locator('li').count()).toBe(4);
    expect(await page.locator('.score-table').isVisible()).toBe(true);
    expect(describeViolations(await axeViolations(page))).toBe('');
    expect(errors).toEqual([]);
  });

  it('guesses no reason when no face is low, and adds measures for a reason the person picks', async () => {
    const { page } = await openPage(browser());
    await page.goto(siteURL(PAGE));
    await hydrated(page);
    // 見える・つなぐ・届く 75, 増やす 50: nothing below its limit.
    await answerAllByClick(page, answerFor({ mieru: 4, fuyasu: 3, tsunagu: 4, reach: 4 }));
    await page.locator('input[name="q-age"][value="middle"]').check();
    await page.getByRole('button', { name: '結果を見る' }).click();
    await expect.poll(() => page.getByTestId('reason-none').textContent()).toContain('はっきりした停滞理由は見当たりません');
    await expect.poll(() => page.getByTestId('segment').textContent()).toBe('伸長層');
    expect(await page.getByTestId('group').count()).toBe(0);
    const before = await page.locator('[data-testid^="measures-"] .measure-title').allTextContents();
    await page.getByRole('button', { name: '回答を見直す' }).click();
    await page.locator('input[name="q-reason"][value="middle-no-time"]').check();
    await page.getByRole('button', { name: '結果を見る' }).click();
    await expect.poll(() => page.getByTestId('reason').textContent()).toBe('学び直しの時間が取れない');
    const after = await page.locator('[data-testid^="measures-"] .measure-title').allTextContents();
    const forReason = data.measures.filter((m) => m.reasons.includes('middle-no-time')).map((m) => m.title);
    // Not just a new order: the reason brings in a measure that was not listed before.
    expect(after.filter((t) => !before.includes(t)).some((t) => forReason.includes(t))).toBe(true);
  });

  it('lives on one page only: the 個人視点 chapter explains it and links there instead of repeating the widget', async () => {
    const { page } = await openPage(browser());
    await page.goto(siteURL('kojin/self-check/'));
    expect(await page.locator('astro-island[component-url*="SelfCheck"]').count()).toBe(0);
    await page.locator('main').getByRole('link', { name: 'キャリアオーナーシップ自己診断' }).first().click();
    await page.waitForURL(/\/tools\/self-check\/$/);
    await hydrated(page);
  });
});
