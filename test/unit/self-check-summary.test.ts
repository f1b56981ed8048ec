import { describe, expect, it } from 'vitest';
import { diagnose } from '@/lib/self-check/engine';
import { BAND_LABELS, readFaces, type Band } from '@/lib/self-check/faces';
import { firstStep, focusFace, standingSentence } from '@/lib/self-check/summary';
import { selfCheckData } from './support/data';
import { answersForLevels, sameAnswerEverywhere } from './support/self-check-answers';

const data = selfCheckData();
const { rules } = data;
const dims = data.instrument.dimensions;
const BANDS: Band[] = ['low', 'middle', 'high'];
const PHRASE: Record<Band, RegExp> = { high: /^(「[^」]+」)+が高く/, middle: /^(「[^」]+」)+は中くらい/, low: /^(「[^」]+」)+は低め/ };

/** Every combination of bands over the four faces, each face at the edge score of its band. */
const combos = (): Band[][] => dims.reduce<Band[][]>((acc) => acc.flatMap((c) => BANDS.map((b) => [...c, b])), [[]]);
const facesFor = (bands: Band[]) =>
  readFaces(
    rules,
    dims.map((d, i) => {
      const r = rules.faces.find((f) => f.id === d.id)!;
      return { id: d.id, label: d.label, score: bands[i] === 'low' ? r.limit - 1 : bands[i] === 'middle' ? r.limit : r.strong, answered: 6, total: 6 };
    }),
  );

describe('where the person stands, in one sentence', () => {
  it('names every face once, in the band shown beside its score, for all 81 combinations', () => {
    for (const bands of combos()) {
      const faces = facesFor(bands);
      expect(faces.map((f) => f.band)).toEqual(bands);
      const s = standingSentence(faces)!;
      if (new Set(bands).size === 1) {
        expect(s).toBe(`4つの軸が${{ high: 'どれも高い状態です', middle: 'どれも中くらいです', low: 'どれも低めです' }[bands[0]!]}。`);
        continue;
      }
      // Split into its clauses; each clause's faces are exactly those in its band.
      const clauses = s.replace(/。$/, '').split('、');
      for (const c of clauses) {
        const band = BANDS.find((b) => PHRASE[b].test(c))!;
        expect(band, c).toBeDefined();
        const named = [...c.matchAll(/「([^」]+)」/g)].map((m) => m[1]);
        expect(named, `${s} (${bands.join(',')})`).toEqual(faces.filter((f) => f.band === band).map((f) => f.label));
      }
      expect(clauses).toHaveLength(new Set(bands).size);
      for (const f of faces) expect(s.split(`「${f.label}」`)).toHaveLength(2);
      expect(s).not.toMatch(/層|群/);
    }
  });

  it('looks first at the lowest face that is not high', () => {
    for (const bands of combos()) {
      const faces = facesFor(bands);
      const focus = focusFace(faces);
      if (bands.every((b) => b === 'high')) expect(focus).toBeNull();
      else {
        expect(focus!.band).not.toBe('high');
        for (const f of faces) if (f.band !== 'high') expect(focus!.score!).toBeLessThanOrEqual(f.score!);
      }
    }
    expect(BAND_LABELS.low).toBe('低め');
  });
});

describe('the one thing to try first', () => {
  it('is the first thing listed that the person can do, or else a talk about the face to look at', () => {
    const d = diagnose(data, answersForLevels(data, { mieru: 5, fuyasu: 5, tsunagu: 1, reach: 4 }, { age: ['middle'] }));
    const step = firstStep(d);
    expect(step).toEqual({ kind: 'measure', measure: d.selfMeasures[0] });
    expect(firstStep({ ...d, selfMeasures: [] })).toEqual({ kind: 'talk', face: d.dimensions.find((f) => f.id === 'tsunagu') });
  });

  it('is to answer again when the way of answering makes the scores unsafe, and to pass it on when all is high', () => {
    const flagged = diagnose(data, sameAnswerEverywhere(data, 1));
    expect(flagged.style.flagged).toBe(true);
    expect(firstStep(flagged)).toEqual({ kind: 'answer-again' });
    const high = diagnose(data, answersForLevels(data, { mieru: 5, fuyasu: 5, tsunagu: 5, reach: 5 }, { age: ['middle'] }));
    expect(firstStep({ ...high, selfMeasures: [] })).toEqual({ kind: 'all-high' });
  });
});
