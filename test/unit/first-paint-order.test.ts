import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inFirstPaintOrder } from '@/lib/first-paint-order';

const META = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
const NOTICE = '<p class="unofficial-notice" id="unofficial-notice">非公式</p>';
const page = (body: string) =>
  `<html><head><meta charset="utf-8">${META}<script>theme()</script>` +
  `<link rel="stylesheet" href="/p.css" media="print"><link rel="stylesheet" href="/s.css">` +
  `<link rel="icon" href="/f.svg"><link href="/a.js" rel="modulepreload"><link rel="modulepreload" href="/b.js"></head>${body}</html>`;

describe('the order a page asks for its files in', () => {
  it('announces the stylesheet before the CSP tag, links it after the head scripts, puts the body\'s classic scripts before the last element and the modules after it', () => {
    const html = page(
      `<body><header><script type="module" src="/a.js"></script><script>pickers()</script><script type="module">inline()</script></header>` +
        `<nav><script>sidebar()</script></nav><main><link rel="stylesheet" href="/late.css"><script>island()</script>${NOTICE}</main></body>`,
    );
    expect(inFirstPaintOrder(html)).toBe(
      `<html><head><meta charset="utf-8"><link rel="preload" as="style" href="/s.css">${META}<script>theme()</script>` +
        `<link rel="icon" href="/f.svg"><link rel="stylesheet" href="/s.css"></head>` +
        `<body><header></header><nav></nav><main><link rel="stylesheet" href="/late.css">` +
        `<script>pickers()</script><script>sidebar()</script><script>island()</script>${NOTICE}</main>` +
        `<link rel="stylesheet" href="/p.css" media="print">` +
        `<link href="/a.js" rel="modulepreload"><link rel="modulepreload" href="/b.js">` +
        `<script type="module" src="/a.js"></script><script type="module">inline()</script></body></html>`,
    );
  });

  it('keeps the module preloads before the CSP tag on a page without a header (the embed pages), and its scripts where they stand', () => {
    const out = inFirstPaintOrder(page(`<body><main><script>embed()</script>${NOTICE}</main></body>`))!;
    expect(out.indexOf('rel="modulepreload" href="/b.js"')).toBeLessThan(out.indexOf(META));
    expect(out.indexOf('href="/a.js" rel="modulepreload"')).toBeLessThan(out.indexOf(META));
    expect(out.indexOf('<link rel="stylesheet" href="/s.css">')).toBeGreaterThan(out.indexOf('<script>theme()</script>'));
    expect(out.indexOf('media="print"')).toBeGreaterThan(out.indexOf('<main>'));
    expect(out).toContain(`<main><script>embed()</script>${NOTICE}</main>`);
  });

  it('gives the same page when run twice, and leaves alone a page with nothing to move or no CSP tag in its head', () => {
    const once = inFirstPaintOrder(page(`<body><header><script>pickers()</script></header><main>${NOTICE}</main></body>`))!;
    expect(inFirstPaintOrder(once)).toBe(once);
    expect(inFirstPaintOrder('<head><link rel="stylesheet" href="/s.css"></head>')).toBeNull();
    expect(inFirstPaintOrder(`<head>${META}<script>t()</script></head><body><header></header></body>`)).toBeNull();
    expect(inFirstPaintOrder(`<head></head><body>${META}<link rel="stylesheet" href="/s.css"></body>`)).toBeNull();
  });

  it('for any page with a header: keeps every script once, each kind in its order, the classic ones before the last element and the modules after it', () => {
    // A body as the parser meets it: the header, then text, classic and module scripts in any order, then the notice.
    const part = fc.oneof(
      fc.constant('text'),
      fc.constant('classic'),
      fc.constant('module-src'),
      fc.constant('module-inline'),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 5 }), fc.array(part, { maxLength: 12 }), (inHeader, inBody) => {
        let n = 0;
        const render = (kind: string) => {
          const i = n++;
          if (kind === 'classic') return `<script>c${i}()</script>`;
          if (kind === 'module-src') return `<script type="module" src="/m${i}.js"></script>`;
          if (kind === 'module-inline') return `<script type="module">m${i}()</script>`;
          return `<p>t${i}</p>`;
        };
        const header = inHeader.map(render).join('');
        const body = inBody.map(render).join('');
        const html = page(`<body><header>${header}</header><main>${body}${NOTICE}</main></body>`);
        const out = inFirstPaintOrder(html)!;
        const all = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[0]);
        const CLASSIC = /<script>c\d+\(\)<\/script>/g;
        const MODULES = /<script type="module"[^>]*>(?:m\d+\(\))?<\/script>/g;
        const PRELOADS = /<link[^>]*modulepreload[^>]*>/g;
        // Nothing lost or doubled, and each kind keeps its order.
        expect(all(out, CLASSIC)).toEqual(all(html, CLASSIC));
        expect(all(out, MODULES)).toEqual(all(html, MODULES));
        expect(all(out, PRELOADS)).toEqual(all(html, PRELOADS));
        expect(all(out, /<p>t\d+<\/p>/g)).toEqual(all(html, /<p>t\d+<\/p>/g));
        // Nothing that runs or asks for a file between the header and the last element but the classic scripts,
        // which stand together just before it; the preloads and modules come after it.
        const notice = out.indexOf(NOTICE);
        const between = out.slice(out.indexOf('</header>'), notice).replace(/<p>t\d+<\/p>/g, '');
        expect(between).toBe(`</header><main>${all(html, CLASSIC).join('')}`);
        for (const m of [...all(out, MODULES), ...all(out, PRELOADS)]) expect(out.indexOf(m)).toBeGreaterThan(notice);
        expect(out.slice(out.indexOf('<header>'), out.indexOf('</header>')).replace(/<p>t\d+<\/p>/g, '')).toBe('<header>');
        expect(inFirstPaintOrder(out)).toBe(out);
      }),
    );
  });
});
