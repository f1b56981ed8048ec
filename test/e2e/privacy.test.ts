import { describe, expect, it } from 'vitest';
import { openPage, siteURL, useBrowser } from './support/browser';
import { builtHtml, builtPages } from './support/site-pages';

const browser = useBrowser();

describe('nothing leaves the browser', () => {
  it('gives every built page a policy that allows connections, scripts and fonts from this site only', () => {
    const pages = builtPages();
    const missing: string[] = [];
    for (const path of pages) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(builtHtml(path))?.[1] ?? '';
      const directive = (name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
      for (const name of ['default-src', 'connect-src', 'script-src', 'font-src', 'img-src']) {
        const sources = directive(name).split(/\s+/).slice(1);
        if (!sources.includes("'self'") || sources.some((s) => /^(https?:|\*|[a-z0-9.-]+\.[a-z]{2,})/.test(s))) missing.push(`${path}: ${name} → "${directive(name)}"`);
      }
    }
    expect(pages.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it('blocks a request to another host from a diagnostic page, even one made by a script', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(siteURL('tools/self-check/'));
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      // A different origin on this machine, so nothing would leave it even if the policy failed.
      const sent = await fetch('http://127.0.0.2:9/collect', { method: 'POST', body: 'answers' }).then(
        () => 'sent',
        () => 'blocked',
      );
      await new Promise((r) => setTimeout(r, 100));
      return { sent, violations };
    });
    expect(outcome).toEqual({ sent: 'blocked', violations: ['connect-src'] });
    await context.close();
  });
});
