import { describe, expect, it } from 'vitest';
import { fullToolPage, sharePagePath } from '@/lib/embed-links';

describe('the page an embed stands for', () => {
  it.each([
    // pathname, base, the tool's own page
    ['/hr/co-guide/embed/self-check/', '/hr/co-guide/', '/hr/co-guide/tools/self-check/'],
    ['/hr/co-guide/embed/org-check/', '/hr/co-guide/', '/hr/co-guide/tools/org-check/'],
    ['/hr/co-guide/embed/matrix/index.html', '/hr/co-guide/', '/hr/co-guide/tools/matrix/'],
    ['/hr/co-guide/embed/team', '/hr/co-guide', '/hr/co-guide/tools/team/'],
    ['/embed/self-check/', '/', '/tools/self-check/'],
  ])('%s under %s is %s', (pathname, base, expected) => {
    expect(fullToolPage(pathname, base)).toBe(expected);
    expect(sharePagePath(pathname, base)).toBe(expected);
  });

  it.each([
    ['/hr/co-guide/tools/self-check/', '/hr/co-guide/'],
    ['/hr/co-guide/kojin/self-check/', '/hr/co-guide/'],
    ['/hr/co-guide/embed/', '/hr/co-guide/'],
    // An embed folder of another site under the same host is not ours.
    ['/other/embed/self-check/', '/hr/co-guide/'],
    ['/embed/self-check/', '/hr/co-guide/'],
  ])('%s under %s is no embed, and its share links keep their own page', (pathname, base) => {
    expect(fullToolPage(pathname, base)).toBeNull();
    expect(sharePagePath(pathname, base)).toBe(pathname);
  });
});
