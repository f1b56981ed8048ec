import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inject } from 'vitest';

/** Every built HTML page of a build (the e2e one by default) as a URL path under the base (e.g. `/hr/co-guide/soshiki/fudo/`), 404 excluded. */
export function builtPages(dist: string = inject('distDir'), base: string = inject('base')): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== '_astro' && e.name !== 'pagefind') walk(p);
      } else if (e.name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        out.push(rel ? `${base}${rel}/` : base);
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** The built HTML of a page path, read from disk. */
export function builtHtml(path: string): string {
  const rel = path.slice(inject('base').length);
  return readFileSync(join(inject('distDir'), rel, 'index.html'), 'utf8');
}

/** The visible text of a built page's main content (tags stripped), as a reader would search it. */
export function pageText(slug: string): string {
  const html = builtHtml(`${inject('base')}${slug}`);
  const main = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>'));
  return main.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&');
}

/** Each `page: term` of the list that the page's visible text does not contain. */
export function missingTerms(termsByPage: Record<string, string[]>): string[] {
  return Object.entries(termsByPage).flatMap(([slug, terms]) => {
    const text = pageText(slug);
    return terms.filter((t) => !text.includes(t)).map((t) => `${slug}: ${t}`);
  });
}
