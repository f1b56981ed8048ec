import { describe, expect, it } from 'vitest';
import { entryModules, moduleGraph, staticImports, withModulePreloads } from '@/lib/module-preload';

describe('module preloads', () => {
  it('finds the static imports of a minified chunk and leaves dynamic import() alone', () => {
    const code =
      'import{r as e}from"./preact.module.js";import"./side.js";export{a as b}from"../up/x.js";' +
      'const l=()=>import("./lazy.js");let s=`import"./in-a-string"`;export*from"./all.js";';
    expect(staticImports(code)).toEqual(['./preact.module.js', './side.js', '../up/x.js', './all.js']);
  });

  it('starts from module scripts and islands hydrated on load, not from islands that wait', () => {
    const html =
      '<head><script type="module" src="/b/_astro/page.js"></script></head><body>' +
      '<astro-island uid="1" component-url="/b/_astro/SelfCheck.js" renderer-url="/b/_astro/client.js" client="load"></astro-island>' +
      '<astro-island uid="2" component-url="/b/_astro/MeasureTable.js" renderer-url="/b/_astro/client.js" client="visible"></astro-island>';
    expect(entryModules(html)).toEqual(['/b/_astro/page.js', '/b/_astro/SelfCheck.js', '/b/_astro/client.js']);
  });

  it('follows imports through the whole graph once each, cycles included, and keeps unreadable modules without following them', () => {
    const files: Record<string, string> = {
      '/b/_astro/a.js': 'import{x}from"./b.js";import"./c.js";',
      '/b/_astro/b.js': 'import{y}from"./a.js";import"./d.js";',
      '/b/_astro/c.js': 'const z=()=>import("./lazy.js");',
      '/b/_astro/d.js': '',
    };
    expect(moduleGraph(['/b/_astro/a.js', '/b/_astro/gone.js'], (u) => files[u] ?? null)).toEqual(['/b/_astro/a.js', '/b/_astro/b.js', '/b/_astro/d.js', '/b/_astro/c.js', '/b/_astro/gone.js']);
  });

  it('adds one link per module at the end of <head>, and nothing on a second pass', () => {
    const html = '<html><head><title>t</title></head><body></body></html>';
    const once = withModulePreloads(html, ['/b/_astro/a.js', '/b/_astro/b.js']);
    expect(once).toBe('<html><head><title>t</title><link rel="modulepreload" href="/b/_astro/a.js"><link rel="modulepreload" href="/b/_astro/b.js"></head><body></body></html>');
    expect(withModulePreloads(once, ['/b/_astro/a.js', '/b/_astro/b.js'])).toBe(once);
  });
});
