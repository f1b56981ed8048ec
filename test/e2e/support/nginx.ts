import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { freePort, startServer, type ServedSite } from './server-process';

/** Debian's nginx; `.ci/run` installs it when it is missing. */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** The documented configuration (deploy/nginx.conf), served exactly as HR would paste it, paths aside. */
export const NGINX_SNIPPET = 'deploy/nginx.conf';

/**
 * Serves a built site with nginx as a child process on a free localhost port, with its own prefix, pid,
 * logs and temp folders under .cache/, using deploy/nginx.conf with only the base and the folder replaced.
 * `form: 'alias'` puts the files anywhere; `form: 'root'` places them under root at the base path.
 */
export async function serveWithNginx(dist: string, base: string, form: 'alias' | 'root'): Promise<ServedSite> {
  mkdirSync('.cache', { recursive: true });
  const prefix = resolve(mkdtempSync(join('.cache', 'nginx-')));
  for (const d of ['logs', 'temp', 'www']) mkdirSync(join(prefix, d), { recursive: true });
  const siteDir = resolve(dist);
  let snippet = readFileSync(NGINX_SNIPPET, 'utf8').replaceAll('/hr/co-guide/', base).replaceAll('location = /hr/co-guide {', `location = ${base.replace(/\/$/, '')} {`);
  if (form === 'alias') snippet = snippet.replace('alias /var/www/co-guide/;', `alias ${siteDir}/;`);
  else {
    const under = join(prefix, 'www', base);
    mkdirSync(resolve(under, '..'), { recursive: true });
    symlinkSync(siteDir, under.replace(/\/$/, ''));
    snippet = snippet.replace('alias /var/www/co-guide/;', `root ${join(prefix, 'www')};`);
  }
  if (!snippet.includes(form === 'alias' ? siteDir : prefix)) throw new Error('deploy/nginx.conf no longer has "alias /var/www/co-guide/;": update serveWithNginx');
  const port = await freePort();
  const temp = (name: string) => `${name}_temp_path ${join(prefix, 'temp', name)};`;
  writeFileSync(join(prefix, 'site.conf'), snippet);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      // One process: no worker user to switch to, nothing left behind when the test ends it.
      'master_process off;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'logs', 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      'access_log off;',
      // As Debian's /etc/nginx/nginx.conf has it, by absolute path: the prefix holds no mime.types, so a snippet that
      // leaned on a relative `include mime.types` would fail here as it fails wherever HR keeps its files.
      'include /etc/nginx/mime.types;',
      'default_type text/plain;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp),
      `server { listen 127.0.0.1:${port}; server_name localhost; include site.conf; }`,
      '}',
    ].join('\n'),
  );
  const test = spawnSync(NGINX, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'logs', 'error.log')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t rejects deploy/nginx.conf:\n${test.stderr}`);
  return startServer({
    command: NGINX,
    args: ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'logs', 'error.log')],
    port,
    base,
    prefix,
    errorLog: join(prefix, 'logs', 'error.log'),
    stopSignal: 'SIGQUIT',
  });
}
