import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './support/browser';
import { buildSite } from './support/build';
import { E2E_BASE } from './support/global-setup';
import { previewSite, type PreviewedSite } from './support/preview';
import { SITE_NAME } from '@/lib/settings/tool-pages';

/**
 * A settings file written by someone who wants a script on every page of the organisation's copy (the values
 * from issue #21): the name closes the <title> and opens a script, the HR contact opens a script, closes the title
 * and breaks out of an attribute. The build must succeed, show the values as text and run none of them.
 */
const NAME = '</title><script>alert(1)</script>';
const CONTACT = '<script>alert(2)</script></title>{{x}}"><img src=x onerror=alert(3)>';
const TITLE = `${SITE_NAME}（${NAME}）`;

mkdirSync('.cache', { recursive: true });
const temp = mkdtempSync(join('.cache', 'hostile-'));
let site: PreviewedSite;
const browser = useBrowser();

/** A copy of content/ with its settings file edited (and any other files written), in a folder of its own. */
function contentCopy(name: string, edit: (settings: string) => string, files: Record<string, string> = {}): string {
  const content = join(temp, name, 'content');
  cpSync('content', content, { recursive: true });
  const file = join(content, 'data/site-settings.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(content, path, '..'), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  return content;
}

const build = (name: string, content: string) =>
  buildSite({ CONTENT_DIR: content, OUT_DIR: join(temp, name, 'dist'), CACHE_DIR: join(temp, name, 'cache'), BASE: E2E_BASE });

beforeAll(async () => {
  const content = contentCopy('hostile', (t) =>
    t.replace(/^ {2}name: ""$/m, `  name: ${JSON.stringify(NAME)}`).replace(/^hrContact: ""$/m, `hrContact: ${JSON.stringify(CONTACT)}`),
  );
  const { code, output } = await build('hostile', content);
  if (code !== 0) throw new Error(`build with hostile settings failed:\n${output.slice(-3000)}`);
  site = await previewSite(join(temp, 'hostile', 'dist'), E2E_BASE);
}, 600_000);
afterAll(async () => {
  await site?.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('settings values written by an attacker', () => {
  it.each([
    ['a guide chapter', 'soshiki/fudo/', '不動層'],
    ['the self-check', 'tools/self-check/', '自己診断'],
    ['the self-check embed', 'embed/self-check/', '自己診断'],
    ['the print edition', 'print/', 'ガイド全章'],
  ])('are shown as text on %s: no script runs, the page is whole', async (_, path, inTitle) => {
    const { page, context, errors } = await openPage(browser(), { origin: new URL(site.url).origin });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(site.url + path);
    await page.locator('[data-unofficial-notice]').waitFor();
    // The title is the page's own and the organisation's name, character for character.
    const title = await page.title();
    expect(title).toContain(inTitle);
    expect(title.endsWith(` | ${TITLE}`)).toBe(true);
    // Nothing of the values became an element: no script, no image, and <head> still holds the page's policy.
    expect(await page.evaluate(() => [...document.scripts].filter((s) => /alert\(/.test(s.text)).length)).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('head meta[http-equiv="content-security-policy"]').count()).toBe(1);
    expect(await page.locator('body title, body meta').count()).toBe(0);
    // The name is printed whole where the organisation is named, and nowhere as loose text.
    expect(await page.locator('[data-publisher]').textContent()).toBe(`${NAME}が社内向けに公開しています。`);
    const loose = await page.evaluate(() => (document.body.textContent ?? '').split('{{x}}').length - 1);
    // Where the HR contact is shown: under the tools, and in the search dialog's help when nothing is found.
    expect(loose).toBe(await page.locator('[data-hr-contact], [data-search-contact]').count());
    if (path === 'tools/self-check/' || path === 'embed/self-check/') {
      expect(await page.locator('[data-hr-contact] p').first().textContent()).toBe(`結果について相談したいとき　${CONTACT}`);
    }
    expect(await page.locator('h1').first().isVisible()).toBe(true);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a logo or a page carrying a script', () => {
  it('stops the build at the data check when the SVG logo holds a script, naming the file, line and field in Japanese', async () => {
    const content = contentCopy('svg', (t) => t.replace(/^ {2}logo: ""$/m, '  logo: brand/logo.svg'), {
      'brand/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32"/><script>alert(1)</script></svg>',
    });
    const { code, output } = await build('svg', content);
    expect(code).not.toBe(0);
    const line = readFileSync(join(content, 'data/site-settings.yaml'), 'utf8').split('\n').findIndex((l) => l.includes('logo: brand/logo.svg')) + 1;
    expect(output).toContain(`site-settings.yaml:${line} organisation.logo: ロゴの SVG "${join(content, 'brand/logo.svg')}" に、スクリプト（<script>）が含まれています。`);
    expect(output).toContain('ビルドを中止しました。');
  });
});
