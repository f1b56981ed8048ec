import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, openPage, siteURL, useBrowser, type WatchedPage } from './support/browser';

/**
 * The whole guide in print (print/): printed by Chromium to an A4 PDF, read back with poppler's pdfinfo and pdftotext
 * (Debian's poppler-utils; .ci/run installs it), the way HR would hand it out.
 */

/**
 * Controls of the tools as a reader sees them on the web, with the page they are on and their role; none may reach
 * the paper. (Labels the chapters also quote in their prose, such as 「最初からやり直す」, cannot be told apart.)
 */
const TOOL_CONTROLS: [page: string, role: 'button' | 'progressbar', name: string][] = [
  ['kojin/measures/', 'button', '絞り込みを解除'],
  ['tools/survey/', 'button', '設問シートをCSVで保存'],
  ['tools/self-check/', 'progressbar', '回答の進み具合'],
  ['tools/org-check/', 'progressbar', '回答の進み具合'],
  ['tools/matrix/', 'button', '行を追加'],
  ['tools/team/', 'button', 'すべて消す'],
];

/** Text as pdftotext gives it, without the line breaks and spaces that depend on where lines wrap. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

interface SidebarChapter {
  href: string;
  /** The group it is in, as the sidebar shows it. */
  group: string;
  /** The chapter's own title (its page's h1). */
  title: string;
}

/** The chapters in the order the site's sidebar lists them, each with its title read from its own page. */
async function sidebarChapters(page: Page): Promise<SidebarChapter[]> {
  const links = await page.locator('nav.sidebar a[href]').evaluateAll((as) =>
    as.map((a) => ({ href: (a as HTMLAnchorElement).href, group: a.closest('details')?.querySelector('summary')?.textContent?.trim() ?? '' })),
  );
  return Promise.all(
    links.map(async (link) => {
      const html = await (await fetch(link.href)).text();
      const h1 = /<h1 id="_top"[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
      if (!h1) throw new Error(`no title on ${link.href}`);
      return { ...link, title: h1.replaceAll('&amp;', '&') };
    }),
  );
}

const browser = useBrowser();

describe('the whole guide in print', () => {
  let tab: WatchedPage;
  let chapters: SidebarChapter[];
  let dir: string;
  let pages: string[];
  let info: string;

  beforeAll(async () => {
    tab = await openPage(browser());
    await tab.page.goto(siteURL('print/'));
    chapters = await sidebarChapters(tab.page);
    // The web addresses are completed by a script: wait for all of them, then for the fonts, before printing.
    await tab.page.waitForFunction(() => [...document.querySelectorAll('a[data-web-address]')].every((a) => a.textContent?.includes('://')), null, { timeout: 60_000 });
    await tab.page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await tab.page.pdf({ format: 'A4', outline: true, tagged: true });
    dir = mkdtempSync(join(tmpdir(), 'co-guide-print-'));
    writeFileSync(join(dir, 'guide.pdf'), pdf);
    info = execFileSync('pdfinfo', [join(dir, 'guide.pdf')], { encoding: 'utf8' });
    // -raw keeps the order Chromium drew the text in (the document's), where the default layout mode moves
    // Latin runs such as C/O away from the Japanese around them. Each page opens with its number (n/N) at the foot.
    pages = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', join(dir, 'guide.pdf'), '-'], { encoding: 'utf8' })
      .split('\f')
      .slice(0, -1);
  });
  afterAll(async () => {
    await tab?.context.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is an A4 PDF of one page for the contents and at least one, at most a sane few, per chapter', () => {
    expect(chapters.length).toBeGreaterThan(20);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
    const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(count).toBe(pages.length);
    // Numbered at the foot, n / N.
    expect(pages.map((p) => /^\s*(\d+)\s*\/\s*(\d+)/.exec(p)?.slice(1).join('/'))).toEqual(pages.map((_, i) => `${i + 1}/${count}`));
    expect(count).toBeGreaterThanOrEqual(chapters.length + 1);
    expect(count).toBeLessThanOrEqual(chapters.length * 6);
  });

  it('lists every chapter of the sidebar in the contents, in order, linked to the chapter', async () => {
    const toc = await tab.page.locator('.print-toc a').evaluateAll((as) => as.map((a) => ({ text: a.textContent?.trim(), target: a.getAttribute('href') })));
    expect(toc.map((t) => t.text)).toEqual(chapters.map((c) => c.title));
    for (const [i, { target }] of toc.entries()) {
      expect(target).toMatch(/^#/);
      await tab.page.locator(`[id="${target!.slice(1)}"]`).getByRole('heading', { name: chapters[i]!.title, exact: true }).waitFor();
    }
  });

  it('starts every chapter of the sidebar on a new page with its title, in sidebar order, after the contents', () => {
    const text = pages.map((p, i) => squeeze(p).replace(`${i + 1}/${pages.length}`, ''));
    // The contents name every chapter; the chapters themselves come after the page that names the last one.
    const last = squeeze(chapters.at(-1)!.title);
    const contentsEnd = text.findIndex((t) => t.includes(last));
    expect(contentsEnd).toBeGreaterThanOrEqual(0);
    let previous = contentsEnd;
    const misplaced: string[] = [];
    chapters.forEach((chapter, i) => {
      // The first chapter of a group has the group's name above its title.
      const head = (i === 0 || chapters[i - 1]!.group !== chapter.group ? squeeze(chapter.group) : '') + squeeze(chapter.title);
      const at = text.findIndex((t, p) => p > previous && t.startsWith(head));
      if (at < 0) misplaced.push(`${chapter.title} (expected at the top of a page after page ${previous + 1})`);
      else previous = at;
    });
    expect(misplaced).toEqual([]);
  });

  it('prints the chapters, not the tools: no control of any tool, a note with the web address instead', async () => {
    const all = squeeze(pages.join(''));
    for (const [path, role, name] of TOOL_CONTROLS) {
      // The label is real: the tool shows it on the web…
      const web = await openPage(browser());
      await web.page.goto(siteURL(path));
      await web.page.getByRole(role, { name }).first().waitFor();
      await web.context.close();
      // …and the paper does not.
      expect(all, name).not.toContain(squeeze(name));
    }
    expect(all).toContain(squeeze('ウェブ版で使えます'));
    expect(all).toContain(squeeze(new URL(siteURL('tools/self-check/')).href));
    const main = tab.page.locator('main');
    expect(await main.locator('button, input, select, textarea, astro-island, [role="slider"], [contenteditable]').count()).toBe(0);
  });

  it('keeps ids unique across chapters, every in-page link landing, and the page accessible', async () => {
    const { duplicates, dangling } = await tab.page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      const seen = new Set<string>();
      return {
        duplicates: ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false))),
        dangling: [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1)).filter((id) => id && !document.getElementById(id)),
      };
    });
    expect(duplicates).toEqual([]);
    expect(dangling).toEqual([]);
    const violations = await axeViolations(tab.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(tab.offsite).toEqual([]);
    expect(tab.errors).toEqual([]);
  });

  it('is linked from the guide and left out of the site search', async () => {
    const howTo = await (await fetch(siteURL('how-to-use/'))).text();
    expect(howTo).toMatch(/<a href="(\.\.\/)?print\/"|<a href="[^"]*\/print\/"/);
    const html = await (await fetch(siteURL('print/'))).text();
    expect(html).not.toContain('data-pagefind-body');
  });
});
