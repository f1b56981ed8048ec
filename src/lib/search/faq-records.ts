/**
 * The FAQ's questions as search records of their own: a reader who types a question wants that question's
 * answer, not the FAQ page (where it is one of twenty). Read from the built page, where each question is an
 * <h3 id> and its answer the paragraphs up to the next heading.
 */
import { htmlText } from '../markup/html-text';

/** The pages whose <h3> sections are questions with their answers. */
export const FAQ_PAGES = ['practice/faq/'];

export interface FaqRecord {
  /** Relative to the site root, with the question's anchor: `practice/faq/#evaluation`. */
  url: string;
  question: string;
  answer: string;
}

export function faqRecords(html: string, pagePath: string): FaqRecord[] {
  const records: FaqRecord[] = [];
  const heading = /<h3 id="([^"]+)"[^>]*>([\s\S]*?)<\/h3>([\s\S]*?)(?=<h[1-3][\s>]|<div class="sl-heading-wrapper|<\/div>\s*<\/div>\s*<footer|$)/g;
  for (const m of html.matchAll(heading)) {
    const question = htmlText(m[2]!);
    const answer = htmlText(m[3]!.replace(/<\/p>/g, '</p> '));
    if (question && answer) records.push({ url: `${pagePath}#${m[1]}`, question, answer });
  }
  return records;
}
