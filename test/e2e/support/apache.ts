import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, startServer, type ServedSite } from './server-process';

/** Debian's Apache 2.4; `.ci/run` installs it when it is missing. */
export const APACHE = process.env.APACHE_PATH ?? '/usr/sbin/apache2';
/** The documented configuration (deploy/apache.conf), served as HR would paste it, paths aside. */
export const APACHE_SNIPPET = 'deploy/apache.conf';
const MODULES = '/usr/lib/apache2/modules';

/**
 * Serves a built site with Apache as a child process (one process, in the foreground) on a free localhost port,
 * using deploy/apache.conf with only the base and the folder replaced, and the modules Debian enables by default
 * plus mod_headers, as the configuration's comment asks.
 */
export async function serveWithApache(dist: string, base: string): Promise<ServedSite> {
  // Under /tmp and readable by all: Apache started as root serves as www-data, which must reach its files.
  const prefix = mkdtempSync(join(tmpdir(), 'co-guide-apache-'));
  chmodSync(prefix, 0o755);
  const siteDir = resolve(dist);
  const snippet = readFileSync(APACHE_SNIPPET, 'utf8')
    .replaceAll('/var/www/co-guide/', `${siteDir}/`)
    .replaceAll('/hr/co-guide', base.replace(/\/$/, ''));
  if (!snippet.includes(siteDir)) throw new Error('deploy/apache.conf no longer has "/var/www/co-guide/": update serveWithApache');
  const port = await freePort();
  writeFileSync(
    join(prefix, 'httpd.conf'),
    [
      `ServerRoot ${prefix}`,
      `Listen 127.0.0.1:${port}`,
      'ServerName localhost',
      `PidFile ${join(prefix, 'httpd.pid')}`,
      `ErrorLog ${join(prefix, 'error.log')}`,
      'LogLevel warn',
      ...['mpm_event', 'authz_core', 'alias', 'dir', 'mime', 'headers'].map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`),
      'User www-data',
      'Group www-data',
      'TypesConfig /etc/mime.types',
      `DocumentRoot ${prefix}`,
      snippet,
    ].join('\n'),
  );
  return startServer({ command: APACHE, args: ['-X', '-f', join(prefix, 'httpd.conf')], port, base, prefix, errorLog: join(prefix, 'error.log'), stopSignal: 'SIGTERM' });
}
