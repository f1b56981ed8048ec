import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from './support/build';

// Inside the project, so the copied chapters resolve their imports as the real ones do.
mkdirSync('.cache', { recursive: true });
const temp = mkdtempSync(join('.cache', 'invalid-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Copies content/ and breaks one file, then builds against the copy (after `before`, with the same cache). */
async function buildWithBrokenCopy(file: string, breakIt: (text: string) => string, before?: (build: () => ReturnType<typeof buildSite>) => Promise<void>) {
  const dir = mkdtempSync(join(temp, 'c-'));
  cpSync('content', dir, { recursive: true });
  const build = () => buildSite({ CONTENT_DIR: dir, OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache') });
  await before?.(build);
  const path = join(dir, file);
  writeFileSync(path, breakIt(readFileSync(path, 'utf8')));
  return build();
}

describe('an invalid content file', () => {
  it('fails the build with a message naming the data file and the field', async () => {
    const { code, output } = await buildWithBrokenCopy('data/measures.yaml', (t) => t.replace(/^(\s*)step: \w+/m, '$1step: someday'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/measures\.yaml:\d+ 施策 "[a-z-]+" の step: 次のどれかにしてください: know \/ understand \/ deepen \/ practice（いまは "someday"）/);
    expect(output).not.toContain('Complete!');
  }, 180_000);

  it('prints no warning on a normal build, then fails on a YAML syntax error with that build’s cache in place', async () => {
    const { code, output } = await buildWithBrokenCopy(
      'data/measures.yaml',
      (t) => t.replace('frames: [mieru]', 'frames: [mieru'),
      async (build) => {
        const normal = await build();
        expect(normal.code).toBe(0);
        // A quiet build lets a real problem stand out; any new warning fails here until it is fixed or explained.
        expect(normal.output.split('\n').filter((l) => /\[WARN\]|\bwarning\b|deprecat/i.test(l))).toEqual([]);
      },
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/measures\.yaml:\d+: YAML として読めません/);
    expect(output).not.toContain('Complete!');
  }, 300_000);

  it('fails on a link to a heading that does not exist', async () => {
    const { code, output } = await buildWithBrokenCopy('data/measures.yaml', (t) => t.replace('link: kojin/measures#young', 'link: kojin/measures#midle'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/measures\.yaml:\d+ 施策 "young-career-map" の link: 章 "kojin\/measures" に見出し id "#midle" がありません/);
  }, 180_000);

  it('fails the build with a message naming the chapter file and the missing title', async () => {
    const { code, output } = await buildWithBrokenCopy('chapters/soshiki/fudo.mdx', (t) => t.replace(/^title:.*$/m, ''));
    expect(code).not.toBe(0);
    expect(output).toContain('fudo.mdx');
    expect(output).toMatch(/title/);
  }, 180_000);
});
