import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '@/lib/data-check/check-content';
import { svgLogoProblems } from '@/lib/settings/svg-logo';

const temp = mkdtempSync(join(tmpdir(), 'co-guide-logo-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const svg = (inner: string, attrs = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attrs} viewBox="0 0 32 32">${inner}</svg>`;

/** Every way here for an SVG to run a script or reach outside its file when opened from the site. */
const HOSTILE: [string, string][] = [
  ['script element', svg('<script>alert(1)</script>')],
  ['script element, upper case, in CDATA', svg('<SCRIPT><![CDATA[alert(1)]]></SCRIPT>')],
  ['onload on the root', svg('<rect width="1" height="1"/>', ' onload="alert(1)"')],
  ['onclick on a shape', svg('<rect width="1" height="1" onclick = \'alert(1)\'/>')],
  ['onbegin on an animation', svg('<animate onbegin="alert(1)" attributeName="x" dur="1s"/>')],
  ['javascript: link', svg('<a href="javascript:alert(1)"><rect width="1" height="1"/></a>')],
  ['javascript: xlink', svg('<a xlink:href="javascript:alert(1)"><rect width="1" height="1"/></a>')],
  ['entity-encoded javascript: link', svg('<a href="&#106;avascript:alert(1)"><rect width="1" height="1"/></a>')],
  ['unquoted link', svg('<a href=javascript:alert(1)><rect width="1" height="1"/></a>')],
  ['link rewritten by an animation', svg('<a><set attributeName="href" to="javascript:alert(1)"/><rect width="1" height="1"/></a>')],
  ['external image', svg('<image href="https://example.com/x.png" width="1" height="1"/>')],
  ['external use', svg('<use xlink:href="https://example.com/s.svg#a"/>')],
  ['foreignObject with HTML', svg('<foreignObject width="9" height="9"><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="x"></iframe></body></foreignObject>')],
  ['entity declarations', `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]>${svg('<text>&a;</text>')}`],
  ['external stylesheet', `<?xml-stylesheet href="https://example.com/s.css"?>${svg('')}`],
  ['url() to another host', svg('<rect width="1" height="1" style="fill:url(https://example.com/p.svg#g)"/>')],
  ['@import in a style', svg('<style>@import "https://example.com/s.css";</style>')],
];

describe('an SVG logo', () => {
  it.each(HOSTILE)('is refused with a reason in Japanese: %s', (_, text) => {
    const reasons = svgLogoProblems(text);
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r).toMatch(/[ぁ-んァ-ン一-龥]/);
  });

  it.each([
    ['plain shapes', svg('<rect width="32" height="32" rx="6" fill="#c2410c"/><path d="M4 4h8v8z"/>')],
    ['a gradient referred to by #id', svg('<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect width="32" height="32" fill="url(#g)" style="fill: url(\'#g\')"/>')],
    ['a shape reused by #id', svg('<defs><circle id="c" r="4"/></defs><use href="#c" x="8"/><use xlink:href="#c" x="16"/>')],
    ['text that mentions a script', svg('<title>Onboarding script team</title><text>on=1</text>')],
  ])('is accepted when it only draws: %s', (_, text) => {
    expect(svgLogoProblems(text)).toEqual([]);
  });

  it('stops the data check with the file, line and field of the setting, naming what is wrong', () => {
    const dir = mkdtempSync(join(temp, 'c-'));
    cpSync('content', dir, { recursive: true });
    mkdirSync(join(dir, 'brand'));
    writeFileSync(join(dir, 'brand/logo.svg'), svg('<rect width="1" height="1"/>', ' onload="alert(1)"'));
    const file = join(dir, 'data/site-settings.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  logo: ""', '  logo: brand/logo.svg'));
    const problems = checkContent(dir).map(formatProblem);
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('logo: brand/logo.svg')) + 1;
    expect(problems).toEqual([
      `${file}:${line} organisation.logo: ロゴの SVG "${join(dir, 'brand/logo.svg')}" に、イベント属性（onload= など）が含まれています。ロゴには使えません（取り除くか、PNG にしてください）`,
    ]);
  });
});
