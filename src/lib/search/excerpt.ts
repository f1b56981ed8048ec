/**
 * A result's excerpt: about 60 characters of the page's text around the place where the most query words meet,
 * started and ended at a sentence or clause boundary where one is near, with the words marked whole.
 */
import { comparable } from './rank-results';

export interface Segment {
  text: string;
  mark: boolean;
}

export const EXCERPT_LENGTH = 60;
/** How far past the target length an excerpt may reach to end at a boundary, and how far back it may start. */
const SLACK = 12;
const ENDS = /[。！？!?]/u;
const PAUSES = /[、，,」』）)]/u;

/**
 * Pagefind joins a page's blocks with a Latin ". ", which reads as a stray full stop in Japanese text: between
 * Japanese blocks it becomes 「。」, or nothing after a block that already ended a sentence.
 */
export function readableText(content: string): string {
  return content.replace(/([^\x00-\x7f])\. /gu, (_, c: string) => (ENDS.test(c) ? c : `${c}。`)).replace(/\s+/g, ' ');
}

/** Where in `text` each needle occurs (comparable positions equal text positions: NFKC is applied beforehand). */
function occurrences(text: string, needles: string[]): { at: number; end: number; needle: string }[] {
  const lower = text.toLowerCase();
  const out: { at: number; end: number; needle: string }[] = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) out.push({ at, end: at + needle.length, needle });
  }
  return out.sort((a, b) => a.at - b.at || b.end - a.end);
}

/** Splits `text` into marked and unmarked segments; overlapping needles mark their union, whole. */
export function markWords(text: string, needles: string[]): Segment[] {
  const segments: Segment[] = [];
  let pos = 0;
  for (const o of occurrences(text, needles)) {
    if (o.at < pos) {
      if (o.end > pos && segments.at(-1)?.mark) {
        segments.at(-1)!.text += text.slice(pos, o.end);
        pos = o.end;
      }
      continue;
    }
    if (o.at > pos) segments.push({ text: text.slice(pos, o.at), mark: false });
    segments.push({ text: text.slice(o.at, o.end), mark: true });
    pos = o.end;
  }
  if (pos < text.length) segments.push({ text: text.slice(pos), mark: false });
  return segments;
}

export function excerpt(content: string, needles: string[], length = EXCERPT_LENGTH): Segment[] {
  const text = readableText(content.normalize('NFKC')).trim();
  const wanted = needles.map(comparable);
  const found = occurrences(text, wanted);
  // The window that holds the most different words; the earliest of equals.
  let anchor = found[0]?.at ?? 0;
  let bestCount = 0;
  for (const o of found) {
    const count = new Set(found.filter((p) => p.at >= o.at && p.end <= o.at + length).map((p) => p.needle)).size;
    if (count > bestCount) [anchor, bestCount] = [o.at, count];
  }
  // Start at the boundary before the word if it is near, else a little before the word.
  let start = Math.max(0, anchor - SLACK);
  for (let i = anchor - 1; i >= Math.max(0, anchor - SLACK * 2); i--) {
    if (ENDS.test(text[i]!) || (PAUSES.test(text[i]!) && i >= anchor - SLACK)) {
      start = i + 1;
      break;
    }
    if (i === 0) start = 0;
  }
  let end = Math.min(text.length, start + length);
  for (let i = end; i < Math.min(text.length, start + length + SLACK); i++) {
    if (ENDS.test(text[i]!) || PAUSES.test(text[i]!)) {
      end = i + 1;
      break;
    }
  }
  const slice = text.slice(start, end).trim();
  const segments = markWords(slice, wanted);
  if (start > 0) segments.unshift({ text: '…', mark: false });
  if (end < text.length && !ENDS.test(slice.at(-1) ?? '')) segments.push({ text: '…', mark: false });
  return segments;
}
