import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { entryModules } from '@/lib/module-preload';
import { builtHtml, builtPages } from './support/site-pages';

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
});
