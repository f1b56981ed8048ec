/**
 * Strict script-src for built pages: every inline <script> a page carries (Astro's island loader, Starlight's
 * theme and sidebar scripts, ours) is allowed by its SHA-256 hash, and 'unsafe-inline' is dropped, so a script
 * or an `onerror=` handler injected into a page does not run. Works on the finished HTML, so it covers whatever
 * emitted the script and every page, whoever added it. Pure; src/integrations/strict-csp.ts applies it.
 */
import { createHash } from 'node:crypto';

/** Matches one script element; group 1 is its attributes, group 2 its text. */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/gi;

/** `'sha256-…'` sources for every inline script in the page, each once, in order of appearance. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attrs, text] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attrs}`)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(text ?? '', 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** The policy with 'unsafe-inline' in script-src replaced by the given hashes; other directives untouched. */
export function withScriptHashes(policy: string, hashes: readonly string[]): string {
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const [name, ...sources] = d.split(/\s+/);
      if (name !== 'script-src') return d;
      return [name, ...sources.filter((s) => s !== "'unsafe-inline'" && !s.startsWith("'sha256-")), ...hashes].join(' ');
    })
    .join('; ');
}

/**
 * The page with its CSP meta tag's script-src listing the hashes of its own inline scripts. A page without the
 * meta tag is returned as it is; `null` means nothing changed.
 */
export function hashPageScripts(html: string): string | null {
  const hashes = inlineScriptHashes(html);
  let changed = false;
  const out = html.replace(META, (_, open: string, policy: string, close: string) => {
    changed = true;
    return `${open}${withScriptHashes(policy, hashes)}${close}`;
  });
  return changed ? out : null;
}
