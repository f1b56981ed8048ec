import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreDimensions } from '@/lib/likert';
import { selfCheckData } from './support/data';

const { instrument } = selfCheckData();
const ids = instrument.items.map((i) => i.id);
const answersArb = fc.dictionary(fc.constantFrom(...ids), fc.integer({ min: 1, max: 5 }));

describe('Likert scoring', () => {
  it('scores every dimension between 0 and 100, or null when nothing is answered', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const d of scoreDimensions(instrument, answers)) {
          if (d.answered === 0) expect(d.score).toBeNull();
          else {
            expect(d.score).toBeGreaterThanOrEqual(0);
            expect(d.score).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });

  it('never lowers a score when the answer moves towards more of the dimension (reverse keys included)', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...instrument.items), fc.integer({ min: 1, max: 4 }), (answers, item, from) => {
        // "More of the dimension" is agreeing more on a normal item and agreeing less on a reverse-keyed one.
        const before = { ...answers, [item.id]: item.reverse ? from + 1 : from };
        const after = { ...answers, [item.id]: item.reverse ? from : from + 1 };
        const b = scoreDimensions(instrument, before).find((d) => d.id === item.dimension)!;
        const a = scoreDimensions(instrument, after).find((d) => d.id === item.dimension)!;
        expect(a.score!).toBeGreaterThan(b.score!);
      }),
    );
  });

  it('flips reverse-keyed items: full agreement everywhere is not a full score', () => {
    const all5 = Object.fromEntries(ids.map((id) => [id, 5]));
    const scores = scoreDimensions(instrument, all5);
    for (const d of scores) {
      const items = instrument.items.filter((i) => i.dimension === d.id);
      const reversed = items.filter((i) => i.reverse).length;
      expect(d.score).toBeCloseTo(((items.length - reversed) / items.length) * 100, 0);
    }
    expect(instrument.items.some((i) => i.reverse)).toBe(true);
  });

  it('ignores answers off the scale or for unknown items', () => {
    const clean = scoreDimensions(instrument, { m1: 5 });
    const noisy = scoreDimensions(instrument, { m1: 5, m2: 9, m3: 0, zz: 3 } as Record<string, number>);
    expect(noisy).toEqual(clean);
  });
});
