import type { Page } from 'playwright-core';

export interface LayoutShift {
  /** The page's cumulative layout shift so far: the sum of every shift not caused by input. */
  score: number;
  /** What moved, for assertion messages: `tag.class` of each shifted node and the shift's value. */
  sources: string[];
}

/**
 * Waits until the page has settled (loaded, network idle, every client:load island hydrated, two frames painted) and
 * reads its layout shifts from a buffered PerformanceObserver. A score, not a timing: the same on a fast or slow machine.
 */
export async function settledLayoutShift(page: Page): Promise<LayoutShift> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr][client="load"]'));
  return page.evaluate(
    () =>
      new Promise<LayoutShift>((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const observer = new PerformanceObserver(() => undefined);
            observer.observe({ type: 'layout-shift', buffered: true });
            // Buffered entries land in the observer's queue at once; takeRecords() hands them over without waiting.
            type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] };
            const shifts = (observer.takeRecords() as Shift[]).filter((e) => !e.hadRecentInput);
            observer.disconnect();
            const name = (n?: Node) => (n instanceof Element ? `${n.localName}${n.className && typeof n.className === 'string' ? `.${n.className.trim().split(/\s+/).join('.')}` : ''}` : String(n?.nodeName));
            resolve({
              score: shifts.reduce((s, e) => s + e.value, 0),
              sources: shifts.map((e) => `${e.value.toFixed(4)}: ${(e.sources ?? []).map((s) => name(s.node)).join(', ')}`),
            });
          }),
        );
      }),
  );
}
