/**
 * The team view must summarise 10,000 results in well under a second: import (parse + check every answer set)
 * and summarise (recompute every result, tally), on exported JSON files as HR would drop them.
 */
import { expect, test } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import { diagnose } from '@/lib/self-check/engine';
import { resultToJson } from '@/lib/self-check/export';
import { createImporter } from '@/lib/team/import';
import { breakdown } from '@/lib/team/breakdown';
import { poolOf } from '@/lib/team/pool';
import { selfCheckData } from '../test/unit/support/data';
import { median } from './median';

const data = selfCheckData();
const items = data.instrument.items;
const bands = ['young', 'middle', 'senior'];
// Deterministic pseudo-random answers, so every run measures the same work.
let seed = 42;
const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed);
const sets: AnswerSet[] = Array.from({ length: 10_000 }, () => ({
  instrument: 'self-check',
  version: data.instrument.version,
  answers: Object.fromEntries(items.map((i) => [i.id, (next() % 5) + 1])),
  choices: { age: [bands[next() % 3]!] },
}));
const file = `[${sets.map((s) => resultToJson(s, diagnose(data, s), new Date(0))).join(',')}]`;


test('team view with 10,000 exported results (figures printed, not asserted)', () => {
  let count = 0;
  const full = median(() => {
    const importer = createImporter(data);
    importer.read(file, 'results.json');
    count = breakdown(poolOf(data, importer.result().entries.map((e) => ({ set: e.set }))), data, { kind: 'band' }, 5).columns[0]!.count;
  }, 7);
  const summaryOnly = median(() => breakdown(poolOf(data, sets.map((set) => ({ set }))), data, { kind: 'band' }, 5), 7);
  expect(count).toBe(10_000);
  console.log(`team view, 10,000 results (${(file.length / 1024 / 1024).toFixed(1)} MB of JSON): import + summarise ${full.toFixed(0)} ms, summarise only ${summaryOnly.toFixed(0)} ms (median of 7)`);
});
