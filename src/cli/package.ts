/**
 * `BASE=/hr/co-guide/ npm run package`: builds the site for that base and writes release/co-guide-<base>.zip
 * (the site under site/, a Japanese README.txt, the server configurations) and its SHA-256, so IT can
 * deploy without Node. OUT_DIR and RELEASE_DIR move the build and the output.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zip, type ZipEntry } from '../lib/zip.ts';
import { forBase } from '../lib/base-path.ts';

const trimmed = (process.env.BASE ?? '').replace(/^\/+|\/+$/g, '');
const base = trimmed ? `/${trimmed}/` : '/';
// The base is written into the README and into nginx's and Apache's configurations: a quote, a semicolon or a line
// break there would end a directive and start another. Only plain path segments are taken.
if (trimmed && !trimmed.split('/').every((s) => /^[A-Za-z0-9._~-]+$/.test(s) && s !== '.' && s !== '..')) {
  console.error(`BASE "${process.env.BASE}" は使えません。英数字と . _ ~ - だけのパスを / で区切って書いてください（例: /hr/co-guide/）。`);
  process.exit(1);
}
const outDir = process.env.OUT_DIR ?? 'dist';
const releaseDir = process.env.RELEASE_DIR ?? 'release';

// --no-build packs an existing build made for the same BASE (the tests reuse theirs instead of building twice).
if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, BASE: base, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Every file under `dir`, sorted, so the archive lists them in a stable order. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The documented configurations, with the example base replaced by this build's. */
const configs = ['nginx.conf', 'apache.conf', 'web.config'].map((name) => ({ name, text: forBase(readFileSync(join('deploy', name), 'utf8'), base) }));
const configText = (name: string) => configs.find((c) => c.name === name)!.text;
const readme = readFileSync('deploy/README.ja.txt', 'utf8')
  .replaceAll('{{BASE}}', base)
  // Functions, so that a `$&` or `$'` in a configuration is copied as it is, not read as a replacement pattern.
  .replace('{{NGINX}}', () => configText('nginx.conf'))
  .replace('{{APACHE}}', () => configText('apache.conf'));

const entries: ZipEntry[] = [
  // CRLF so the README reads well in Windows Notepad too.
  { name: 'README.txt', data: Buffer.from(readme.replace(/\r?\n/g, '\r\n'), 'utf8') },
  ...configs.map(({ name, text }) => ({ name: `server-config/${name}`, data: Buffer.from(text, 'utf8') })),
  ...files(outDir).map((f) => ({ name: `site/${relative(outDir, f).split(sep).join('/')}`, data: readFileSync(f) })),
];
const archive = zip(entries);
const name = `co-guide${trimmed ? `-${trimmed.replace(/\//g, '-')}` : ''}.zip`;
mkdirSync(releaseDir, { recursive: true });
writeFileSync(join(releaseDir, name), archive);
const sha256 = createHash('sha256').update(archive).digest('hex');
// The format sha256sum -c reads.
writeFileSync(join(releaseDir, `${name}.sha256`), `${sha256}  ${name}\n`);
console.log(`${join(releaseDir, name)}（${entries.length} ファイル、${(archive.length / 1024 / 1024).toFixed(1)} MB）`);
console.log(`SHA-256: ${sha256}`);
