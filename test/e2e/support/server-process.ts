import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';

export interface ServedSite {
  /** The site's address, base path included, ending in `/`. */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/** A free localhost port, found by letting the OS pick one. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Resolves once the server answers at all (any HTTP status), or rejects when it exits first. */
async function answered(url: string, child: ChildProcess, log: () => string): Promise<void> {
  let exited: string | undefined;
  child.once('exit', (code) => (exited = `the server exited with ${code}:\n${log()}`));
  for (;;) {
    if (exited) throw new Error(exited);
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      // Not listening yet: the server binds its port just after start-up; try again on the next turn.
      await new Promise((r) => setImmediate(r));
    }
  }
}

/**
 * Starts a web server (`command` with `args`) that serves the site at `http://127.0.0.1:<port><base>`, waits until it
 * answers, and gives a `close` that stops it with `stopSignal` and removes its folder `prefix`. `errorLog` is shown
 * when it fails to start.
 */
export async function startServer(opts: { command: string; args: string[]; port: number; base: string; prefix: string; errorLog: string; stopSignal: NodeJS.Signals }): Promise<ServedSite> {
  const child = spawn(opts.command, opts.args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const log = () => output + (existsSync(opts.errorLog) ? readFileSync(opts.errorLog, 'utf8') : '');
  const origin = `http://127.0.0.1:${opts.port}`;
  await answered(origin + opts.base, child, log);
  return {
    url: origin + opts.base,
    origin,
    close: async () => {
      if (child.exitCode === null) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill(opts.stopSignal);
        await gone;
      }
      rmSync(opts.prefix, { recursive: true, force: true });
    },
  };
}
