import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { crawlLinks } from './support/crawl';
import { serveWithNginx } from './support/nginx';
import { builtPages } from './support/site-pages';

/** Debian's unzip (installed by .ci/run): an independent reader, so the archive is checked by other code than ours. */
const UNZIP = '/usr/bin/unzip';

mkdirSync('.cache', { recursive: true });
const temp = mkdtempSync(join('.cache', 'package-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('npm run package', () => {
  it.each(['/hr;\n  location / { root /etc; }/', '/hr/../etc/', "/hr'co/", '/hr/co guide/'])('refuses a base that would break out of the server configurations: %j', (base) => {
    const release = join(temp, 'refused');
    const packed = spawnSync(process.execPath, ['--import', './src/cli/register-ts.mjs', 'src/cli/package.ts', '--no-build'], {
      encoding: 'utf8',
      env: { ...process.env, BASE: base, OUT_DIR: inject('distDir'), RELEASE_DIR: release },
    });
    expect(packed.status).toBe(1);
    expect(packed.stderr).toContain('は使えません。英数字と . _ ~ - だけのパスを / で区切って書いてください');
    expect(existsSync(release)).toBe(false);
  });

  it('writes a zip with its SHA-256 and a Japanese README, which unpacked and served by nginx passes the link crawl', async () => {
    const base = inject('base');
    const release = join(temp, 'release');
    // The e2e build was made for the same BASE, so the package step packs it instead of building again.
    const packed = spawnSync(process.execPath, ['--import', './src/cli/register-ts.mjs', 'src/cli/package.ts', '--no-build'], {
      encoding: 'utf8',
      env: { ...process.env, BASE: base, OUT_DIR: inject('distDir'), RELEASE_DIR: release },
    });
    expect(packed.stderr).toBe('');
    expect(packed.status).toBe(0);
    const zipName = readdirSync(release).find((f) => f.endsWith('.zip'))!;
    expect(zipName).toBe('co-guide-hr-co-guide.zip');
    const archive = readFileSync(join(release, zipName));
    const sha = createHash('sha256').update(archive).digest('hex');
    expect(readFileSync(join(release, `${zipName}.sha256`), 'utf8')).toBe(`${sha}  ${zipName}\n`);
    expect(packed.stdout).toContain(`SHA-256: ${sha}`);

    expect(existsSync(UNZIP), `${UNZIP} is missing: .ci/run installs Debian's unzip`).toBe(true);
    const out = join(temp, 'unpacked');
    const unzip = spawnSync(UNZIP, ['-q', join(release, zipName), '-d', out], { encoding: 'utf8' });
    expect(unzip.stderr).toBe('');
    expect(unzip.status).toBe(0);

    const readme = readFileSync(join(out, 'README.txt'), 'utf8');
    expect(readme).toContain(`${base} の場所で公開する`);
    expect(readme).toContain(`location ${base} {`);
    expect(readme).toContain(`Alias ${base} /var/www/co-guide/`);
    expect(readdirSync(join(out, 'server-config')).sort()).toEqual(['apache.conf', 'nginx.conf', 'web.config']);

    const site = await serveWithNginx(join(out, 'site'), base, 'alias');
    try {
      const pages = builtPages(join(out, 'site'), base);
      expect(pages).toEqual(builtPages());
      const { problems, checked } = await crawlLinks(site.origin, base, pages);
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThan(10);
    } finally {
      await site.close();
    }
  }, 180_000);
});
