/**
 * Every bench records its figures here, so `npm run bench` can print them against bench/budget.json at the end.
 * A figure is a name such as `js-gzip-kb/top page`, a number and a unit. Outside `npm run bench` (a bench file
 * run on its own) recording does nothing; the bench still prints its own table.
 */
import { appendFileSync } from 'node:fs';

/** Records one figure and returns its value, so a bench can record and print in one line. */
export function record(name, value, unit = '') {
  const file = process.env.BENCH_FIGURES;
  if (file && Number.isFinite(value)) appendFileSync(file, `${JSON.stringify({ name, value, unit })}\n`);
  return value;
}
