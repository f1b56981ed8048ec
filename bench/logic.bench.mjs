// Runs the timings of the pure logic (bench/*.timing.ts) in vitest, which compiles the TypeScript; each prints its figures.
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'bench/vitest.config.ts', '--reporter=dot', '--silent=false'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
