import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build';
import { previewSite } from './preview';

/** The intranet-style sub-path every browser test runs under, so base handling is always exercised. */
export const E2E_BASE = '/hr/co-guide/';

declare module 'vitest' {
  export interface ProvidedContext {
    siteURL: string;
    distDir: string;
    base: string;
  }
}

/**
 * Builds the site once under a sub-path and serves it on localhost for all browser tests.
 * E2E_DIST chooses the output folder; E2E_REUSE_BUILD=1 skips the build when that folder exists
 * (handy while iterating on tests, never used in CI).
 */
export default async function setup(project: TestProject) {
  const dist = process.env.E2E_DIST ?? 'dist-e2e';
  const reuse = process.env.E2E_REUSE_BUILD === '1' && existsSync(`${dist}/index.html`);
  if (!reuse) {
    const { code, output } = await buildSite({ BASE: E2E_BASE, OUT_DIR: dist, CACHE_DIR: `.cache/astro-${dist}` });
    if (code !== 0) throw new Error(`astro build failed:\n${output.slice(-4000)}`);
  }
  const server = await previewSite(dist, E2E_BASE);
  project.provide('siteURL', server.url);
  project.provide('distDir', dist);
  project.provide('base', E2E_BASE);
  return () => server.close();
}
