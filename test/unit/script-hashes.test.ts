import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPageScripts, inlineScriptHashes, inlineScripts, withScriptHashes } from '@/lib/script-hashes';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'";

describe('script hashes for the CSP', () => {
  it('hashes every inline script once, skips scripts with src, keeps exact whitespace', () => {
    const html = `<script>a()</script><script type="module">\n b() \n</script><script src="/x.js"></script><script type="module" src="/y.js"></script><script>a()</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('\n b() \n')]);
  });

  it("replaces 'unsafe-inline' in script-src only, and replaces stale hashes", () => {
    expect(withScriptHashes(`${POLICY.replace("'self' 'unsafe-inline' 'wasm", `'self' ${sha('old')} 'unsafe-inline' 'wasm`)}`, [sha('x')])).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha('x')}; style-src 'self' 'unsafe-inline'`,
    );
  });

  it('rewrites the meta tag of a page and leaves a page without one alone', () => {
    const page = `<head><meta http-equiv="content-security-policy" content="${POLICY}"/><script>t()</script></head>`;
    expect(hashPageScripts(page)).toBe(`<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha('t()')}; style-src 'self' 'unsafe-inline'"/><script>t()</script></head>`);
    expect(hashPageScripts('<p>no policy</p><script>t()</script>')).toBeNull();
  });

  it('hashes only the scripts the site emits, and reports any other, so that it never runs', () => {
    const page = `<head><meta http-equiv="content-security-policy" content="${POLICY}"/><title></title><script>alert(1)</script></title><script>t()</script></head>`;
    const unknown: string[] = [];
    const hashed = hashPageScripts(page, new Set(['t()']), unknown);
    expect(unknown).toEqual(['alert(1)']);
    expect(hashed).toContain(sha('t()'));
    expect(hashed).not.toContain(sha('alert(1)'));
    // The same text as a known script, with one character more, is not known.
    const more: string[] = [];
    hashPageScripts(page.replace('<script>t()</script>', '<script>t() </script>'), new Set(['t()']), more);
    expect(more).toEqual(['alert(1)', 't() ']);
  });

  it('finds the scripts a browser would run, not script-like text in a title, an attribute or a comment', () => {
    const html = [
      '<title>&lt;/title&gt;<script>in title</script></title>',
      '<meta property="og:site_name" content="</title><script>in attribute</script>">',
      "<img alt='<script>in single quotes</script>'>",
      '<!-- <script>in comment</script> -->',
      '<noscript><script>in noscript</script></noscript>',
      '<textarea><script>in textarea</script></textarea>',
      '<script data-note="src=x">real one</script >',
      '<SCRIPT>upper case</SCRIPT>',
      '<script type="module" src="/a.js"></script>',
    ].join('');
    expect(inlineScripts(html)).toEqual(['real one', 'upper case']);
    // A title closed early lets the script after it out: that one is a script.
    expect(inlineScripts('<title>x</title><script>alert(1)</script>）</title>')).toEqual(['alert(1)']);
  });
});
