import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { entryModules } from '@/lib/module-preload';
import { builtHtml, builtPages } from './support/site-pages';
import { orgCheckData, selfCheckData } from '../unit/support/data';

/** `<link ...>` tags of a page with the given rel, as attribute maps. */
const links = (html: string, rel: string) =>
  [...html.matchAll(/<link\b[^>]*>/g)].map((m) => Object.fromEntries([...m[0].matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]))).filter((a) => a.rel === rel);

/** The text of a built file, by its URL path on the site. */
const builtFile = (href: string) => readFileSync(join(inject('distDir'), href.slice(inject('base').length)), 'utf8');

/** The modules a built page preloads whose file holds the text. */
const preloadedWith = (page: string, text: string) =>
  links(builtHtml(page), 'modulepreload')
    .map((l) => l.href!)
    .filter((h) => builtFile(h).includes(text));

describe('what a page makes the browser load first', () => {
  const pages = builtPages();

  it('holds up the first paint with one stylesheet on every page (print styles apart), with the Japanese fonts first', () => {
    const counts = pages.map((p) => `${p}: ${links(builtHtml(p), 'stylesheet').filter((l) => l.media !== 'print').length}`);
    expect(counts).toEqual(pages.map((p) => `${p}: 1`));
    // A Latin-only system font first sends every run of Japanese text through font fallback, which slows layout.
    const sheet = links(builtHtml(pages[0]!), 'stylesheet').find((l) => l.media !== 'print')!.href!;
    const css = builtFile(sheet);
    const font = /--sl-font:([^;]+);/.exec(css)?.[1] ?? '';
    expect(font.indexOf('Noto Sans CJK JP')).toBeGreaterThan(-1);
    expect(font.indexOf('Noto Sans CJK JP')).toBeLessThan(font.indexOf('system-ui'));
  });

  it('announces its stylesheet before the CSP tag, where the preload scanner sees it, and links it after the head scripts', () => {
    // src/lib/first-paint-order.ts: a head script after the stylesheet would wait for it, and the parser with it.
    const problems: string[] = [];
    for (const p of pages) {
      const head = builtHtml(p).slice(0, builtHtml(p).indexOf('</head>'));
      const sheet = links(head, 'stylesheet').find((l) => l.media !== 'print')!.href!;
      const announced = head.indexOf(`<link rel="preload" as="style" href="${sheet}">`);
      if (announced < 0 || announced > head.indexOf('http-equiv="content-security-policy"')) problems.push(`${p}: not announced before the CSP tag`);
      if (head.indexOf(`<link rel="stylesheet" href="${sheet}">`) < head.lastIndexOf('<script')) problems.push(`${p}: a head script waits for the stylesheet`);
    }
    expect(problems).toEqual([]);
  });

  it('asks for every module a page starts with, each an existing file, together after its last element, so they load in one wave', () => {
    const base = inject('base');
    const problems: string[] = [];
    for (const p of pages) {
      const html = builtHtml(p);
      const preloaded = links(html, 'modulepreload').map((l) => l.href!);
      for (const m of entryModules(html)) if (!preloaded.includes(m)) problems.push(`${p}: ${m} is not preloaded`);
      for (const m of preloaded) if (!existsSync(join(inject('distDir'), m.slice(base.length)))) problems.push(`${p}: ${m} does not exist`);
      // All together after the page's last element, where the parser comes only once the stylesheet is in and the
      // page's inline scripts have run (src/lib/first-paint-order.ts), or in the head of a page without a header.
      const together = (html.match(/<link rel="modulepreload"[^>]*>/g) ?? []).join('');
      const at = html.indexOf(together);
      const header = html.indexOf('</header>');
      const last = html.indexOf('id="unofficial-notice"');
      const inPlace = at >= 0 && (header < 0 ? at < html.indexOf('</head>') : last >= 0 && at > last);
      if (!inPlace) problems.push(`${p}: module preloads not together after the last element`);
    }
    expect(problems).toEqual([]);
    // The self-check starts with its island and the Preact runtime (one file), both preloaded.
    const selfCheck = links(builtHtml(`${base}tools/self-check/`), 'modulepreload').map((l) => l.href!);
    expect(selfCheck.some((h) => /\/_astro\/SelfCheck\.[^/]+\.js$/.test(h))).toBe(true);
    expect(selfCheck.some((h) => /\/_astro\/preact\.[^/]+\.js$/.test(h))).toBe(true);
  });

  it('sends the widget data once, as a module the pages share, not again in each page as island props', () => {
    const base = inject('base');
    const firstItem = selfCheckData().instrument.items[0]!.text;
    const pages = ['tools/self-check/', 'tools/team/', 'embed/self-check/', 'embed/team/', 'tools/org-check/'].map((p) => `${base}${p}`);
    /** The preloaded modules of a page that carry the self-check's first question. */
    const carriers = (page: string) => preloadedWith(page, firstItem);
    for (const p of pages) {
      const html = builtHtml(p);
      // Island props hold only small settings now (the base path), not the instrument, rules or measures.
      const props = [...html.matchAll(/<astro-island\b[^>]*\bprops="([^"]*)"/g)].map((m) => m[1]!.length);
      expect(props.every((n) => n < 200), `${p}: island props of ${props.join(', ')} characters`).toBe(true);
    }
    // The self-check's first screen is in its markup once; its data comes in one module, the same file for every
    // page that uses it, so the browser caches it once.
    const selfCheck = builtHtml(`${base}tools/self-check/`);
    expect(selfCheck.split(firstItem).length - 1).toBe(1);
    const shared = carriers(`${base}tools/self-check/`);
    expect(shared).toHaveLength(1);
    for (const p of [`${base}tools/team/`, `${base}embed/self-check/`, `${base}embed/team/`]) expect(carriers(p)).toEqual(shared);
    expect(carriers(`${base}tools/org-check/`)).toEqual([]);
  });

  it('starts a self-check and the team view with the data their questions need, and leaves what only a result needs to the result', () => {
    const base = inject('base');
    const self = selfCheckData();
    const org = orgCheckData();
    // One text from each data file: the age bands come at start (the reasons offered depend on the band); the
    // measures, 不動層 groups and rules only with the result's code, from the last screen on.
    const resultOnly = { measures: self.measures[0]!.title, groups: self.fudoGroups[0]!.summary, rules: self.rules.faces[0]!.reading.low };
    for (const page of ['tools/self-check/', 'embed/self-check/']) {
      expect(preloadedWith(`${base}${page}`, self.ageBands[0]!.reasons[0]!.label), page).toHaveLength(1);
      for (const [name, text] of Object.entries(resultOnly)) expect(preloadedWith(`${base}${page}`, text), `${page} ${name}`).toEqual([]);
    }
    // The team view shows the questions' items and age bands (a survey's columns) and counts with the rest, which comes
    // with the first count (src/islands/team/self-check-data.ts); each text is in a module the site builds.
    for (const page of ['tools/team/', 'embed/team/']) {
      expect(preloadedWith(`${base}${page}`, self.instrument.items[0]!.text), page).toHaveLength(1);
      for (const [name, text] of Object.entries(resultOnly)) expect(preloadedWith(`${base}${page}`, text), `${page} ${name}`).toEqual([]);
    }
    const modules = readdirSync(join(inject('distDir'), '_astro'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => builtFile(`${base}_astro/${f}`));
    for (const [name, text] of Object.entries(resultOnly)) expect(modules.filter((m) => m.includes(text)).length, name).toBeGreaterThan(0);
    // The organisation self-check starts with its instrument alone.
    expect(preloadedWith(`${base}tools/org-check/`, org.instrument.items[0]!.text)).toHaveLength(1);
    for (const text of [org.steps[0]!.summary, org.measures[0]!.title]) expect(preloadedWith(`${base}tools/org-check/`, text)).toEqual([]);
  });
});
