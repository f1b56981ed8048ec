import type { Browser, Page } from 'playwright-core';
import { openPage, siteURL } from './browser';

/** The team view, once its island is hydrated. */
export async function openTeam(browser: Browser) {
  const watched = await openPage(browser);
  await watched.page.goto(siteURL('tools/team/'));
  await watched.page.locator('astro-island[component-url*="TeamView"]:not([ssr])').waitFor({ state: 'attached' });
  return watched;
}

/** The rows of the table of what was not counted: source, line, reason. */
export const problemRows = (page: Page) => page.getByTestId('team-problems').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
