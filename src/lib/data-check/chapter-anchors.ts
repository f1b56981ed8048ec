import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The chapter file behind a slug (`kojin/measures`), as the docs collection's glob loader finds it. */
function chapterFile(chaptersDir: string, slug: string): string | undefined {
  const clean = slug.replace(/^\/+|\/+$/g, '');
  const candidates = clean ? [`${clean}.mdx`, `${clean}.md`, `${clean}/index.mdx`, `${clean}/index.md`] : ['index.mdx', 'index.md'];
  return candidates.map((c) => join(chaptersDir, c)).find((f) => existsSync(f));
}

/**
 * The anchors a chapter really has: explicit heading ids (`## 知る { #know }`) and `id="…"` attributes
 * written in its components. Data files link only to these short ids, so they can be checked without a build.
 */
export function anchorsOf(text: string): Set<string> {
  return new Set([...text.matchAll(/^#{1,6}\s.*\{\s*#([A-Za-z0-9_-]+)\s*\}\s*$/gm), ...text.matchAll(/\sid="([A-Za-z0-9_-]+)"/g)].map((m) => m[1]!));
}

export type ChapterLinkProblem = { kind: 'chapter'; slug: string } | { kind: 'anchor'; slug: string; anchor: string; known: string[] };

/** Checks a data link `chapter/slug#anchor` against the chapters folder; undefined when it resolves. */
export function chapterLinkProblem(chaptersDir: string, link: string, cache = new Map<string, Set<string> | null>()): ChapterLinkProblem | undefined {
  const [slug = '', anchor] = link.split('#', 2);
  if (!cache.has(slug)) {
    const file = chapterFile(chaptersDir, slug);
    cache.set(slug, file ? anchorsOf(readFileSync(file, 'utf8')) : null);
  }
  const anchors = cache.get(slug);
  if (!anchors) return { kind: 'chapter', slug };
  if (anchor && !anchors.has(anchor)) return { kind: 'anchor', slug, anchor, known: [...anchors] };
  return undefined;
}
