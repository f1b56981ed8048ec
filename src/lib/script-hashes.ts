/**
 * Strict script-src for built pages: every inline <script> a page carries (Astro's island loader, Starlight's
 * theme and sidebar scripts, ours) is allowed by its SHA-256 hash, and 'unsafe-inline' is dropped, so a script
 * or an `onerror=` handler injected into a page does not run. Works on the finished HTML, so it covers whatever
 * emitted the script and every page, whoever added it. Only scripts the site itself emits are hashed: any other
 * inline script (one that came in through a settings value or a chapter's text) is reported, and the build stops.
 * Pure; src/integrations/strict-csp.ts applies it with the list from src/integrations/known-scripts.ts.
 */
import { createHash } from 'node:crypto';

/**
 * One comment, or one start tag with its attributes (quoted values may hold `<` and `>`: a settings value in a
 * `<meta content="…">` is text, not a tag). Group 1 is the tag's name, group 2 its attributes.
 */
const TAG = /<!--[\s\S]*?(?:-->|$)|<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
/** Elements whose content is text up to their end tag: a `<script>` inside a `<title>` is not a script. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/gi;

/** The text of every inline script in the page (scripts with a src are not inline), in order of appearance. */
export function inlineScripts(html: string): string[] {
  const texts: string[] = [];
  const tag = new RegExp(TAG.source, 'g');
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[1]?.toLowerCase();
    if (!name || !RAW_TEXT.has(name)) continue;
    const end = new RegExp(`</${name}[\\s/>]`, 'gi');
    end.lastIndex = tag.lastIndex;
    const close = end.exec(html);
    const text = html.slice(tag.lastIndex, close ? close.index : html.length);
    const attrs = (m[2] ?? '').replace(/"[^"]*"|'[^']*'/g, '""');
    if (name === 'script' && !/\ssrc\s*=/i.test(` ${attrs}`)) texts.push(text);
    tag.lastIndex = close ? close.index + close[0].length : html.length;
  }
  return texts;
}

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** `'sha256-…'` sources for every inline script in the page, each once, in order of appearance. */
export function inlineScriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map(hashOf))];
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
 * meta tag is returned as it is; `null` means nothing changed. With `known`, only scripts whose text is in it are
 * hashed; the others are pushed onto `unknown` (the caller stops the build), so they can never run.
 */
export function hashPageScripts(html: string, known?: ReadonlySet<string>, unknown: string[] = []): string | null {
  const scripts = inlineScripts(html);
  for (const text of scripts) if (known && !known.has(text)) unknown.push(text);
  const hashes = [...new Set(scripts.filter((t) => !known || known.has(t)).map(hashOf))];
  let changed = false;
  const out = html.replace(META, (_, open: string, policy: string, close: string) => {
    changed = true;
    return `${open}${withScriptHashes(policy, hashes)}${close}`;
  });
  return changed ? out : null;
}
