/**
 * `npm run bench`: runs every bench/*.bench.mjs in name order; each prints its own figures and records them
 * (bench/support/figures.mjs). At the end every recorded figure is printed against its goal in
 * bench/budget.json, with those over their goal listed. Options pass through (see each bench's header),
 * e.g. `npm run bench -- --scale 1000`; `npm run bench -- site` runs only the benches whose file name contains "site";
 * `npm run bench -- --help` lists the benches and what each measures, and runs none.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { formatBudget, judge, loadBudget } from './support/budget.mjs';

const args = process.argv.slice(2);
const only = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]?.startsWith('--')));
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.mjs') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
if (args.includes('--help') || args.includes('-h')) {
  // Each bench's header comment says what it measures and which options it takes.
  const header = (f) => (/^\/\*\*\n([\s\S]*?)\*\//m.exec(readFileSync(new URL(f, import.meta.url), 'utf8'))?.[1] ?? '').replace(/^ \* ?/gm, '    ').trimEnd();
  console.log(`npm run bench [-- NAME… OPTIONS]: runs bench/*.bench.mjs (those whose name contains a NAME), then the budget.\n\n${header('run.mjs')}\n`);
  for (const f of files) console.log(`${f}\n${header(f) || '    (no header)'}\n`);
  process.exit(0);
}
mkdirSync('bench/out', { recursive: true });
const figuresFile = 'bench/out/figures.jsonl';
rmSync(figuresFile, { force: true });
// One build per run: every bench that needs the site shares it (bench/support/site.mjs).
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BENCH_FIGURES: figuresFile, BENCH_RUN: String(Date.now()) };
let failed = 0;
for (const f of files) {
  console.log(`\n== ${f} ==`);
  const r = spawnSync(process.execPath, [new URL(f, import.meta.url).pathname, ...args], { stdio: 'inherit', env });
  if (r.status !== 0) failed++;
}
let figures = [];
try {
  figures = readFileSync(figuresFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
} catch {
  /* no bench recorded anything */
}
console.log('\n== budget (bench/budget.json) ==');
console.log(formatBudget(judge(loadBudget(), figures)));
process.exit(failed ? 1 : 0);
