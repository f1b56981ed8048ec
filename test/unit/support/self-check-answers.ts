/** Building self-check answer sets from the face scores wanted, for tables and sweeps. */
import type { AnswerSet } from '@/lib/answers';
import type { SelfCheckData } from '@/lib/self-check/engine';

/**
 * Answers whose keyed values add up to `sums[face]` on each face (from n to 5n for n items), spread as evenly as
 * possible, reverse items answered the other way round. Every reachable face score has such a set.
 */
export function answersForSums(data: SelfCheckData, sums: Record<string, number>, choices: Record<string, string[]> = { age: ['middle'] }): AnswerSet {
  const answers: Record<string, number> = {};
  for (const dim of data.instrument.dimensions) {
    const items = data.instrument.items.filter((i) => i.dimension === dim.id);
    const total = sums[dim.id]!;
    const base = Math.floor(total / items.length);
    items.forEach((item, k) => {
      const keyed = base + (k < total - base * items.length ? 1 : 0);
      answers[item.id] = item.reverse ? 6 - keyed : keyed;
    });
  }
  return { instrument: 'self-check', version: data.instrument.version, answers, choices };
}

/** Every item of a face keyed at the same level (1…5): level 1 → 0, 3 → 50, 5 → 100. */
export function answersForLevels(data: SelfCheckData, levels: Record<string, number>, choices?: Record<string, string[]>): AnswerSet {
  const sums = Object.fromEntries(data.instrument.dimensions.map((d) => [d.id, levels[d.id]! * data.instrument.items.filter((i) => i.dimension === d.id).length]));
  return answersForSums(data, sums, choices);
}

/** The same raw answer on every item (straight-lining). */
export function sameAnswerEverywhere(data: SelfCheckData, value: number, choices: Record<string, string[]> = { age: ['middle'] }): AnswerSet {
  return { instrument: 'self-check', version: data.instrument.version, answers: Object.fromEntries(data.instrument.items.map((i) => [i.id, value])), choices };
}
