import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accentPalette, hexToRgb } from '@/lib/settings/accent-palette';
import { optionsResolver } from '@/lib/self-check/engine';
import { encodeShareCode } from '@/lib/share-code';
import { selfCheckData } from '../unit/support/data';
import { axeViolations, describeViolations, openPage, useBrowser } from './support/browser';
import { buildSite } from './support/build';
import { crawlLinks } from './support/crawl';
import { E2E_BASE } from './support/global-setup';
import { previewSite, type PreviewedSite } from './support/preview';
import { builtHtml, builtPages } from './support/site-pages';

/**
 * An organisation's copy of the site: its name, logo, accent colour and HR contact, with the team view and the
 * matrix switched off in content/data/site-settings.yaml. Built from a copy of content/ under the sub-path.
 */
const ORG = '株式会社サンプル 人事部';
const CONTACT = '人事部 キャリア支援室（内線 1234）';
// An orange that does not read on white as it is: the palette must darken it for text.
const ACCENT = '#f5a300';
const GONE = ['tools/team/', 'tools/survey/', 'tools/matrix/', 'embed/team/', 'embed/matrix/'].map((p) => E2E_BASE + p);

mkdirSync('.cache', { recursive: true });
const temp = mkdtempSync(join('.cache', 'settings-'));
const dist = join(temp, 'dist');
let site: PreviewedSite;
const browser = useBrowser();

