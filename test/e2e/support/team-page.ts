import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { selfCheckData } from '../../unit/support/data';
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

/**
 * Writes `company.csv` in `dir`, a survey export of `rows` people laid out as the self-check's item sheet asks
 * (所属部署 from 40 departments, 年代 cycling through the first three bands, every item answered), and returns its
 * path. Hand the path, not a buffer, to setInputFiles: a buffer of 100,000 rows crawls through the protocol on a
 * busy machine.
 */
export function writeCompanySurvey(dir: string, rows: number): string {
  const { instrument, ageBands } = selfCheckData();
  const header = ['所属部署', '年代', ...instrument.items.map((i) => i.text)].join(',');
  const lines = Array.from({ length: rows }, (_, n) => [`部署${n % 40}`, ageBands[n % 3]!.label, ...instrument.items.map((_, k) => String(((n + k) % 5) + 1))].join(','));
  const path = join(dir, 'company.csv');
  writeFileSync(path, [header, ...lines].join('\r\n'));
  return path;
}
