/**
 * `npm run bench`: runs every bench/*.bench.mjs in name order; each prints its own figures.
 * `npm run bench -- --scale 1000` also passes options through (see each bench's header).
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const files = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.bench.mjs')).sort();
let failed = 0;
for (const f of files) {
  console.log(`\n== ${f} ==`);
  const r = spawnSync(process.execPath, [new URL(f, import.meta.url).pathname, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
