/**
 * A bare Starlight site to measure ours against: the same pinned Astro and Starlight (this repository's
 * node_modules, found by walking up from bench/out), the same title, locale, sidebar and text, and Starlight's
 * defaults for everything else (its own Search, components and styles). Three pages: the top page, the chapter
 * soshiki/groups and the self-check, each our MDX with its components taken out and their text kept where easy.
 * Made to be fair, not exact.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { build } from './site.mjs';

const SRC = 'bench/out/bare-src';
export const BARE_OUT = 'bench/out/bare';
const PAGES = ['index', 'soshiki/groups', 'tools/self-check'];

/** Our sidebar as built (group labels, link labels and hrefs), read from a page of our site under base `/`. */
function sidebarOf(html) {
  const nav = html.slice(html.indexOf('<ul class="top-level'));
  const groups = [];
  for (const m of nav.matchAll(/<span class="large[^"]*">([^<]+)<\/span>|<a href="([^"]+)"[^>]*><span[^>]*>([^<]+)<\/span>/g)) {
    if (m[1]) groups.push({ label: m[1], items: [] });
    else groups.at(-1)?.items.push({ label: m[3], link: m[2] });
  }
  return groups;
}

/** A 不動層 group as plain Markdown, from the data the FudoGroup component renders. */
function fudoGroup(id) {
  const g = parseYaml(readFileSync('content/data/fudo-groups.yaml', 'utf8')).find((x) => x.id === id);
  const list = (xs) => xs.map((x) => `- ${x}`).join('\n');
  return `${g.summary}\n\n**満たされていないニーズ**\n\n${list(g.unmetNeeds)}\n\n**上司が気づける兆し**\n\n${list(g.signs)}`;
}

/** Our MDX as plain Markdown: no imports, no heading ids; a titled component becomes its title in bold, others go. */
function plainMarkdown(mdx) {
  return mdx
    .replace(/^import .*$/gm, '')
    .replace(/^(#+ .*?)\s*\{\s*#[\w-]+\s*\}$/gm, '$1')
    .replace(/<FudoGroup id="(\w+)" \/>/g, (_, id) => fudoGroup(id))
    .replace(/<[A-Z]\w*[^>]*\btitle="([^"]*)"[^>]*>/g, '**$1**')
    .replace(/<\/?[A-Z]\w*[^>]*>/g, '');
}

/** Writes the bare project into bench/out/bare-src and builds it into bench/out/bare; `ourPage` is a built page of ours. */
export function bareBuild(ourPage) {
  rmSync(SRC, { recursive: true, force: true });
  const write = (path, text) => {
    mkdirSync(dirname(join(SRC, path)), { recursive: true });
    writeFileSync(join(SRC, path), text);
  };
  const title = /<title>[^|<]*\|\s*([^<]+)<\/title>/.exec(ourPage)?.[1].trim();
  write(
    'astro.config.mjs',
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  trailingSlash: 'always',
  outDir: '../bare',
  cacheDir: './.cache',
  integrations: [starlight(${JSON.stringify({ title, locales: { root: { label: '日本語', lang: 'ja' } }, sidebar: sidebarOf(ourPage) }, null, 2)})],
});
`,
  );
  write(
    'src/content.config.ts',
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  for (const page of PAGES) write(`src/content/docs/${page}.md`, plainMarkdown(readFileSync(`content/chapters/${page}.mdx`, 'utf8')));
  // Starlight's starter ships a favicon too; without one the browser would ask for a missing file.
  mkdirSync(join(SRC, 'public'), { recursive: true });
  copyFileSync('public/favicon.svg', join(SRC, 'public/favicon.svg'));
  return build({}, ['--root', SRC]);
}
