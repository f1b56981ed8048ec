import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import { diagnoseOrg, isOrganisationMeasure } from '@/lib/org-check/engine';
import { orgCheckData } from './support/data';

const data = orgCheckData();
const { items } = data.instrument;
const order = (id: string) => data.steps.find((s) => s.id === id)!.order;

const setFor = (levels: Record<string, number>): AnswerSet => ({
  instrument: 'org-check',
  version: data.instrument.version,
  answers: Object.fromEntries(items.map((i) => [i.id, i.reverse ? 6 - levels[i.dimension]! : levels[i.dimension]!])),
  choices: {},
});
const answersArb = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: items.length, maxLength: items.length });
const toSet = (values: number[]): AnswerSet => ({ instrument: 'org-check', version: 1, answers: Object.fromEntries(items.map((i, n) => [i.id, values[n]!])), choices: {} });

describe('organisation self-check', () => {
  it('places an organisation with nothing in place at the first step and one with everything at the last', () => {
    expect(diagnoseOrg(data, setFor({ mieru: 1, fuyasu: 1, tsunagu: 1 })).stage.id).toBe('commit');
    expect(diagnoseOrg(data, setFor({ mieru: 5, fuyasu: 5, tsunagu: 5 })).stage.id).toBe('embed');
  });

  it('holds an organisation back at the step whose condition it misses, and names its weakest axis', () => {
    // Strong opportunities and links, but nothing measured: cannot have passed 現在地を見える化する.
    const d = diagnoseOrg(data, setFor({ mieru: 1, fuyasu: 5, tsunagu: 5 }));
    expect(d.stage.id).toBe('commit');
    expect(d.weakestAxis?.id).toBe('mieru');
    expect(d.measures[0]!.frames).toContain('mieru');
  });

  it('never moves an organisation back when one answer improves (reverse keys included)', () => {
    fc.assert(
      fc.property(answersArb, fc.nat(items.length - 1), (values, k) => {
        const item = items[k]!;
        const better = [...values];
        if (item.reverse) {
          fc.pre(values[k]! > 1);
          better[k] = values[k]! - 1;
        } else {
          fc.pre(values[k]! < 5);
          better[k] = values[k]! + 1;
        }
        const a = diagnoseOrg(data, toSet(values));
        const b = diagnoseOrg(data, toSet(better));
        expect(order(b.stage.id)).toBeGreaterThanOrEqual(order(a.stage.id));
        for (const axis of b.axes) expect(axis.score!).toBeGreaterThanOrEqual(a.axes.find((x) => x.id === axis.id)!.score!);
      }),
    );
  });

  it('recommends only organisation-wide measures that fit the weakest axis or the stage, within the limit', () => {
    fc.assert(
      fc.property(answersArb, (values) => {
        const d = diagnoseOrg(data, toSet(values));
        expect(d.measures.length).toBeLessThanOrEqual(data.rules.maxMeasures);
        for (const m of d.measures) {
          expect(isOrganisationMeasure(m)).toBe(true);
          const twoWeakest = [...d.axes].sort((x, y) => x.score! - y.score!).slice(0, 2).map((x) => x.id);
          const fits = m.frames.some((f) => twoWeakest.includes(f)) || m.stages.includes(d.stage.id) || (d.next !== null && m.stages.includes(d.next.id));
          expect(fits, m.id).toBe(true);
        }
      }),
    );
  });
});
