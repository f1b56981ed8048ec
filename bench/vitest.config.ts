import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Timings of the pure logic, run by bench/logic.bench.mjs through `npm run bench` (never by `npm test`).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
  test: { include: ['bench/**/*.timing.ts'], testTimeout: 120_000 },
});
