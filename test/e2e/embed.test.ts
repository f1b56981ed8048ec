import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, openThirdPartyStoragePage, siteURL, useBrowser } from './support/browser';
import { builtHtml } from './support/site-pages';
import { selfCheckData } from '../unit/support/data';

const WIDGETS: [string, string][] = [
  ['self-check', 'SelfCheck'],
  ['org-check', 'OrgCheck'],
  ['matrix', 'CoMatrix'],
  ['team', 'TeamView'],
];

const browser = useBrowser();
const selfCheck = selfCheckData();

describe('embed pages for intranets', () => {
  it('show each widget alone, without the site chrome, kept out of search, with a link back to the guide', async () => {
    const { page, offsite, errors } = await openPage(browser());
    for (const [widget, island] of WIDGETS) {
      await page.goto(siteURL(`embed/${widget}/`));
      await page.locator(`astro-island[component-url*="${island}"]:not([ssr])`).waitFor({ state: 'attached' });
      expect(await page.locator('nav[aria-label="メイン"], header.header, .sidebar').count(), widget).toBe(0);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(await page.locator('body').getAttribute('data-pagefind-ignore')).not.toBeNull();
      const back = page.getByRole('link', { name: /ガイドで詳しく読む/ });
      expect(await back.getAttribute('href')).toBe(`/hr/co-guide/tools/${widget}/`);
      expect(await back.getAttribute('target')).toBe('_blank');
    }
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('works inside an iframe on another page, keeping answers in the guide’s own storage', async () => {
    const { page, offsite, errors } = await openPage(browser());
    // A portal page on the same host as the guide, as an intranet would have it (answered by the test itself).
    const portal = siteURL('portal.html');
    await page.route(portal, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="ja"><title>社内ポータル</title><h1>社内ポータル</h1><iframe src="${siteURL('embed/self-check/')}" title="自己診断" width="800" height="900"></iframe></html>` }),
    );
    await page.goto(portal);
    const frame = page.frameLocator('iframe[title="自己診断"]');
    await frame.locator('astro-island[component-url*="SelfCheck"]:not([ssr])').waitFor({ state: 'attached' });
    await frame.locator('input[name="q-m1"][value="4"]').check();
    await frame.getByText('1問に回答済み').waitFor();
    // The same browser opening the guide directly resumes the same answers.
    await page.goto(siteURL('tools/self-check/'));
    await page.locator('astro-island[component-url*="SelfCheck"]:not([ssr])').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('input[name="q-m1"][value="4"]').isChecked()).toBe(true);
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/** The snippet the embed instructions page shows for a widget, with the origin the browser would fill in. */
function documentedSnippet(widget: string, origin: string): string {
  const html = builtHtml(`${inject('base')}tools/embed/`);
  const codes = [...html.matchAll(/<pre data-embed-code[^>]*><code[^>]*>([\s\S]*?)<\/code><\/pre>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&'),
  );
  const code = codes.find((c) => c.includes(`embed/${widget}/`));
  if (!code) throw new Error(`no snippet for ${widget} on tools/embed/`);
  return code.replaceAll('https://このサイトのホスト名', origin);
}

/** A portal on another origin (its own localhost port), serving whatever page a test gives it. */
function usePortal(): { url: (body: string) => string } {
  let server: Server | undefined;
  const pages = new Map<string, string>();
  beforeAll(async () => {
    server = createServer((req, res) => {
      const body = pages.get(req.url ?? '');
      res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body ?? '');
    });
    await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  });
  afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));
  return {
    url: (body: string) => {
      const path = `/portal-${pages.size}.html`;
      pages.set(path, `<!doctype html><html lang="ja"><title>社内ポータル</title><link rel="icon" href="data:,"><body style="background:#fff"><h1>社内ポータル</h1>${body}</body></html>`);
      // localhost, not 127.0.0.1: another port and another host name, so another origin and another site.
      return `http://localhost:${(server!.address() as AddressInfo).port}${path}`;
    },
  };
}

describe('embeds in a portal on another origin', () => {
  const portal = usePortal();
  const siteOrigin = () => new URL(siteURL()).origin;
  const ready = (frame: FrameLocator, island: string) => frame.locator(`astro-island[component-url*="${island}"]:not([ssr])`).waitFor({ state: 'attached' });

  it('fits each iframe to its tool through the documented snippet, sends nothing but the height, and ignores messages from anyone else', async () => {
    const { page, errors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    // Two embeds on one portal page, and a frame from a third origin that posts a height message of the right shape.
    const stranger = `data:text/html,<script>parent.postMessage({type:'co-guide:height',height:40},'*')</script>`;
    await page.goto(portal.url(`${documentedSnippet('matrix', siteOrigin())}${documentedSnippet('self-check', siteOrigin())}<iframe id="stranger" title="他のサイト"></iframe>`));
    await page.evaluate((origin) => {
      // Everything the site's frames post, as the portal receives it.
      (window as unknown as { fromSite: unknown[] }).fromSite = [];
      addEventListener('message', (e) => e.origin === origin && (window as unknown as { fromSite: unknown[] }).fromSite.push(e.data));
    }, siteOrigin());
    const matrix = page.frameLocator('iframe#co-guide-matrix');
    const selfCheck = page.frameLocator('iframe#co-guide-self-check');
    await Promise.all([ready(matrix, 'CoMatrix'), ready(selfCheck, 'SelfCheck')]);
    const fit = async (id: string) => {
      // In view, as a reader scrolling to it would have it: Chromium does not update an off-screen frame from another
      // origin, so its own viewport would lag behind the iframe's new height.
      await page.locator(`iframe#${id}`).scrollIntoViewIfNeeded();
      const outer = await page.locator(`iframe#${id}`).evaluate((f) => Math.round(f.getBoundingClientRect().height));
      const inner = await page.frameLocator(`iframe#${id}`).locator('main').evaluate((m) => Math.ceil(m.getBoundingClientRect().bottom + scrollY));
      const scrolls = await page.frameLocator(`iframe#${id}`).locator('html').evaluate((h) => h.scrollHeight > h.clientHeight);
      return { outer, inner, fits: Math.abs(outer - inner) <= 1 && !scrolls };
    };
    // Each frame is as tall as its own tool: no inner scrollbar, and not the snippet's fixed height.
    await expect.poll(async () => (await fit('co-guide-matrix')).fits).toBe(true);
    await expect.poll(async () => (await fit('co-guide-self-check')).fits).toBe(true);
    const before = await fit('co-guide-matrix');
    const selfCheckHeight = (await fit('co-guide-self-check')).outer;
    expect(before.outer).not.toBe(selfCheckHeight);
    // Thirty departments make the matrix's table longer; its frame grows with it, the other frame stays.
    await matrix.locator('#matrix-csv').fill(Array.from({ length: 30 }, (_, i) => `部署${i + 1},${(i * 7) % 100},${(i * 13) % 100}`).join('\n'));
    await expect.poll(async () => { const f = await fit('co-guide-matrix'); return f.fits && f.outer > before.outer + 300; }).toBe(true);
    const grown = (await fit('co-guide-matrix')).outer;
    expect((await fit('co-guide-self-check')).outer).toBe(selfCheckHeight);
    // A message from another origin, or from the portal itself, is ignored even with the right shape. Listeners run
    // in the order they were added, so the snippet's has seen each message when the test's own one resolves.
    const delivered = (origin: string) =>
      page.evaluate(
        (origin) => new Promise<void>((done) => addEventListener('message', (e) => e.origin === origin && e.data?.height === 40 && done())),
        origin,
      );
    const fromStranger = delivered('null');
    await page.locator('#stranger').evaluate((f, src) => ((f as HTMLIFrameElement).src = src), stranger);
    await fromStranger;
    const fromPortal = delivered(new URL(page.url()).origin);
    await page.evaluate(() => window.postMessage({ type: 'co-guide:height', height: 40 }, '*'));
    await fromPortal;
    expect((await fit('co-guide-matrix')).outer).toBe(grown);
    expect((await fit('co-guide-self-check')).outer).toBe(selfCheckHeight);
    // The site's frames posted only their heights: no answer, no figure, no address.
    const posted = await page.evaluate(() => (window as unknown as { fromSite: unknown[] }).fromSite);
    expect(posted.length).toBeGreaterThan(0);
    for (const data of posted) {
      expect(Object.keys(data as object).sort()).toEqual(['height', 'type']);
      expect((data as { type: string }).type).toBe('co-guide:height');
      expect(Number.isInteger((data as { height: number }).height)).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens every link outside the frame, unsandboxed, leaves the portal where it was, and saves files', async () => {
    const { page, context } = await openPage(browser());
    const portalURL = portal.url(documentedSnippet('matrix', siteOrigin()));
    await page.goto(portalURL);
    const frame = page.frameLocator('iframe#co-guide-matrix');
    await ready(frame, 'CoMatrix');
    await expect.poll(() => frame.locator('a[href]').count()).toBeGreaterThan(3);
    // Every link resolves its target to a new tab: its own target, or the page's <base target>.
    const targets = await frame.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).target || document.querySelector('base')?.target || ''));
    expect(new Set(targets)).toEqual(new Set(['_blank']));
    const link = frame.locator('[data-testid="matrix-table"] a').first();
    const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await opened.waitForLoadState();
    expect(new URL(opened.url()).pathname.startsWith(`${inject('base')}keiei/matrix/`)).toBe(true);
    // The new tab has escaped the portal's sandbox: it has the site's own origin, not an opaque one.
    expect(await opened.evaluate(() => self.origin)).toBe(siteOrigin());
    expect(page.url()).toBe(portalURL);
    expect(page.frames().find((f) => f.url().includes('/embed/matrix/'))).toBeTruthy();
    // The documented sandbox lets the tool save its CSV.
    await frame.locator('#matrix-csv').fill('営業部,40,60\n開発部,70,30');
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'CSVで保存' }).click()]);
    expect(download.suggestedFilename()).toBe('co-matrix.csv');
    await context.close();
  });

  it('without allow-same-origin, shows only a message and a way to a new tab; with the documented tokens, the tool works', async () => {
    const { page, close } = await openThirdPartyStoragePage();
    try {
      const src = `${siteURL('embed/self-check/')}?theme=light`;
      const tokens = documentedSnippet('self-check', siteOrigin()).match(/sandbox="([^"]+)"/)![1]!;
      expect(tokens.split(' ')).toEqual(expect.arrayContaining(['allow-scripts', 'allow-same-origin', 'allow-popups', 'allow-popups-to-escape-sandbox']));
      await page.goto(portal.url(`<iframe id="narrow" sandbox="allow-scripts allow-popups" src="${src}" title="狭い" width="800" height="600"></iframe><iframe id="documented" sandbox="${tokens}" src="${src}" title="文書どおり" width="800" height="600"></iframe>`));
      const narrow = page.frameLocator('#narrow');
      await expect.poll(() => narrow.getByRole('alert').textContent()).toContain('allow-same-origin');
      expect(await narrow.getByRole('alert').textContent()).toContain('ツールを起動できません');
      expect(await narrow.getByRole('link', { name: '新しいタブで開く' }).getAttribute('href')).toBe(`${inject('base')}tools/self-check/`);
      // The questions that could not work are not shown at all.
      expect(await narrow.locator('input[name="q-m1"]').first().isVisible()).toBe(false);
      const documented = page.frameLocator('#documented');
      await ready(documented, 'SelfCheck');
      await documented.locator('input[name="q-m1"][value="4"]').check();
      await documented.getByText('1問に回答済み').waitFor();
      expect(await documented.locator('[data-embed-notice]').isHidden()).toBe(true);
    } finally {
      await close();
    }
  });

  it('where the browser lets another site’s frame keep data, keeps answers for that portal only', async () => {
    const { page, close } = await openThirdPartyStoragePage();
    try {
      const portalURL = portal.url(documentedSnippet('self-check', siteOrigin()));
      await page.goto(portalURL);
      const frame = page.frameLocator('iframe#co-guide-self-check');
      await ready(frame, 'SelfCheck');
      await frame.locator('input[name="q-m1"][value="4"]').check();
      await frame.getByText('1問に回答済み').waitFor();
      expect(await frame.locator('[data-embed-notice]').isHidden()).toBe(true);
      // Back in the same portal, the answer is there…
      await page.reload();
      await ready(frame, 'SelfCheck');
      await expect.poll(() => frame.locator('input[name="q-m1"][value="4"]').isChecked()).toBe(true);
      const stored = await frame.locator('main').evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
      expect(Object.values(stored).some((v) => v?.includes('m1'))).toBe(true);
      // …but the site opened directly does not see it: Chromium keeps the portal's copy apart (as the page says).
      await page.goto(siteURL('tools/self-check/'));
      await page.locator('astro-island[component-url*="SelfCheck"]:not([ssr])').waitFor({ state: 'attached' });
      const direct = await page.evaluate((keys) => keys.filter((k) => localStorage.getItem(k)?.includes('m1')), Object.keys(stored));
      expect(direct).toEqual([]);
      expect(await page.locator('input[name="q-m1"][value="4"]').isChecked()).toBe(false);
    } finally {
      await close();
    }
  });

  it('where the browser keeps nothing for another site’s frame, says so in one message with a file and a new tab that takes the answers along and keeps them', async () => {
    // Debian's Chromium, like Chrome in incognito, blocks third-party storage by default.
    const { page, context, errors } = await openPage(browser());
    for (const [widget, island] of WIDGETS) {
      await page.goto(portal.url(documentedSnippet(widget, siteOrigin())));
      const frame = page.frameLocator(`iframe#co-guide-${widget}`);
      await ready(frame, island);
      if (widget === 'team') {
        // The team view keeps nothing anywhere, so there is nothing to warn about.
        expect(await frame.getByRole('alert').count(), widget).toBe(0);
        continue;
      }
      await frame.getByTestId('storage-trouble').waitFor();
      // One message, not the embed's and the tool's side by side: why, what is lost, and the two ways out.
      const alerts = frame.getByRole('alert');
      expect(await alerts.count(), widget).toBe(1);
      expect(await alerts.textContent(), widget).toMatch(/埋め込まれたこのツールは.*保存できません.*再読み込みすると消えます.*ファイルに残せます/);
      expect(await alerts.getByRole('link', { name: '新しいタブで開く' }).getAttribute('href'), widget).toBe(`${inject('base')}tools/${widget}/`);
    }
    const frame = page.frameLocator('iframe#co-guide-self-check');
    await page.goto(portal.url(documentedSnippet('self-check', siteOrigin())));
    await ready(frame, 'SelfCheck');
    // The tool still works for this visit, and what was answered can be kept in a file from the message itself.
    await frame.locator('input[name="q-m1"][value="4"]').check();
    await frame.getByText('1問に回答済み').waitFor();
    const alert = frame.getByRole('alert');
    const [saved] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: '回答をJSONで保存' }).click()]);
    expect(JSON.parse(readFileSync((await saved.path())!, 'utf8')).answers).toEqual({ m1: 4 });
    expect(await alert.textContent()).toContain('ここまでの回答も新しいタブに引き継がれます');
    const [opened] = await Promise.all([context.waitForEvent('page'), alert.getByRole('link', { name: '新しいタブで開く' }).click()]);
    await opened.waitForLoadState();
    expect(new URL(opened.url()).pathname).toBe(`${inject('base')}tools/self-check/`);
    // The answer given in the frame comes along; in its own tab the site stores answers again, and both survive a reload.
    await opened.locator('astro-island[component-url*="SelfCheck"]:not([ssr])').waitFor({ state: 'attached' });
    await expect.poll(() => opened.getByTestId('carried-answers').textContent()).toContain('埋め込みで答えた回答（1問）を引き継ぎました');
    await expect.poll(() => opened.locator('input[name="q-m1"][value="4"]').isChecked()).toBe(true);
    await opened.locator('input[name="q-m2"][value="2"]').check();
    await opened.getByText('2問に回答済み').waitFor();
    await opened.reload();
    await opened.locator('astro-island[component-url*="SelfCheck"]:not([ssr])').waitFor({ state: 'attached' });
    await expect.poll(() => opened.locator('input[name="q-m2"][value="2"]').isChecked()).toBe(true);
    expect(await opened.locator('input[name="q-m1"][value="4"]').isChecked()).toBe(true);
    expect(await opened.getByTestId('storage-trouble').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('makes share links that open the tool’s own page in the whole site on the same result, and sends older embed links there too', async () => {
    const { page, context, errors } = await openPage(browser());
    await page.goto(portal.url(documentedSnippet('self-check', siteOrigin())));
    const frame = page.frameLocator('iframe#co-guide-self-check');
    await ready(frame, 'SelfCheck');
    // Strong on 見える and 増やす, weak on つなぐ: a result with a segment and a group.
    const levels: Record<string, number> = { mieru: 5, fuyasu: 5, tsunagu: 1, reach: 4 };
    for (const item of selfCheck.instrument.items) {
      const on = frame.locator(`input[name="q-${item.id}"][value="${item.reverse ? 6 - levels[item.dimension]! : levels[item.dimension]!}"]`);
      if (!(await on.isVisible())) await frame.getByRole('button', { name: '次へ' }).click();
      await on.check();
    }
    await frame.getByRole('button', { name: '次へ' }).click();
    await frame.locator('input[name="q-age"][value="middle"]').check();
    await frame.getByRole('button', { name: '結果を見る' }).click();
    await frame.getByTestId('segment').waitFor();
    const result = async (where: Page | FrameLocator) => ({
      score: await where.getByTestId('taigen-do').textContent(),
      segment: await where.getByTestId('segment').textContent(),
      group: await where.getByTestId('group').textContent(),
    });
    const inEmbed = await result(frame);
    // Neither export carries an address, so none can point to the embed page.
    for (const name of ['JSONで保存', 'CSVで保存']) {
      const [file] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name, exact: true }).click()]);
      expect(readFileSync((await file.path())!, 'utf8')).not.toMatch(/https?:|embed\//);
    }
    await frame.getByRole('button', { name: '共有リンクを作る' }).click();
    const link = await frame.locator('#share-url').inputValue();
    expect(link.startsWith(`${siteURL('tools/self-check/')}#r=self-check.`), link).toBe(true);

    // Opened later in an ordinary tab: the guide's own page, with its header and sidebar, on the same result.
    const later = await openPage(browser());
    await later.page.goto(link);
    await later.page.locator('astro-island[component-url*="SelfCheck"]:not([ssr])').waitFor({ state: 'attached' });
    await later.page.getByRole('heading', { name: '共有された診断結果' }).waitFor();
    expect(await later.page.locator('header.header').count()).toBe(1);
    expect(await later.page.title()).not.toContain('埋め込み用');
    expect(await result(later.page)).toEqual(inEmbed);

    // A link made inside an embed before this change named the embed page: opened in a tab, it moves to the tool's page.
    const older = link.replace('/tools/self-check/', '/embed/self-check/');
    await later.page.goto(older);
    await later.page.waitForURL(link);
    await later.page.getByRole('heading', { name: '共有された診断結果' }).waitFor();
    expect(await result(later.page)).toEqual(inEmbed);
    expect(later.errors).toEqual([]);
    await later.context.close();

    // The matrix's figures go the same way.
    await page.goto(portal.url(documentedSnippet('matrix', siteOrigin())));
    const matrix = page.frameLocator('iframe#co-guide-matrix');
    await ready(matrix, 'CoMatrix');
    await matrix.locator('#matrix-csv').fill('営業部,40,60\n開発部,70,30');
    await matrix.getByRole('button', { name: '共有リンクを作る' }).click();
    const figures = await matrix.locator('#share-url').inputValue();
    expect(figures.startsWith(`${siteURL('tools/matrix/')}#m=`), figures).toBe(true);
    const other = await context.newPage();
    await other.goto(figures);
    await other.getByText('共有リンクの数値を表示しています').waitFor();
    expect(await other.locator('header.header').count()).toBe(1);
    expect(await other.getByTestId('matrix-table').locator('tbody th').allTextContents()).toEqual(['営業部', '開発部']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('before a height arrives, or where the portal runs no script, gives each frame its tool’s first screen at every frame width from 320 to 1280 px', async () => {
    // Where the browser keeps the frame's data, as most do: no storage message adds to the first screen.
    const { page, close } = await openThirdPartyStoragePage();
    const misfits: string[] = [];
    try {
      for (const [widget, island] of WIDGETS) {
        await page.setViewportSize({ width: 1280, height: 800 });
        // Only the iframe and its style: nothing answers the height message.
        await page.goto(portal.url(documentedSnippet(widget, siteOrigin()).replace(/<script>[\s\S]*<\/script>/, '')));
        const frame = page.frameLocator(`iframe#co-guide-${widget}`);
        const iframe = page.locator(`iframe#co-guide-${widget}`);
        await ready(frame, island);
        await frame.locator('html').evaluate(() => document.fonts.ready);
        // The portal's window narrows step by step; the frame's first height follows the frame's own width.
        const margin = 1280 - (await iframe.evaluate((f) => f.getBoundingClientRect().width));
        for (let width = 1280; width >= 320; width -= 10) {
          await page.setViewportSize({ width: width + margin, height: 800 });
          const outer = await iframe.evaluate((f) => [f.getBoundingClientRect().width, f.getBoundingClientRect().height] as const);
          expect(outer[0]).toBe(width);
          // The frame is another origin's, laid out in its own process: wait until it has its new width too.
          await expect.poll(() => frame.locator('html').evaluate(() => innerWidth)).toBe(width);
          const inner = await frame.locator('main').evaluate((m) => Math.ceil(m.getBoundingClientRect().bottom + scrollY + parseFloat(getComputedStyle(document.body).marginBottom)));
          // Room for the whole first screen, without a frame mostly empty below it.
          if (outer[1] < inner || outer[1] > inner * 1.2) misfits.push(`${widget}, frame ${width} px wide: ${outer[1]} px for a first screen of ${inner} px`);
        }
      }
    } finally {
      await close();
    }
    expect(misfits).toEqual([]);
  });

  it('takes its colours from ?theme=, whatever the system uses, and follows the system with auto', async () => {
    const { page, context } = await openPage(browser());
    const backgrounds = new Map<string, string>();
    for (const [scheme, theme, expected] of [
      ['dark', 'light', 'light'],
      ['light', 'dark', 'dark'],
      ['dark', 'auto', 'dark'],
      ['light', 'auto', 'light'],
      ['light', '', 'light'],
      ['dark', 'nonsense', 'dark'],
    ] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${siteURL('embed/matrix/')}${theme ? `?theme=${theme}` : ''}`);
      expect(await page.evaluate(() => document.documentElement.dataset.theme), `${scheme} + ${theme}`).toBe(expected);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(backgrounds.get(expected) ?? background, `${scheme} + ${theme}`).toBe(background);
      backgrounds.set(expected, background);
    }
    // What a reader sees: a light page on light, a dark one on dark.
    const luminance = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).reduce((sum, c) => sum + Number(c), 0) / 3;
    expect(luminance(backgrounds.get('light')!)).toBeGreaterThan(200);
    expect(luminance(backgrounds.get('dark')!)).toBeLessThan(60);
    await context.close();
  });
});

describe('the embed instructions page', () => {
  it('keeps every code box inside the text column at 1280 px and copies the code with this site’s address', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteURL()).origin });
    await page.goto(siteURL('tools/embed/'));
    const column = await page.locator('.sl-markdown-content').first().evaluate((e) => e.getBoundingClientRect().right);
    const boxes = await page.locator('[data-embed-code]').evaluateAll((es) => es.map((e) => ({ right: e.getBoundingClientRect().right, overflow: e.scrollWidth - e.clientWidth })));
    expect(boxes).toHaveLength(4);
    for (const b of boxes) {
      expect(b.right).toBeLessThanOrEqual(column + 0.5);
      expect(b.overflow).toBeLessThanOrEqual(0);
    }
    const first = page.locator('.embed-snippet').first();
    await first.getByRole('button', { name: 'コードをコピー' }).click();
    await expect.poll(() => first.getByRole('status').textContent()).toContain('コピーしました');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await first.locator('[data-embed-code]').textContent());
    expect(copied).toContain(`src="${siteURL('embed/self-check/')}?theme=light"`);
    expect(copied).toContain(`event.origin !== '${new URL(siteURL()).origin}'`);
    expect(errors).toEqual([]);
  });
});
