import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from './support/build';

// Inside the project, so the copied chapters resolve their imports as the real ones do.
mkdirSync('.cache', { recursive: true });
const temp = mkdtempSync(join('.cache', 'invalid-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Copies content/ and breaks one file, then builds against the copy. */
async function buildWithBrokenCopy(file: string, breakIt: (text: string) => string) {
  const dir = mkdtempSync(join(temp, 'c-'));
  cpSync('content', dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, breakIt(readFileSync(path, 'utf8')));
  return buildSite({ CONTENT_DIR: dir, OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache') });
}

describe('an invalid content file', () => {
  it('fails the build with a message naming the data file and the field', async () => {
    const { code, output } = await buildWithBrokenCopy('data/measures.yaml', (t) => t.replace(/^(\s*)step: \w+/m, '$1step: someday'));
    expect(code).not.toBe(0);
    expect(output).toContain('measures.yaml');
    expect(output).toMatch(/step: Invalid option/);
  }, 180_000);

  it('fails the build with a message naming the chapter file and the missing title', async () => {
    const { code, output } = await buildWithBrokenCopy('chapters/soshiki/fudo.mdx', (t) => t.replace(/^title:.*$/m, ''));
    expect(code).not.toBe(0);
    expect(output).toContain('fudo.mdx');
    expect(output).toMatch(/title/);
  }, 180_000);
});
