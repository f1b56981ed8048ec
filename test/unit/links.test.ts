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
