import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** Flags that keep Debian's Chromium quiet on a machine with no outside network (see README). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const siteURL = (path = '') => inject('siteURL') + path.replace(/^\//, '');

function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** One Chromium for the test file: launched before its tests, closed after. Call the result to get it. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  return () => {
    if (!browser) throw new Error('the browser is not running (call useBrowser() at the top of the test file)');
    return browser;
  };
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Every request that went anywhere but the local test server. */
  offsite: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

/** Records requests leaving the site's origin (or the one given) and page errors on a page. */
function watch(page: Page, origin = new URL(inject('siteURL')).origin): Pick<WatchedPage, 'offsite' | 'errors'> {
  const offsite: string[] = [];
  const errors: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offsite.push(url);
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  return { offsite, errors };
}

/** A fresh context (own localStorage) and page that records requests leaving the site's origin and page errors. */
export async function openPage(
  browser: Browser,
  { origin, ...options }: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number }; origin?: string } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ locale: 'ja-JP', ...options });
  const page = await context.newPage();
  return { page, context, ...watch(page, origin) };
}

/**
 * Presses the tool's 「共有リンクを作る」, closes the sharer's context (nothing of theirs stays in storage) and opens
 * the link in a fresh one, as the colleague who receives it; `ready` waits for the tool's island there.
 */
export async function receiveShareLink(browser: Browser, sharer: Pick<WatchedPage, 'page' | 'context'>, ready: (page: Page) => Promise<unknown>) {
  await sharer.page.getByRole('button', { name: '共有リンクを作る' }).click();
  const link = await sharer.page.locator('#share-url').inputValue();
  await sharer.context.close();
  const other = await openPage(browser);
  await other.page.goto(link);
  await ready(other.page);
  return { link, other };
}

/** A page in a Chromium started on a fresh profile with these preferences; closing it removes the profile. */
async function openProfilePage(preferences: object, args: string[] = []): Promise<WatchedPage & { close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'co-guide-profile-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(preferences));
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...args], locale: 'ja-JP', acceptDownloads: true });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    context,
    ...watch(page),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A page in a Chromium whose profile blocks all site data (the setting 「サイトにデータの保存を許可しない」), as some
 * intranet PCs are set up: reading localStorage throws SecurityError. Closing the context removes the profile.
 */
export function openBlockedStoragePage(): Promise<WatchedPage & { close: () => Promise<void> }> {
  return openProfilePage({ profile: { default_content_setting_values: { cookies: 2 } } });
}

/**
 * A page in a Chromium that lets frames from other sites keep data (「サードパーティ Cookie を許可する」). Debian's
 * Chromium blocks them by default (as Chrome does in incognito): there an embed on another site cannot store at all.
 * Allowed, Chromium partitions that data by the top-level site.
 */
export function openThirdPartyStoragePage(): Promise<WatchedPage & { close: () => Promise<void> }> {
  // Playwright turns storage partitioning off by default (microsoft/playwright#32230); a later --disable-features
  // replaces its list, so this Chromium partitions as a reader's does. The rest of the list keeps it off the network.
  return openProfilePage({ profile: { cookie_controls_mode: 0 } }, [
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,MediaRouter,OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch',
  ]);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core (WCAG 2.x A/AA) on the page as it is now and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through DevTools rather than added as an inline <script>, which the strict CSP would block.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v: AxeViolation) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }));
  });
}

/** Readable summary for assertion messages. */
export const describeViolations = (v: AxeViolation[]) => v.map((x) => `${x.id}: ${x.help} @ ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
