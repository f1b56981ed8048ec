import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openPage, useBrowser } from './support/browser';
import { crawlLinks } from './support/crawl';
import { APACHE, serveWithApache } from './support/apache';
import { NGINX, serveWithNginx } from './support/nginx';
import type { ServedSite } from './support/server-process';
import { builtPages } from './support/site-pages';

const browser = useBrowser();

/** The servers the deployment page gives a configuration for, each started from that configuration as written. */
const SERVERS = [
  { name: 'nginx (alias form)', binary: NGINX, serve: (dist: string, base: string) => serveWithNginx(dist, base, 'alias') },
  { name: 'nginx (root form)', binary: NGINX, serve: (dist: string, base: string) => serveWithNginx(dist, base, 'root') },
  { name: 'Apache', binary: APACHE, serve: serveWithApache },
];

// The sub-path build served by Debian's nginx and Apache with the configurations the deployment page documents.
describe.each(SERVERS)('the documented $name configuration', ({ binary, serve }) => {
  let site: ServedSite;
  beforeAll(async () => {
    expect(existsSync(binary), `${binary} is missing: .ci/run installs Debian's nginx and apache2`).toBe(true);
    site = await serve(inject('distDir'), inject('base'));
  });
  afterAll(() => site?.close());

  it('serves every page and every link on them', async () => {
    const { problems, checked } = await crawlLinks(site.origin, inject('base'), builtPages());
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });

  it('redirects addresses without the trailing slash, the site root included, and answers unknown pages with the site’s 404 page', async () => {
    const base = inject('base');
    for (const [path, to] of [
      [`${base}kojin/measures`, `${base}kojin/measures/`],
      [base.replace(/\/$/, ''), base],
    ]) {
      const res = await fetch(site.origin + path, { redirect: 'manual' });
      expect(res.status, path).toBe(301);
      expect(new URL(res.headers.get('location')!, site.origin).pathname).toBe(to);
    }
    // Folders without an index.html (hashed assets, the search index) answer like any missing page, not with a 403.
    for (const path of ['no-such-chapter/', '_astro/', '_astro', 'pagefind/', 'pagefind']) {
      const missing = await fetch(site.url + path);
      expect(missing.status, path).toBe(404);
      expect(await missing.text(), path).toContain('ページが見つかりません');
    }
  });

  it('sends the right content types, and frame-ancestors on pages, the 404 page, hashed assets and search files alike', async () => {
    const index = await (await fetch(site.url)).text();
    const script = index.match(/src="([^"]+\/_astro\/[^"]+\.js)"/)?.[1];
    expect(script).toBeTruthy();
    const entry = (await (await fetch(`${site.url}pagefind/pagefind-entry.json`)).json()) as { languages: Record<string, { hash: string }> };
    const meta = `pagefind/pagefind.${Object.values(entry.languages)[0]!.hash}.pf_meta`;
    const cases: [string, RegExp][] = [
      [site.url, /^text\/html/],
      [`${site.url}no-such-chapter/`, /^text\/html/],
      [site.origin + script!, /^(application|text)\/javascript/],
      [`${site.url}pagefind/pagefind.js`, /^(application|text)\/javascript/],
      [site.url + meta, /^application\/octet-stream$/],
      [`${site.url}favicon.svg`, /^image\/svg\+xml/],
    ];
    for (const [url, type] of cases) {
      const res = await fetch(url);
      expect(res.headers.get('content-type'), url).toMatch(type);
      // nginx drops outer add_header lines in a location that has its own: the hashed-asset block repeats them.
      expect(res.headers.get('content-security-policy'), url).toMatch(/^frame-ancestors 'self' /);
      expect(res.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
    expect((await fetch(site.origin + script!)).headers.get('cache-control')).toContain('immutable');
  });

  it('runs the search and a tool in Chromium, with nothing loaded from elsewhere', async () => {
    const { page, offsite, errors } = await openPage(browser(), { origin: site.origin });
    await page.goto(`${site.url}co-keiei/definition/`);
    await page.locator('button[data-open-modal]:not([disabled])').waitFor();
    await page.locator('button[data-open-modal]').click();
    await page.locator('#starlight__search input').fill('不動層');
    await expect
      // Pagefind compiles its WebAssembly first, which takes a while on a busy machine.
      .poll(() => page.locator('#starlight__search .search-result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')), { timeout: 60_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining(`${inject('base')}soshiki/`)]));

    await page.goto(`${site.url}tools/matrix/`);
    await page.locator('astro-island[component-url*="CoMatrix"]:not([ssr])').waitFor({ state: 'attached' });
    await page.locator('#matrix-csv').fill('営業部,80,70');
    await expect
      .poll(() => page.getByTestId('matrix-table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim()))))
      .toEqual([['1', '営業部', '80', '70', 'A 自律貢献']]);
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
