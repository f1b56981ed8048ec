import { spawn } from 'node:child_process';

export interface BuildResult {
  code: number | null;
  output: string;
}

/** Runs `astro build` with the given environment (BASE, OUT_DIR, CONTENT_DIR…) and collects its output. */
export function buildSite(env: Record<string, string>): Promise<BuildResult> {
  return new Promise((resolve) => {
    // Inside a test file, vitest mirrors import.meta.env into process.env (BASE_URL=/, MODE, DEV…); passed on, they
    // would override the build's own base in the pages' links.
    const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...inherited } = process.env;
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      // vitest sets NODE_ENV=test, which would make Astro build a dev-flavoured site (Starlight then disables search).
      env: { ...inherited, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    // Colour codes would split words like `step` in the messages the tests read.
    child.on('close', (code) => resolve({ code, output: output.replace(/\u001b\[[0-9;]*m/g, '') }));
  });
}
