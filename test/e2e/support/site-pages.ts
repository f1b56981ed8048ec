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
