import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '@/lib/data-check/check-content';
import { accentCss, accentPalette, contrast, DARK_BG, LIGHT_BG, MIN_CONTRAST } from '@/lib/settings/accent-palette';
import { readSiteSettings } from '@/lib/settings/read-site-settings';
import { dropMissingTocEntries, unlinkPages } from '@/lib/settings/unlink-pages';
import { siteSettingsSchema } from '@/schemas/site-settings';

const temp = mkdtempSync(join(tmpdir(), 'co-guide-settings-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of content/ whose site-settings.yaml is `edit`ed; returns the copy's folder. */
function withSettings(edit: (text: string) => string): string {
  const dir = mkdtempSync(join(temp, 'c-'));
  cpSync('content', dir, { recursive: true });
  const file = join(dir, 'data/site-settings.yaml');
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  expect(after, 'the edit must change the file').not.toBe(before);
  writeFileSync(file, after);
  return dir;
}

describe('the settings file', () => {
  it('as shipped, is the defaults: the public site', () => {
    expect(readSiteSettings('content')).toEqual(siteSettingsSchema.parse({}));
    expect(siteSettingsSchema.parse({})).toEqual({
      organisation: { name: '', logo: '' },
      accentColour: '',
      hrContact: '',
      setupPages: true,
      tools: { matrix: true, team: true },
      team: { minGroupSize: 5 },
    });
  });

  it.each([
    [(t: string) => t.replace('accentColour: ""', 'accentColour: "orange"'), /site-settings\.yaml:\d+ accentColour: accentColour は #1a6fb0 のような/],
    [(t: string) => t.replace('  team: true', '  teams: true'), /site-settings\.yaml:\d+ tools: 知らないキーです: teams/],
    [(t: string) => t.replace('setupPages: true', 'setupPages: no'), /site-settings\.yaml:\d+ setupPages: true か false を書いてください/],
    [(t: string) => t.replace('  matrix: true', '  matrix: いいえ'), /site-settings\.yaml:\d+ tools\.matrix: true か false を書いてください/],
    [(t: string) => t.replace('minGroupSize: 5', 'minGroupSize: 1'), /site-settings\.yaml:\d+ team\.minGroupSize: minGroupSize は2以上にしてください/],
    [(t: string) => t.replace('  logo: ""', '  logo: brand/logo.svg'), /site-settings\.yaml:\d+ organisation\.logo: 画像 ".*brand\/logo\.svg" がありません/],
    [(t: string) => t.replace('  logo: ""', '  logo: /etc/logo.gif'), /organisation\.logo: logo は content\/ からの相対パスで/],
  ])('reports a wrong value with its file, line and field, in Japanese (%#)', (edit, message) => {
    const dir = withSettings(edit);
    const problems = checkContent(dir).map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
    // The line named is the one with the wrong value.
    const line = Number(/site-settings\.yaml:(\d+)/.exec(problems[0]!)![1]);
    const text = readFileSync(join(dir, 'data/site-settings.yaml'), 'utf8').split('\n')[line - 1]!;
    expect(text).toMatch(/accentColour|teams|matrix|minGroupSize|logo|tools|setupPages/);
  });
});

describe('the accent palette made from a brand colour', () => {
  const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

  it('reads at 4.5:1 wherever Starlight and the site put text on it or it on the page, for any colour', () => {
    fc.assert(
      fc.property(hex, (brand) => {
        const { light, dark } = accentPalette(brand);
        // Light theme: links (accent on white), white text on accent buttons, accent-high text on accent-low.
        expect(contrast(light.base, LIGHT_BG)).toBeGreaterThanOrEqual(MIN_CONTRAST);
        expect(contrast(light.high, light.low)).toBeGreaterThanOrEqual(MIN_CONTRAST);
        // Dark theme: links (accent-high on the dark page), accent-low text on accent-high.
        expect(contrast(dark.high, DARK_BG)).toBeGreaterThanOrEqual(MIN_CONTRAST);
        expect(contrast(dark.low, dark.high)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a brand colour that already reads on white, and darkens one that does not', () => {
    expect(accentPalette('#1a56db').light.base).toBe('#1a56db');
    const orange = accentPalette('#f5a300').light.base;
    expect(orange).not.toBe('#f5a300');
    expect(contrast(orange, LIGHT_BG)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(accentCss('#1a56db')).toContain(":root[data-theme='light']{--sl-color-accent-low:");
  });
});

describe('links to a switched-off tool', () => {
  const gone = ['/b/tools/team/', '/b/embed/team/'];

  it.each([
    // A list item that only points to the tool goes whole.
    ['<ul><li>職場の分布を確かめる：<a href="../../tools/team/">チーム集計</a></li><li>x</li></ul>', '/b/soshiki/fudo/', '<ul><li>x</li></ul>'],
    // A link in running text keeps its words; relative, root and anchored forms alike.
    ['<p>集計は<a href="/b/tools/team/#gap">チーム集計</a>で。</p>', '/b/x/', '<p>集計はチーム集計で。</p>'],
    ['<p><a href="../team/">チーム集計</a></p>', '/b/tools/model/', '<p>チーム集計</p>'],
    // Other pages, including one whose name begins the same way, keep their links.
    ['<li>他：<a href="/b/tools/teamwork/">x</a></li><a href="/b/tools/self-check/">y</a>', '/b/x/', '<li>他：<a href="/b/tools/teamwork/">x</a></li><a href="/b/tools/self-check/">y</a>'],
  ])('%s', (html, page, expected) => {
    expect(unlinkPages(html, page, gone)).toBe(expected);
  });

  it('leaves no contents entry for a section that is not on the page', () => {
    const html = '<h2 id="a">A</h2><ul><li><a href="#_top">上へ</a></li><li><a href="#a">A</a></li><li><a href="#gap">G</a><ul><li><a href="#gap-x">x</a></li></ul></li></ul>';
    expect(dropMissingTocEntries(html)).toBe('<h2 id="a">A</h2><ul><li><a href="#_top">上へ</a></li><li><a href="#a">A</a></li></ul>');
  });
});
