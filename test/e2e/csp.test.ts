import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, siteURL, useBrowser } from './support/browser';
import { builtHtml, builtPages } from './support/site-pages';

const browser = useBrowser();

const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
const scriptSrc = (policy: string) => (policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '').split(/\s+/).slice(1);

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

describe('strict Content-Security-Policy', () => {
  it('allows no inline script by default on any page: each inline script the page carries is allowed by its hash', () => {
    const pages = builtPages();
    const problems: string[] = [];
    for (const path of pages) {
      const html = builtHtml(path);
      const sources = scriptSrc(policyOf(html));
      if (sources.length === 0) problems.push(`${path}: no script-src`);
      if (sources.includes("'unsafe-inline'") || sources.includes("'unsafe-hashes'")) problems.push(`${path}: ${sources.join(' ')}`);
      for (const [, attrs, text] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\ssrc=/.test(` ${attrs}`)) continue;
        const hash = `'sha256-${createHash('sha256').update(text!).digest('base64')}'`;
        if (!sources.includes(hash)) problems.push(`${path}: inline script not allowed: ${text!.slice(0, 60)}`);
      }
    }
    expect(pages.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it('does not run an injected inline script or onerror handler', async () => {
    const { page, context } = await openPage(browser());
    const violations = await recordViolations(page);
    await page.goto(siteURL('tools/team/'));
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = "script ran"';
      document.body.append(script);
      // What an HTML injection would look like: markup with a handler, put in with innerHTML.
      const box = document.createElement('div');
      box.innerHTML = '<img src="data:," onerror="window.__injected = \'onerror ran\'">';
      document.body.append(box);
    });
    await expect.poll(async () => (await violations()).filter((v) => v.startsWith('script-src')).length).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected ?? 'nothing ran')).toBe('nothing ran');
    await context.close();
  });

  it('keeps theme, sidebar, search and every tool working with no violation reported', async () => {
    const { page, context, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    const violations = await recordViolations(page);
    await page.goto(siteURL('soshiki/fudo/'));
    // Theme picker (Starlight's inline theme script and its module script).
    await page.locator('starlight-theme-select select').first().selectOption('light');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    // Sidebar: a group collapses and expands (Starlight's inline sidebar-state script ran on load).
    const group = page.locator('#starlight__sidebar details').first();
    await group.locator('summary').first().click();
    await expect.poll(() => group.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // Search (Pagefind, WebAssembly).
    await page.locator('button[data-open-modal]:not([disabled])').waitFor();
    await page.keyboard.press('Control+k');
    await page.locator('#starlight__search input').fill('不動層');
    await page.locator('#starlight__search .search-result-link').first().waitFor();
    // Every tool hydrates and answers.
    for (const [path, island] of [
      ['tools/self-check/', 'SelfCheck'],
      ['tools/org-check/', 'OrgCheck'],
      ['tools/matrix/', 'CoMatrix'],
      ['tools/team/', 'TeamView'],
      ['embed/self-check/', 'SelfCheck'],
    ] as const) {
      await page.goto(siteURL(path));
      await page.locator(`astro-island[component-url*="${island}"]:not([ssr])`).first().waitFor({ state: 'attached' });
    }
    await page.goto(siteURL('tools/self-check/'));
    // Answer only once the island has hydrated: a click on the server-rendered radio would be undone by hydration.
    await page.locator('astro-island[component-url*="SelfCheck"]:not([ssr])').first().waitFor({ state: 'attached' });
    await page.locator('fieldset.likert input[value="4"]').first().check();
    await expect.poll(() => page.locator('.progress-text').textContent()).toContain(' 1問に回答済み');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