beforeAll(async () => {
  const content = join(temp, 'content');
  cpSync('content', content, { recursive: true });
  mkdirSync(join(content, 'brand'));
  writeFileSync(join(content, 'brand/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#c2410c"/></svg>');
  const file = join(content, 'data/site-settings.yaml');
  const settings = readFileSync(file, 'utf8')
    .replace(/^ {2}name: ""$/m, `  name: "${ORG}"`)
    .replace(/^ {2}logo: ""$/m, '  logo: brand/logo.svg')
    .replace(/^accentColour: ""$/m, `accentColour: "${ACCENT}"`)
    .replace(/^hrContact: ""$/m, `hrContact: "${CONTACT}"`)
    .replace(/^ {2}matrix: true$/m, '  matrix: false')
    .replace(/^ {2}team: true$/m, '  team: false')
    .replace(/^setupPages: true$/m, 'setupPages: false');
  if (!settings.includes('setupPages: false')) throw new Error('content/data/site-settings.yaml no longer has "setupPages: true"');
  writeFileSync(file, settings);
  const { code, output } = await buildSite({ CONTENT_DIR: content, OUT_DIR: dist, CACHE_DIR: join(temp, 'cache'), BASE: E2E_BASE });
  if (code !== 0) throw new Error(`build with the organisation's settings failed:\n${output.slice(-3000)}`);
  site = await previewSite(dist, E2E_BASE);
}, 240_000);
afterAll(async () => {
  await site?.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('an organisation’s own settings', () => {
  it('switches the team view and the matrix off: no page, no sidebar entry, no embed, no link to them anywhere', async () => {
    const pages = builtPages(dist, E2E_BASE);
    expect(pages).toContain(`${E2E_BASE}tools/self-check/`);
    expect(pages).toContain(`${E2E_BASE}embed/org-check/`);
    expect(pages.filter((p) => GONE.includes(p))).toEqual([]);
    const { origin } = new URL(site.url);
    for (const gone of GONE) expect((await fetch(origin + gone)).status, gone).toBe(404);

    // Every internal link and anchor on every page still resolves…
    const { problems } = await crawlLinks(origin, E2E_BASE, pages);
    expect(problems).toEqual([]);
    // …and none of them leads to a switched-off tool, however it is written.
    const pointing: string[] = [];
    for (const page of pages) {
      const html = await (await fetch(origin + page)).text();
      for (const m of html.matchAll(/\shref="([^"]*)"/g)) {
        const target = new URL(m[1]!.replace(/&amp;/g, '&'), origin + page).pathname;
        if (GONE.includes(target)) pointing.push(`${page} → ${m[1]}`);
      }
      if (page.endsWith('/tools/model/') || page.endsWith('/tools/embed/')) expect(html, page).not.toMatch(/チーム集計の埋め込み|id="team"|id="gap"/);
    }
    expect(pointing).toEqual([]);

    const { page } = await openPage(browser(), { origin: new URL(site.url).origin });
    await page.goto(`${site.url}tools/embed/`);
    const sidebar = page.locator('nav[aria-label="メイン"] a');
    await expect.poll(() => sidebar.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(`${E2E_BASE}tools/org-check/`);
    const hrefs = await sidebar.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((h) => GONE.includes(h ?? ''))).toEqual([]);
    // The contents list only sections that are on the page.
    const toc = await page.locator('starlight-toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(toc).not.toContain('#team');
    expect(toc).not.toContain('#matrix');
    expect(toc).toContain('#self-check');
  });

  it('keeps the setup pages out of the employees’ sidebar and print edition, and still serves them by address', async () => {
    const { origin } = new URL(site.url);
    const setup = ['deploy/', 'tools/embed/'];
    const sidebarOf = (html: string) => [...(html.match(/<nav[^>]*aria-label="メイン"[\s\S]*?<\/nav>/)?.[0] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    const chaptersOf = (html: string) => [...html.matchAll(/data-print-chapter="([^"]+)"/g)].map((m) => m[1]);
    const html = await (await fetch(`${site.url}soshiki/fudo/`)).text();
    expect(sidebarOf(html)).toContain(`${E2E_BASE}soshiki/fudo/`);
    expect(sidebarOf(html).filter((h) => setup.some((s) => h === E2E_BASE + s))).toEqual([]);
    const print = await (await fetch(`${site.url}print/`)).text();
    expect(chaptersOf(print)).toContain('soshiki/fudo');
    expect(chaptersOf(print).filter((c) => ['deploy', 'tools/embed'].includes(c!))).toEqual([]);
    for (const s of setup) expect((await fetch(origin + E2E_BASE + s)).status, s).toBe(200);
    // The public site, built with the defaults, keeps them in both.
    expect(sidebarOf(builtHtml(`${E2E_BASE}soshiki/fudo/`))).toEqual(expect.arrayContaining(setup.map((s) => E2E_BASE + s)));
    expect(chaptersOf(builtHtml(`${E2E_BASE}print/`))).toEqual(expect.arrayContaining(['deploy', 'tools/embed']));
  });

  it('names the organisation in the title and footer, shows its logo, and keeps its accent colour readable in both themes', async () => {
    const { page, errors, offsite } = await openPage(browser(), { colorScheme: 'light', origin: new URL(site.url).origin });
    await page.goto(`${site.url}soshiki/fudo/`);
    expect(await page.title()).toContain(ORG);
    await expect.poll(() => page.locator('[data-publisher]').textContent()).toBe(`${ORG}が社内向けに公開しています。`);
    expect(await page.locator('[data-unofficial-notice]').isVisible()).toBe(true);
    const logo = page.locator('.site-title img');
    expect(await logo.getAttribute('alt')).toBe(ORG);
    expect(await logo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

    const palette = accentPalette(ACCENT);
    const rgb = (hex: string) => `rgb(${hexToRgb(hex).join(', ')})`;
    // A link in the running text: links inside an aside (the own-model label) take the aside's colour.
    const linkColour = () => page.locator('main .sl-markdown-content > p a').first().evaluate((a) => getComputedStyle(a).color);
    expect(await linkColour()).toBe(rgb(palette.light.base));
    expect(describeViolations(await axeViolations(page))).toBe('');

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => localStorage.setItem('starlight-theme', 'dark'));
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await linkColour()).toBe(rgb(palette.dark.high));
    expect(describeViolations(await axeViolations(page))).toBe('');
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
  });

  it('shows the HR contact under an employee’s self-check result, also in the embed, which carries the organisation’s name and colours', async () => {
    const data = selfCheckData();
    const answers = Object.fromEntries(data.instrument.items.map((item) => [item.id, item.reverse ? 2 : 4]));
    const code = encodeShareCode('self-check', data.instrument, { instrument: 'self-check', version: data.instrument.version, answers, choices: { age: ['middle'] } }, optionsResolver(data));
    const { page, errors } = await openPage(browser(), { origin: new URL(site.url).origin });
    for (const path of ['tools/self-check/', 'embed/self-check/']) {
      await page.goto(`${site.url}${path}#r=${code}`);
      await page.locator('#result-heading').waitFor();
      const contact = page.locator('[data-hr-contact]');
      await expect.poll(() => contact.textContent()).toContain(CONTACT);
      // Below the result, where an employee who has just read it looks for whom to ask.
      const [result, below] = await Promise.all([page.locator('#result-heading').boundingBox(), contact.boundingBox()]);
      expect(below!.y).toBeGreaterThan(result!.y);
    }
    // The embed carries the organisation's name and colours too.
    expect(await page.title()).toContain(ORG);
    const palette = accentPalette(ACCENT);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent').trim())).toMatch(
      new RegExp(`^(${palette.light.base}|${palette.dark.base})$`, 'i'),
    );
    expect(errors).toEqual([]);
  });

  it('gives the HR contact in the search dialog when a question has no answer on the site', async () => {
    const { page, errors } = await openPage(browser(), { origin: new URL(site.url).origin });
    await page.goto(`${site.url}soshiki/fudo/`);
    await page.locator('button[data-open-modal]:not([disabled])').click();
    await page.locator('#starlight__search input').fill('退職金');
    await expect.poll(() => page.locator('#starlight__search [data-search-status]').textContent()).toBe('「退職金」に一致するページはありません');
    await expect.poll(() => page.locator('[data-search-contact]:not([hidden])').textContent()).toContain(CONTACT);
    // A query the site answers does not send the reader to HR.
    await page.locator('#starlight__search input').fill('不動層');
    await page.locator('[data-search-contact]').waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });
});
