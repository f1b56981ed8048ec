import { describe, expect, it } from 'vitest';
import { withIslandStyleInHead, withoutScriptAriaHidden } from '@/lib/markup/valid-markup';

const RULE = 'astro-island,astro-slot{display:contents}';

describe('markup put right after the build', () => {
  it('drops aria-hidden from scripts only, keeping the script and every other attribute', () => {
    expect(withoutScriptAriaHidden('<script is-x aria-hidden="true">a()</script><div aria-hidden="true"></div><SCRIPT type="module" aria-hidden="true" data-x>b</SCRIPT>')).toBe(
      '<script is-x>a()</script><div aria-hidden="true"></div><SCRIPT type="module" data-x>b</SCRIPT>',
    );
  });

  it('moves the islands’ style from the body into the head, once, and leaves a page without it alone', () => {
    const page = `<html><head><title>t</title></head><body><p>x</p><style>${RULE}</style><astro-island></astro-island><style>${RULE}</style></body></html>`;
    expect(withIslandStyleInHead(page, RULE)).toBe(`<html><head><title>t</title><style>${RULE}</style></head><body><p>x</p><astro-island></astro-island></body></html>`);
    const plain = '<html><head></head><body><style>p{}</style></body></html>';
    expect(withIslandStyleInHead(plain, RULE)).toBe(plain);
  });
});
