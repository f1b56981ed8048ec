/**
 * The print edition's chapter list, read from Starlight's resolved sidebar (the one list of chapters and their
 * order), so a chapter added to, or a tool switched off in, the sidebar is added to or left out of print too.
 */
import { withTrailingSlash } from '../base-path';

/** The parts of Starlight's sidebar entries this needs (structurally typed: works with its route data). */
export type SidebarItem =
  | { type: 'link'; label: string; href: string }
  | { type: 'group'; label: string; entries: readonly SidebarItem[] };

export interface PrintChapter {
  /** The chapter's entry id, e.g. `co-keiei/frame`. */
  slug: string;
  /** Its address on the site, e.g. `/hr/co-guide/co-keiei/frame/`. */
  href: string;
  /** The sidebar groups it sits in, outermost first. */
  parts: string[];
  /** The id of its section in the print page; ids inside the chapter get it as a prefix. */
  anchor: string;
}

/** `co-keiei/frame` → `co-keiei_frame`: a valid, readable id that no chapter's own heading id looks like. */
export const chapterAnchor = (slug: string) => `ch_${slug.replaceAll('/', '_')}`;

/** The chapter slug of a sidebar href under `base`, or undefined for links that lead elsewhere. */
function slugOf(href: string, base: string): string | undefined {
  const root = withTrailingSlash(base);
  if (!href.startsWith(root)) return undefined;
  const slug = href.slice(root.length).split(/[?#]/, 1)[0]!.replace(/^\/+|\/+$/g, '');
  return slug || undefined;
}

/**
 * Every chapter of the sidebar in its order, with the groups it sits in. Links that are not chapters of the guide
 * (`isChapter` says which are), such as a link to another site, are left out.
 */
export function chaptersFromSidebar(sidebar: readonly SidebarItem[], base: string, isChapter: (slug: string) => boolean): PrintChapter[] {
  const out: PrintChapter[] = [];
  const walk = (items: readonly SidebarItem[], parts: string[]) => {
    for (const item of items) {
      if (item.type === 'group') {
        walk(item.entries, [...parts, item.label]);
        continue;
      }
      const slug = slugOf(item.href, base);
      if (slug && isChapter(slug) && !out.some((c) => c.slug === slug)) out.push({ slug, href: item.href, parts, anchor: chapterAnchor(slug) });
    }
  };
  walk(sidebar, []);
  return out;
}

export interface PrintPart {
  /** The group labels that start with this run of chapters (empty for chapters outside any group). */
  labels: string[];
  /** How many groups enclose these chapters. */
  depth: number;
  chapters: PrintChapter[];
}

/** Consecutive chapters of the same group, each run with the group labels that change at its start. */
export function partsOf(chapters: readonly PrintChapter[]): PrintPart[] {
  const parts: PrintPart[] = [];
  let previous: string[] = [];
  for (const chapter of chapters) {
    const last = parts.at(-1);
    if (last && chapter.parts.join('\u0000') === previous.join('\u0000')) {
      last.chapters.push(chapter);
      continue;
    }
    let shared = 0;
    while (shared < previous.length && previous[shared] === chapter.parts[shared]) shared++;
    parts.push({ labels: chapter.parts.slice(shared), depth: chapter.parts.length, chapters: [chapter] });
    previous = chapter.parts;
  }
  return parts;
}

/** The heading level of a chapter's title: the page title is h1, each enclosing group one level more. */
export const chapterTitleLevel = (chapter: PrintChapter) => Math.min(6, 2 + chapter.parts.length);

export type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
/** The tag for a heading level below the page title, kept within h2–h6. */
export const headingTag = (level: number) => `h${Math.min(6, Math.max(2, level))}` as HeadingTag;
