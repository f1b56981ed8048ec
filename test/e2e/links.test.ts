import { describe, expect, it } from 'vitest';
import { siteURL } from './support/browser';
import { builtPages } from './support/site-pages';

const ATTR = /\s(href|src|srcset|action|poster|data)="([^"]*)"/g;
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');

interface Link {
  from: string;
  attr: string;
  url: string;
}

describe('links in the sub-path build', () => {
  it('resolves every internal href and src on every page, including heading anchors, and loads nothing from other hosts', async () => {
    const origin = new URL(siteURL()).origin;
    const base = new URL(siteURL()).pathname;
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(15);

    const html = new Map<string, string>();
    const links: Link[] = [];
    for (const path of pages) {
      const res = await fetch(origin + path);
      expect(res.status, path).toBe(200);
      const text = await res.text();
      html.set(path, text);
      for (const m of text.matchAll(ATTR)) {
        const raw = decode(m[2]!);
        const values = m[1] === 'srcset' ? raw.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [raw];
        for (const v of values) links.push({ from: path, attr: m[1]!, url: v });
      }
    }

    const problems: string[] = [];
    const checked = new Map<string, number>();
    for (const { from, attr, url } of links) {
      if (!url || /^(mailto:|tel:|javascript:|data:|blob:)/.test(url)) continue;
      const target = new URL(url, origin + from);
      if (target.origin !== origin) {
        // Plain links out (a source's web page) are fine; anything the browser would load is not.
        if (attr !== 'href' || /\.(js|css|woff2?|png|svg|jpg)$/.test(target.pathname)) problems.push(`${from}: ${attr} loads from another host: ${url}`);
        continue;
      }
      if (!target.pathname.startsWith(base)) {
        problems.push(`${from}: ${attr}="${url}" escapes the base path ${base}`);
        continue;
      }
      let status = checked.get(target.pathname);
      if (status === undefined) {
        status = (await fetch(origin + target.pathname, { redirect: 'manual' })).status;
        checked.set(target.pathname, status);
      }
      if (status !== 200) problems.push(`${from}: ${attr}="${url}" → HTTP ${status}`);
      else if (target.hash && target.hash !== '#' && html.has(target.pathname)) {
        const id = decodeURIComponent(target.hash.slice(1));
        if (!html.get(target.pathname)!.includes(`id="${id}"`)) problems.push(`${from}: ${url} → no element with id "${id}"`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked.size).toBeGreaterThan(10);
  });

  it('answers an unknown page with the guide’s 404 page', async () => {
    const res = await fetch(siteURL('no-such-chapter/'));
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('<html lang="ja"');
  });
});
