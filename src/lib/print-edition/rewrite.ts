/**
 * Makes the chapters' rendered HTML work as one document: each chapter was written to stand alone at its own
 * address, so its ids (`#know` is in several chapters) are prefixed with the chapter's anchor, its relative links are
 * resolved from its own address, links to chapters of the print edition become links inside it, and its headings move
 * down below the chapter title. Works on Astro's serialised output (attributes always double-quoted).
 */
import { withTrailingSlash } from '../base-path';
import type { PrintChapter } from './contents';

/** Attributes that hold an id or a space-separated list of ids. */
const ID_ATTRIBUTES = new Set(['id', 'for', 'headers', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-details', 'aria-errormessage', 'aria-flowto']);
/** A start tag, its attribute values quoted (a `>` inside quotes does not end it). */
const START_TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=>"'/]+(?:\s*=\s*"[^"]*")?)*)\s*(\/?)>/g;
const ATTRIBUTE = /(\s+)([^\s=>"'/]+)(?:(\s*=\s*)"([^"]*)")?/g;
const HEADING = /<(\/?)h([1-6])(?=[\s>])/g;
/** Marks the start of a chapter's content in the rendered book: `<div … data-print-chapter="slug">`. */
const CHAPTER_START = /<[a-zA-Z][^>]*\sdata-print-chapter="([^"]*)"[^>]*>/g;
/** Marks where a chapter's content ends: the wrapper of the next chapter, or the end of the book. */
const CHAPTER_END = /<[a-zA-Z][^>]*\sdata-print-chapter-end(?:="[^"]*")?[^>]*>/g;
/** A link the print edition keeps as the web address it names (a note that a tool is on the website). */
const KEEP_ADDRESS = 'data-web-address';

const ORIGIN = 'https://print.invalid';
const prefixed = (chapter: PrintChapter, id: string) => `${chapter.anchor}__${id}`;

export interface RewriteOptions {
  chapters: readonly PrintChapter[];
  /** How far each chapter's headings move down (h2 → h4 for 2), by slug. */
  headingShift: (chapter: PrintChapter) => number;
}

/** The same-document href for a resolved address, if it points into a chapter of the book. */
function bookHref(url: URL, byPath: ReadonlyMap<string, PrintChapter>): string | undefined {
  const path = withTrailingSlash(url.pathname);
  const target = byPath.get(path);
  if (!target || url.search) return undefined;
  const id = decodeURIComponent(url.hash.slice(1));
  return id ? `#${prefixed(target, id)}` : `#${target.anchor}`;
}

function rewriteHref(value: string, chapter: PrintChapter, byPath: ReadonlyMap<string, PrintChapter>): string {
  if (value.startsWith('#')) return value.length > 1 ? `#${prefixed(chapter, value.slice(1))}` : value;
  // Other schemes (https:, mailto:) and protocol-relative links lead out of the site: left as written.
  if (/^[a-zA-Z][\w+.-]*:|^\/\//.test(value)) return value;
  const url = new URL(value.replaceAll('&amp;', '&'), ORIGIN + chapter.href);
  return (bookHref(url, byPath) ?? url.pathname + url.search + url.hash).replaceAll('&', '&amp;');
}

function rewriteTag(attributes: string, chapter: PrintChapter, byPath: ReadonlyMap<string, PrintChapter>): string {
  const keep = attributes.includes(KEEP_ADDRESS);
  return attributes.replace(ATTRIBUTE, (whole, space: string, name: string, eq: string | undefined, value: string | undefined) => {
    if (value === undefined) return whole;
    const lower = name.toLowerCase();
    let next = value;
    if (ID_ATTRIBUTES.has(lower)) next = value.split(/\s+/).filter(Boolean).map((id) => prefixed(chapter, id)).join(' ');
    else if ((lower === 'href' || lower === 'xlink:href') && !keep) next = rewriteHref(value, chapter, byPath);
    else if ((lower === 'src' || lower === 'poster') && !/^[a-zA-Z][\w+.-]*:|^\/\//.test(value)) {
      const url = new URL(value, ORIGIN + chapter.href);
      next = url.pathname + url.search;
    }
    // SVG paint servers and markers (`fill="url(#grad)"`, also inside style) refer to ids too.
    next = next.replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${prefixed(chapter, id)})`);
    return `${space}${name}${eq}"${next}"`;
  });
}

/** One chapter's content HTML, rewritten to live inside the book. */
export function rewriteChapter(html: string, chapter: PrintChapter, byPath: ReadonlyMap<string, PrintChapter>, shift: number): string {
  return html
    .replace(START_TAG, (_whole, name: string, attributes: string, slash: string) => `<${name}${rewriteTag(attributes, chapter, byPath)}${slash ? ' /' : ''}>`)
    .replace(HEADING, (_whole, close: string, level: string) => `<${close}h${Math.min(6, Number(level) + shift)}`);
}

/**
 * Links inside the book whose target id is not in it (a heading a chapter links to that only a web tool draws)
 * lead to the start of the chapter they point into instead of nowhere.
 */
function settleFragments(html: string, chapters: readonly PrintChapter[]): string {
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
  return html.replace(/(\shref=")#([^"]+)"/g, (whole, start: string, id: string) => {
    if (ids.has(id)) return whole;
    const owner = chapters.find((c) => id.startsWith(`${c.anchor}__`));
    return owner ? `${start}#${owner.anchor}"` : whole;
  });
}

/**
 * Rewrites the rendered book: the content of each chapter, from its `data-print-chapter="slug"` element to the next
 * `data-print-chapter-end` element, is rewritten for that chapter; the rest (title page, table of contents, chapter
 * titles) is left as written. Throws when a marked chapter is not in the list, which would be a bug in the page.
 */
export function rewriteBook(html: string, { chapters, headingShift }: RewriteOptions): string {
  const bySlug = new Map(chapters.map((c) => [c.slug, c]));
  const byPath = new Map(chapters.map((c) => [withTrailingSlash(c.href), c]));
  const ends = [...html.matchAll(CHAPTER_END)].map((m) => m.index!);
  let out = '';
  let at = 0;
  for (const start of html.matchAll(CHAPTER_START)) {
    const chapter = bySlug.get(start[1]!);
    if (!chapter) throw new Error(`印刷版: 章 "${start[1]}" が目次にありません`);
    const from = start.index! + start[0].length;
    if (from < at) continue;
    const to = ends.find((e) => e >= from) ?? html.length;
    out += html.slice(at, from) + rewriteChapter(html.slice(from, to), chapter, byPath, headingShift(chapter));
    at = to;
  }
  return settleFragments(out + html.slice(at), chapters);
}
