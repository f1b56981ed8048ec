/**
 * The site's base path (`BASE`, e.g. `/hr/co-guide/`) in the forms the code needs. One place, so that a base given
 * with or without its trailing slash is handled alike everywhere.
 */

/** `path` without its trailing slashes: `/hr/co-guide/` → `/hr/co-guide`, `/` → ``. */
export const withoutTrailingSlash = (path: string) => path.replace(/\/+$/, '');

/** `path` ending in exactly one slash: `/hr/co-guide` → `/hr/co-guide/`. */
export const withTrailingSlash = (path: string) => `${withoutTrailingSlash(path)}/`;

/** The example base the deployment configurations are written for (deploy/). */
const EXAMPLE_BASE = '/hr/co-guide/';

/** A text written for the example base, rewritten for `base` (the configurations shown on the page and packed in the zip). */
export function forBase(text: string, base: string): string {
  const root = withTrailingSlash(base);
  return text.replaceAll(EXAMPLE_BASE, root).replaceAll(withoutTrailingSlash(EXAMPLE_BASE), withoutTrailingSlash(root) || '/');
}
