/**
 * Turns a chapter link from data (`kojin/measures#know`) into an href under the site's base
 * (`/hr/co-guide/kojin/measures/#know`). Pure, so widgets and tests share it.
 */
import { withTrailingSlash } from './base-path';

export function chapterHref(link: string, base: string): string {
  const [path = '', hash] = link.split('#', 2);
  const root = withTrailingSlash(base);
  const clean = path.replace(/^\/+|\/+$/g, '');
  const href = clean ? `${root}${clean}/` : root;
  return hash ? `${href}#${hash}` : href;
}
