import { describe, expect, it } from 'vitest';
import { chapterHref } from '@/lib/links';

describe('chapterHref', () => {
  it('puts a chapter slug and anchor under the base with a trailing slash', () => {
    expect(chapterHref('kojin/measures#know', '/hr/co-guide/')).toBe('/hr/co-guide/kojin/measures/#know');
  });
  it('works at the root and tolerates stray slashes', () => {
    expect(chapterHref('/soshiki/groups/', '/')).toBe('/soshiki/groups/');
    expect(chapterHref('glossary#fudo', '/x')).toBe('/x/glossary/#fudo');
  });
});

describe('the base path in every form the code needs', () => {
  it('adds or strips the trailing slash whatever the base is given as, and rewrites the example base of the configs', async () => {
    const { forBase, withTrailingSlash, withoutTrailingSlash } = await import('@/lib/base-path');
    for (const b of ['/hr/co-guide', '/hr/co-guide/', '/hr/co-guide//']) {
      expect(withTrailingSlash(withoutTrailingSlash(b))).toBe('/hr/co-guide/');
      expect(forBase('location /hr/co-guide/ { } alias /hr/co-guide;', b)).toBe('location /hr/co-guide/ { } alias /hr/co-guide;');
    }
    expect(forBase('location /hr/co-guide/ { } return 301 /hr/co-guide/; x /hr/co-guide;', '/')).toBe('location / { } return 301 /; x /;');
    expect(forBase('location /hr/co-guide/ { } x /hr/co-guide;', '/intra/')).toBe('location /intra/ { } x /intra;');
  });
});
