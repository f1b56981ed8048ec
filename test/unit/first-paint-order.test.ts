import { describe, expect, it } from 'vitest';
import { inFirstPaintOrder } from '@/lib/first-paint-order';

const META = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
const page = (body: string) =>
  `<html><head><meta charset="utf-8">${META}<script>theme()</script>` +
  `<link rel="stylesheet" href="/p.css" media="print"><link rel="stylesheet" href="/s.css">` +
  `<link rel="icon" href="/f.svg"><link href="/a.js" rel="modulepreload"><link rel="modulepreload" href="/b.js"></head>${body}</html>`;

describe('the order a page asks for its files in', () => {
  it('announces the stylesheet before the CSP tag, links it after the head scripts, and puts the header\'s scripts and the modules after it', () => {
    const html = page(
      `<body><header><script type="module" src="/a.js"></script><script>pickers()</script><script type="module">inline()</script></header>` +
        `<main><link rel="stylesheet" href="/late.css"></main></body>`,
    );
    expect(inFirstPaintOrder(html)).toBe(
      `<html><head><meta charset="utf-8"><link rel="preload" as="style" href="/s.css">${META}<script>theme()</script>` +
        `<link rel="icon" href="/f.svg"><link rel="stylesheet" href="/s.css"></head>` +
        `<body><header><script type="module">inline()</script></header><script>pickers()</script>` +
        `<link href="/a.js" rel="modulepreload"><link rel="modulepreload" href="/b.js"><script type="module" src="/a.js"></script>` +
        `<main><link rel="stylesheet" href="/late.css"></main><link rel="stylesheet" href="/p.css" media="print"></body></html>`,
    );
  });

  it('keeps the module preloads before the CSP tag on a page without a header (the embed pages)', () => {
    const out = inFirstPaintOrder(page('<body><main></main></body>'))!;
    expect(out.indexOf('rel="modulepreload" href="/b.js"')).toBeLessThan(out.indexOf(META));
    expect(out.indexOf('href="/a.js" rel="modulepreload"')).toBeLessThan(out.indexOf(META));
    expect(out.indexOf('<link rel="stylesheet" href="/s.css">')).toBeGreaterThan(out.indexOf('<script>theme()</script>'));
    expect(out.indexOf('media="print"')).toBeGreaterThan(out.indexOf('<main>'));
  });

  it('gives the same page when run twice, and leaves alone a page with nothing to move or no CSP tag in its head', () => {
    const once = inFirstPaintOrder(page('<body><header></header></body>'))!;
    expect(inFirstPaintOrder(once)).toBe(once);
    expect(inFirstPaintOrder('<head><link rel="stylesheet" href="/s.css"></head>')).toBeNull();
    expect(inFirstPaintOrder(`<head>${META}<script>t()</script></head><body><header></header></body>`)).toBeNull();
    expect(inFirstPaintOrder(`<head></head><body>${META}<link rel="stylesheet" href="/s.css"></body>`)).toBeNull();
  });
});
