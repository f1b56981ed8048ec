import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPageScripts, inlineScriptHashes, withScriptHashes } from '@/lib/script-hashes';

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
});
