import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { builtHtml, builtPages } from './support/site-pages';
import { measures, penetrationSteps, talkSheets } from '../unit/support/data';
import { readDataFile } from '@/data/read-file';

const CONSORTIUM = 'https://co-consortium.persol-career.co.jp/';
const OWN_MODEL_TITLE = 'ガイドブックではなく、このサイト独自の内容です';

/** Visible text of a piece of HTML, tags dropped. */
const textOf = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** Every chapter source with the built page it becomes (content/chapters/soshiki/fudo.mdx → <base>soshiki/fudo/). */
function chapterSources(): { file: string; page: string }[] {
  const root = 'content/chapters';
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => {
      const file = relative('.', join(e.parentPath, e.name));
      const slug = relative(root, file).replace(/\.mdx$/, '');
      return { file, page: slug === 'index' ? inject('base') : `${inject('base')}${slug}/` };
    });
}

/** The `[data-own-model]` blocks of a page, each as its visible text. */
const ownModelBlocks = (html: string) => [...html.matchAll(/<div class="own-model" data-own-model[^>]*>([\s\S]*?)<\/aside>/g)].map((m) => textOf(m[1]!).trim());

describe('one voice on every page', () => {
  it('says on every page, embeds included, that this is an unofficial commentary, not an edition of the guidebook', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(20);
    const missing = pages.filter((p) => {
      const html = builtHtml(p);
      const notice = html.match(/<p class="unofficial-notice[^"]*"[^>]*\bdata-unofficial-notice[^>]*>([\s\S]*?)<\/p>/);
      return !notice || !textOf(notice[1]!).includes('非公式の解説サイト') || !textOf(notice[1]!).includes('ガイドブックのウェブ版でも');
    });
    expect(missing).toEqual([]);
  });

  it('renders every <OwnModel> a chapter writes, each with the one label and its own explanation', () => {
    const problems: string[] = [];
    let total = 0;
    for (const { file, page } of chapterSources()) {
      const written = (readFileSync(file, 'utf8').match(/<OwnModel[\s>]/g) ?? []).length;
      const blocks = ownModelBlocks(builtHtml(page));
      total += written;
      if (blocks.length !== written) problems.push(`${file}: ${written} written, ${blocks.length} rendered on ${page}`);
      for (const b of blocks) {
        if (!b.startsWith(OWN_MODEL_TITLE)) problems.push(`${page}: a label without the title 「${OWN_MODEL_TITLE}」: ${b.slice(0, 40)}`);
        if (b.length <= OWN_MODEL_TITLE.length + 10) problems.push(`${page}: a label that does not say what is the site's own`);
      }
    }
    expect(problems).toEqual([]);
    // The chapters that lean on the site's own model must say so.
    expect(total).toBeGreaterThanOrEqual(15);
  });

  it('labels the site’s own model in the chapters where the guidebook stops: groups, stages, age-band reasons, steps, quadrants', () => {
    for (const slug of ['soshiki/groups/', 'soshiki/fudo/', 'soshiki/cycle/', 'co-keiei/steps/', 'kojin/age-bands/', 'kojin/measures/', 'keiei/matrix/', 'keiei/thirties/', 'glossary/', 'tools/org-check/', 'tools/self-check/']) {
      expect(ownModelBlocks(builtHtml(`${inject('base')}${slug}`)).length, slug).toBeGreaterThan(0);
    }
  });

  it('labels every page that shows the site’s own model: its measures, stages, quadrants, question sheets or 伸長層', () => {
    const marks = [
      ...measures().map((m) => m.title),
      ...penetrationSteps().map((s) => `「${s.label}」`),
      ...readDataFile('content', 'matrix').quadrants.map((q) => q.label),
      ...talkSheets().flatMap((s) => s.questions),
      '伸長層',
    ];
    const unlabelled = builtPages()
      .filter((p) => !/\/(embed\/[^/]+|print)\/$/.test(p))
      .flatMap((p) => {
        const html = builtHtml(p);
        const main = textOf(html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '');
        const shown = marks.filter((m) => main.includes(m));
        return shown.length && !html.includes('data-own-model') ? [`${p}: ${shown.slice(0, 3).join(' / ')}`] : [];
      });
    expect(unlabelled).toEqual([]);
  });

  it('speaks to readers in the label: what is the site’s own and where it is explained, file paths only where HR edits the data', () => {
    const problems: string[] = [];
    let labels = 0;
    for (const p of builtPages()) {
      const blocks = ownModelBlocks(builtHtml(p));
      labels += blocks.length;
      for (const b of blocks) {
        if (!b.includes('このサイト独自の部分の一覧は')) problems.push(`${p}: no way to the list of the site's own parts`);
        // The model page (and the print edition, which carries it) is where HR reads which data file holds what.
        if (!/(deploy|tools\/model|print)\/$/.test(p) && /content\/|\.ya?ml\b/.test(b)) problems.push(`${p}: a file path in the label: ${b.slice(0, 60)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(labels).toBeGreaterThanOrEqual(15);
    const html = builtHtml(`${inject('base')}soshiki/groups/`);
    expect(html).toContain(`href="${inject('base')}sources/#own-model"`);
    expect(builtHtml(`${inject('base')}sources/`)).toContain('id="own-model"');
  });

  it('links the consortium’s page from the top page and the sources page and says the guidebook has its own diagnostic tool', () => {
    for (const slug of ['', 'sources/']) {
      const html = builtHtml(`${inject('base')}${slug}`);
      expect(html, slug || 'top').toContain(`href="${CONSORTIUM}"`);
      expect(textOf(html), slug || 'top').toMatch(/ガイドブックには、[^。]*独自の診断ツールが含まれています/);
    }
  });

  it('keeps each tool on one page of the guide: chapters explain and link, the widget lives once', () => {
    const guidePages = builtPages().filter((p) => !p.includes('/embed/'));
    for (const island of ['SelfCheck', 'OrgCheck', 'CoMatrix', 'TeamView']) {
      const hosts = guidePages.filter((p) => builtHtml(p).includes(`component-url="`) && new RegExp(`<astro-island[^>]*component-url="[^"]*/${island}\\.`).test(builtHtml(p)));
      expect(hosts, island).toHaveLength(1);
      expect(hosts[0], island).toMatch(/\/tools\/[a-z-]+\/$/);
    }
  });

  it('names the site so that no title reads as an edition of the guidebook or as the consortium’s', () => {
    const titles = builtPages().map((p) => builtHtml(p).match(/<title>([^<]*)<\/title>/)?.[1] ?? '');
    expect(titles.filter((t) => /実践ガイド|ウェブ版|基本プログラム|コンソーシアム/.test(t))).toEqual([]);
    expect(titles.filter((t) => !t.includes('C/O経営を読み解く'))).toEqual([]);
  });

  it('gives every page a title of its own, so a link pasted into an intranet portal says where it goes', () => {
    const titles = builtPages().map((p) => [p, builtHtml(p).match(/<title>([^<]*)<\/title>/)?.[1] ?? ''] as const);
    const seen = new Map<string, string>();
    const clashes = titles.filter(([p, t]) => {
      const first = seen.get(t);
      seen.set(t, p);
      return first !== undefined;
    });
    expect(clashes).toEqual([]);
  });
});
