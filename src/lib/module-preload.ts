/**
 * Which ES modules a built page will load, so that the page can ask for all of them at once with
 * <link rel="modulepreload"> instead of discovering them import by import (one round trip per level).
 * Pure: works on the HTML and the bundler's output as text.
 */

/** Modules a chunk imports statically (`import{a}from"./x.js"`, `import"./y.js"`, `export{b}from"./z.js"`), not `import()`. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?(["'`])(\.{1,2}\/[^"'`]+?\.m?js)\1/g)) found.push(m[2]!);
  return found;
}

/**
 * The module URLs a page starts with: module scripts, and the component and renderer of each island hydrated on
 * load (islands hydrated later, on idle or when visible, stay lazy).
 */
export function entryModules(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) found.push(m[1]!);
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    const tag = m[0];
    if (!/\bclient="load"/.test(tag)) continue;
    for (const a of tag.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) found.push(a[1]!);
  }
  return [...new Set(found)];
}

/**
 * Every module the entries load before running, entries included, in the order first met. `read(url)` returns a
 * module's code, or null for a URL it cannot read (that URL is kept, its imports are not followed).
 */
export function moduleGraph(entries: readonly string[], read: (url: string) => string | null): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = read(url);
    if (code === null) return;
    for (const spec of staticImports(code)) visit(new URL(spec, new URL(url, 'http://site.invalid')).pathname);
  };
  for (const e of entries) visit(e);
  return [...seen];
}

/** The page with a modulepreload link, at the end of <head>, for each module it loads that has none yet. */
export function withModulePreloads(html: string, modules: readonly string[]): string {
  const missing = modules.filter((url) => !html.includes(`rel="modulepreload" href="${url}"`));
  if (missing.length === 0 || !html.includes('</head>')) return html;
  return html.replace('</head>', `${missing.map((url) => `<link rel="modulepreload" href="${url}">`).join('')}</head>`);
}
