import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from './support/site-pages';

/** Debian's default JRE (installed by .ci/run) runs the W3C's validator, vnu, from the vnu-jar package. */
const JAVA = '/usr/bin/java';
const VNU_JAR: string = createRequire(import.meta.url)('vnu-jar');

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

/**
 * The one error vnu reports that the standard does not: `<link rel="expect" blocking="render">` (astro.config.mjs and
 * EmbedLayout, the performance work of issue #26) is allowed since whatwg/html#9970 (2024), which vnu 26.9.27 does not
 * know yet. Only those exact elements are let through: a `blocking` on any other link is still an error.
 */
const validatorBehindTheStandard = (m: VnuMessage) =>
  m.message === 'A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.' &&
  /<link rel="expect" href="#(page-header-end|unofficial-notice)" blocking="render"\/?>/.test(m.extract ?? '');

/** vnu's errors for the HTML files under `path` (it writes its JSON report to stderr). */
function vnu(path: string): VnuMessage[] {
  expect(existsSync(JAVA), `${JAVA} is missing: .ci/run installs Debian's default-jre-headless`).toBe(true);
  const run = spawnSync(JAVA, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
}

describe('HTML validity (W3C validator, vnu)', () => {
  it('reports the errors it is run to find (a page with the faults of issue #21)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'co-guide-vnu-'));
    try {
      writeFileSync(
        join(dir, 'index.html'),
        '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>t</title><link rel="preload" href="#x" blocking="render"></head>' +
          '<body><h1>t</h1><p>x</p><style>p{color:red}</style><h3>h</h3><script aria-hidden="true">1</script></body></html>',
      );
      const messages = vnu(dir).map((m) => m.message);
      expect(messages).toContain('The “aria-hidden” attribute must not be specified on the “script” element.');
      expect(messages).toContain('A “style” element in “body” must be the first child of its parent.');
      expect(messages.some((m) => m.startsWith('A “link” element with a “blocking” attribute'))).toBe(true);
      expect(messages.some((m) => m.includes('skipping 1 heading level'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds no error on any built page', () => {
    const dist = inject('distDir');
    expect(builtPages().length).toBeGreaterThan(30);
    const errors = vnu(dist)
      .filter((m) => !validatorBehindTheStandard(m))
      .map((m) => `${m.url.slice(m.url.indexOf(dist))}:${m.lastLine ?? '?'} ${m.message} ${(m.extract ?? '').trim().slice(0, 120)}`);
    expect(errors).toEqual([]);
  });
});
