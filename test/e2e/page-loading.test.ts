import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { entryModules } from '@/lib/module-preload';
import { builtHtml, builtPages } from './support/site-pages';
import { selfCheckData } from '../unit/support/data';

/** `<link ...>` tags of a page with the given rel, as attribute maps. */
const links = (html: string, rel: string) =>
  [...html.matchAll(/<link\b[^>]*>/g)].map((m) => Object.fromEntries([...m[0].matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]))).filter((a) => a.rel === rel);

describe('what a page makes the browser load first', () => {
  const pages = builtPages();

  it('holds up the first paint with one stylesheet on every page (print styles apart)', () => {
    const counts = pages.map((p) => `${p}: ${links(builtHtml(p), 'stylesheet').filter((l) => l.media !== 'print').length}`);
    expect(counts).toEqual(pages.map((p) => `${p}: 1`));
  });

  it('asks for every module a page starts with in its head, each an existing file, so they load in one wave', () => {
    const base = inject('base');
    const problems: string[] = [];
    for (const p of pages) {
      const html = builtHtml(p);
      const preloaded = links(html, 'modulepreload').map((l) => l.href!);
      for (const m of entryModules(html)) if (!preloaded.includes(m)) problems.push(`${p}: ${m} is not preloaded`);
      for (const m of preloaded) if (!existsSync(join(inject('distDir'), m.slice(base.length)))) problems.push(`${p}: ${m} does not exist`);
      if (html.indexOf('rel="modulepreload"') > html.indexOf('</head>')) problems.push(`${p}: preloads outside <head>`);
    }
    expect(problems).toEqual([]);
    // The self-check starts with its island and Preact, both preloaded.
    const selfCheck = links(builtHtml(`${base}tools/self-check/`), 'modulepreload').map((l) => l.href!);
    expect(selfCheck.some((h) => /\/_astro\/SelfCheck\.[^/]+\.js$/.test(h))).toBe(true);
    expect(selfCheck.some((h) => /\/_astro\/preact\.module\.[^/]+\.js$/.test(h))).toBe(true);
  });

  it('sends the widget data once, as a module the pages share, not again in each page as island props', () => {
    const base = inject('base');
    const firstItem = selfCheckData().instrument.items[0]!.text;
    const pages = ['tools/self-check/', 'tools/team/', 'embed/self-check/', 'embed/team/', 'tools/org-check/'].map((p) => `${base}${p}`);
    /** The preloaded modules of a page that carry the self-check's first question. */
    const carriers = (page: string) =>
      links(builtHtml(page), 'modulepreload')
        .map((l) => l.href!)
        .filter((h) => readFileSync(join(inject('distDir'), h.slice(base.length)), 'utf8').includes(firstItem));
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
});
