import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { strictCsp } from '@/integrations/strict-csp';
import { ASTRO_ISLAND_SCRIPTS, inlineScriptsInComponents } from '@/integrations/known-scripts';

const temp = mkdtempSync(join(tmpdir(), 'co-guide-csp-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'";
const page = (scripts: string) => `<html><head><meta http-equiv="content-security-policy" content="${POLICY}"></head><body>${scripts}</body></html>`;

/** Runs the integration's hooks on a folder of built pages, as Astro would; returns what it logged and whether it exited. */
async function runOn(pages: Record<string, string>) {
  const dir = mkdtempSync(join(temp, 'dist-'));
  for (const [name, html] of Object.entries(pages)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), html);
  }
  const integration = strictCsp();
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(m), error: (m: string) => logged.push(m), warn: () => {} };
  const hooks = integration.hooks as Record<string, (o: unknown) => unknown>;
  await hooks['astro:config:setup']!({ updateConfig: () => {} });
  await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${process.cwd()}/`) } });
  const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    throw new Error(`exit ${code}`);
  }) as typeof process.exit);
  let exited = '';
  try {
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), logger });
  } catch (e) {
    exited = String((e as Error).message);
  } finally {
    exit.mockRestore();
  }
  return { dir, logged, exited };
}

describe('the strict-CSP step of the build', () => {
  const ours = inlineScriptsInComponents('src')[0]!;
  const starlight = inlineScriptsInComponents('node_modules/@astrojs/starlight/dist')[0]!;

  it('knows our inline scripts, Starlight’s and Astro’s island loader', () => {
    expect(ours).toContain('localStorage');
    expect(starlight.length).toBeGreaterThan(20);
    expect(ASTRO_ISLAND_SCRIPTS.every((s) => s.length > 20)).toBe(true);
  });

  it('hashes the scripts the site emits and passes', async () => {
    const { dir, logged, exited } = await runOn({ 'index.html': page(`<script>${ours}</script><script>${starlight}</script><script>${ASTRO_ISLAND_SCRIPTS[0]}</script>`) });
    expect(exited).toBe('');
    expect(logged).toEqual(['script-src hashed on 1 pages']);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).not.toContain("'unsafe-inline'");
  });

  it('stops the build on any other inline script, naming the page and the script in Japanese', async () => {
    const { logged, exited } = await runOn({
      'index.html': page(`<script>${ours}</script>`),
      'a/index.html': page(`<script>${ours}</script><script>alert(1)</script>`),
    });
    expect(exited).toBe('exit 1');
    expect(logged.join('\n')).toContain('このサイトが出力していないスクリプトが 1 か所でページに入っています');
    expect(logged.join('\n')).toContain('a/index.html: "alert(1)"');
  });
});
