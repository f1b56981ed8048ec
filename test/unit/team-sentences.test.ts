import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import type { DimensionScore } from '@/lib/likert';
import { ALPHA_LOW, ALPHA_MIN_PEOPLE } from '@/lib/team/alpha';
import { breakdown, cellText, type Breakdown } from '@/lib/team/breakdown';
import { gapRows } from '@/lib/team/gap';
import { NO_SEGMENT, poolOf, type FaceAlpha, type Pool } from '@/lib/team/pool';
import { changeText, compareRounds, kpiText, reachFaceOf, summariseRound, type KpiRow } from '@/lib/team/rounds';
import { alphaSentences, changeSentences, gapSentences, summarySentences, teamHolds, type TeamFacts } from '@/lib/team/team-sentences';
import { teamConditionSchema, teamSentencesSchema } from '@/schemas/team-sentence';
import { readDataFile } from '@/data/read-file';
import { orgCheckData, selfCheckData } from './support/data';
import { answersForLevels, answersForSums } from './support/self-check-answers';

const data = selfCheckData();
const org = orgCheckData();
const mapping = readDataFile('content', 'gap-mapping');
const spec = readDataFile('content', 'team-sentences');
const faces = data.instrument.dimensions;
const reachLimit = data.rules.faces.find((f) => f.id === reachFaceOf(data))!.limit;
const HIDDEN = /表示しません/;

/** The numbers written in a text (「7人（58%）」 → 7, 58), with − read as a minus. */
const numbersIn = (text: string) => [...text.replace(/−/g, '-').matchAll(/[+-]?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
/** The labels a sentence names in 「」. */
const quotedIn = (text: string) => [...text.matchAll(/「([^」]+)」/g)].map((m) => m[1]!);

describe('team sentences in data', () => {
  it('refuse a sentence with no condition, with a Japanese message on its when', () => {
    const empty = teamConditionSchema.safeParse({});
    expect(empty.success).toBe(false);
    expect(empty.error!.issues[0]!.message).toMatch(/^when に、この文が正しくなる条件を1つ以上書いてください/);
    expect(teamConditionSchema.safeParse({ always: true, alpha: 'shown' }).success).toBe(false);
    const missing = teamSentencesSchema.safeParse({ sentences: [{ slot: 'summary', text: '不動層にあたる人はいません。' }] });
    expect(missing.success).toBe(false);
    expect(missing.error!.issues[0]!.path).toEqual(['sentences', 0, 'when']);
    const both = teamSentencesSchema.safeParse({ sentences: [{ slot: 'gap-direction', text: 'a。', label: 'b', when: { gap: ['close'] } }] });
    expect(both.success).toBe(false);
    expect(both.error!.issues[0]!.message).toContain('どちらか1つ');
  });

  it('have words for every pair of the gap mapping in every direction, and a reading for every kind of change', () => {
    for (const p of mapping.pairs) {
      for (const g of ['orgHigher', 'peopleHigher', 'close'] as const) {
        expect(spec.sentences.filter((s) => s.slot === 'gap-words' && teamHolds(s.when, { people: 'shown', pair: p.id, gap: g })), `${p.id} ${g}`).toHaveLength(1);
      }
    }
    for (const change of ['above', 'below', 'spans', 'noInterval', 'none'] as const) {
      for (const kind of ['share', 'mean', 'alpha'] as const) expect(spec.sentences.filter((s) => s.slot === 'change' && teamHolds(s.when, { change, kind }))).toHaveLength(1);
    }
  });
});

// ---- The gap view ----------------------------------------------------------------------------------------------

/** The organisation's axes all at one score (axis scores are whole numbers 0–100). */
const orgAxesAt = (score: number): DimensionScore[] => org.instrument.dimensions.map((d) => ({ id: d.id, label: d.label, score, answered: 5, total: 5 }));
const show1 = (v: number | null) => (v === null ? '—' : v.toFixed(1));
/** A pool whose people score `sums` (keyed sum per face, 6…30). */
const poolOfSums = (people: Record<string, number>[]) => poolOf(data, people.map((s) => ({ set: answersForSums(data, s) })));

/** The gap view's shown figures and sentences for one organisation score: every check of the sweep. */
function checkGap(pool: Pool, orgScore: number, minSize: number) {
  const rows = gapRows(mapping, orgAxesAt(orgScore), pool, minSize);
  const peopleShown = pool.count >= minSize;
  const reading = gapSentences(spec, rows, peopleShown, minSize);
  const hiddenMeans = peopleShown ? [] : faces.map((f) => gapRows(mapping, orgAxesAt(orgScore), pool, 1).find((r) => mapping.pairs.find((p) => p.id === r.id)!.people === f.id)?.people);
  for (const s of reading.notes) {
    expect(teamHolds(s.when, { people: peopleShown ? 'shown' : 'hidden' })).toBe(true);
    expect(peopleShown).toBe(false);
    // The note gives the threshold, never a hidden mean.
    expect(numbersIn(s.text)).toEqual([minSize]);
  }
  expect(reading.notes.length).toBe(peopleShown ? 0 : 1);
  for (const r of rows) {
    const { direction, words } = reading.rows[r.id]!;
    // What the table shows: the organisation's score, the people's mean (or that it is hidden), the gap.
    const orgShown = show1(r.org);
    const peopleText = peopleShown ? show1(r.people) : 'hidden';
    const gapText = r.gap === null ? '—' : r.gap.toFixed(1);
    if (!peopleShown || gapText === '—') {
      expect([direction, words]).toEqual(['', '']);
      continue;
    }
    const g = Number(gapText);
    // The shown gap is the difference of the shown scores, to the rounding of one decimal.
    expect(Math.abs(g - (Number(orgShown) - Number(peopleText)))).toBeLessThanOrEqual(0.1 + 1e-9);
    const seen = g >= mapping.threshold ? 'orgHigher' : -g >= mapping.threshold ? 'peopleHigher' : 'close';
    const facts: TeamFacts = { people: 'shown', pair: r.id, gap: seen };
    const chosen = spec.sentences.filter((s) => (s.slot === 'gap-words' || s.slot === 'gap-direction') && [direction, words].includes(s.text));
    expect(chosen).toHaveLength(2);
    for (const s of chosen) expect(teamHolds(s.when, facts), `${r.id} ${gapText}: ${s.text}`).toBe(true);
    expect({ direction, g }).toEqual({ direction: { orgHigher: '組織のほうが高い', peopleHigher: '社員のほうが高い', close: '差は小さい' }[seen], g });
  }
  for (const m of hiddenMeans) if (m != null) for (const s of reading.notes) expect(s.text).not.toContain(m.toFixed(1));
}

describe('the gap view sweep', () => {
  // Pools whose means fall on a fine grid (five people: means in steps of 100/120 points), and a hidden one.
  const sumsArb = fc.record(Object.fromEntries(faces.map((f) => [f.id, fc.integer({ min: 6, max: 30 })])) as Record<string, fc.Arbitrary<number>>);
  it('shows for every organisation score 0–100 and every pool only the direction and words its shown figures give', () => {
    fc.assert(
      fc.property(fc.array(sumsArb, { minLength: 5, maxLength: 5 }), (people) => {
        const pool = poolOfSums(people);
        for (let score = 0; score <= 100; score++) checkGap(pool, score, 5);
      }),
      { numRuns: 60 },
    );
  });

  it('shows no mean, direction or words when fewer people than the threshold answered', () => {
    fc.assert(
      fc.property(fc.array(sumsArb, { minLength: 1, maxLength: 4 }), (people) => {
        const pool = poolOfSums(people);
        for (let score = 0; score <= 100; score += 5) checkGap(pool, score, 5);
      }),
      { numRuns: 30 },
    );
  });

  it('crosses the threshold on both sides for each pair (the grid reaches every direction)', () => {
    const pool = poolOfSums(Array.from({ length: 5 }, () => Object.fromEntries(faces.map((f) => [f.id, 18])))); // every mean 50
    const seen = new Set<string>();
    for (let score = 0; score <= 100; score++) for (const r of gapRows(mapping, orgAxesAt(score), pool, 5)) seen.add(`${r.id}:${r.direction}`);
    expect(seen.size).toBe(mapping.pairs.length * 3);
    // 65 − 50 = 15 is a gap (at the threshold); 64 − 50 is not.
    expect(gapSentences(spec, gapRows(mapping, orgAxesAt(65), pool, 5), true, 5).rows.mieru!.direction).toBe('組織のほうが高い');
    expect(gapSentences(spec, gapRows(mapping, orgAxesAt(64), pool, 5), true, 5).rows.mieru!.direction).toBe('差は小さい');
    expect(gapSentences(spec, gapRows(mapping, orgAxesAt(35), pool, 5), true, 5).rows.mieru!.direction).toBe('社員のほうが高い');
  });
});

// ---- Cronbach's α ----------------------------------------------------------------------------------------------

const ALPHAS = [null, 0.3, 0.6949, 0.695, 0.6999, 0.7, 0.7049, 0.9];
const COUNTS = [2, ALPHA_MIN_PEOPLE - 1, ALPHA_MIN_PEOPLE, ALPHA_MIN_PEOPLE + 1, 500];

function checkAlpha(alpha: FaceAlpha[], count: number) {
  const shown = alphaSentences(spec, alpha, count);
  if (count < ALPHA_MIN_PEOPLE) {
    // The table is not shown, so no α may be named: only the count and the threshold.
    expect(shown.map((s) => s.text)).toEqual([`${ALPHA_MIN_PEOPLE}人以上の回答がそろうと表示します（いまは${count}人）。人数が少ないと、αは偶然で大きく動くためです。`]);
    expect(teamHolds(shown[0]!.when, { alpha: 'hidden' })).toBe(true);
    return;
  }
  // The table as shown: two decimals, or 計算できません.
  const table = Object.fromEntries(alpha.map((f) => [f.label, f.alpha === null ? null : Number(f.alpha.toFixed(2))]));
  const bandOf = (v: number | null) => (v === null ? 'none' : v < ALPHA_LOW ? 'low' : 'atOrAbove');
  const facts: TeamFacts = { alpha: 'shown', alphaOf: Object.fromEntries(alpha.map((f) => [f.id, bandOf(table[f.label]!)])) };
  const low = alpha.filter((f) => bandOf(table[f.label]!) === 'low').map((f) => f.label);
  for (const s of shown) {
    const named = quotedIn(s.text);
    expect(teamHolds(s.when, facts, alpha.filter((f) => named.includes(f.label)).map((f) => f.id)), s.text).toBe(true);
    if (named.length) expect(named).toEqual(low);
    // Every number is the mark, never an α.
    expect(numbersIn(s.text.replace(/「[^」]+」/g, ''))).toEqual(numbersIn(s.text.replace(/「[^」]+」/g, '')).map(() => ALPHA_LOW));
  }
  expect(shown.some((s) => s.text.includes('を下回っています'))).toBe(low.length > 0);
  expect(shown.some((s) => s.text.startsWith('どの軸も'))).toBe(Object.values(table).every((v) => v !== null && v >= ALPHA_LOW));
}

describe('the α sweep', () => {
  it('names exactly the faces whose shown α is below the mark, and no α while the table is hidden', () => {
    let runs = 0;
    const each = (i: number, chosen: (number | null)[]) => {
      if (i === faces.length) {
        for (const count of COUNTS) {
          checkAlpha(
            faces.map((f, k) => ({ id: f.id, label: f.label, alpha: chosen[k]!, people: count, items: 6 })),
            count,
          );
          runs++;
        }
        return;
      }
      for (const a of ALPHAS) each(i + 1, [...chosen, a]);
    };
    each(0, []);
    expect(runs).toBe(ALPHAS.length ** faces.length * COUNTS.length);
  });
});

// ---- Round changes ---------------------------------------------------------------------------------------------

const BOUNDS = [-5, -0.5, -0.06, -0.04, -0.006, -0.004, -0.0006, -0.0004, 0, 0.0004, 0.0006, 0.004, 0.006, 0.04, 0.06, 0.5, 5];

/** Reads a change cell back: 「+4.0ポイント（95%区間 −1.2〜+9.1）」 → change and interval as written. */
function readChange(text: string) {
  const m = text.replace(/−/g, '-').match(/^([+-]?\d+\.\d+)(?:ポイント)?（(?:95%区間 ([+-]?\d+\.\d+)〜([+-]?\d+\.\d+)|区間は計算できません)）$/);
  return m ? { change: Number(m[1]), low: m[2] === undefined ? null : Number(m[2]), high: m[3] === undefined ? null : Number(m[3]) } : null;
}

function checkChange(row: KpiRow) {
  const reading = changeSentences(spec, [row])[row.id]!;
  const chosen = spec.sentences.filter((s) => s.slot === 'change' && s.text === reading);
  expect(chosen, `${row.id}: ${reading}`).toHaveLength(1);
  const cell = changeText(row);
  const read = readChange(cell);
  let facts: TeamFacts;
  if (cell === '—') {
    // Not compared: one of the rounds shows no figure.
    expect([kpiText(row.kind, row.before), kpiText(row.kind, row.after)]).toContain('—');
    facts = { change: 'none', kind: row.kind };
  } else {
    expect(read, cell).not.toBeNull();
    const { low, high } = read!;
    facts = { change: low === null || high === null ? 'noInterval' : low > 0 ? 'above' : high < 0 ? 'below' : 'spans', kind: row.kind };
  }
  expect(teamHolds(chosen[0]!.when, facts), `${cell}: ${reading}`).toBe(true);
  // A reading names no figure of its own (only 「95%」 and 「0」).
  expect(numbersIn(reading).every((n) => n === 95 || n === 0)).toBe(true);
}

describe('the round change sweep', () => {
  it('reads every change as its shown interval gives it: wholly above 0, wholly below, containing 0, no interval, none', () => {
    const seen = new Set<string>();
    for (const kind of ['share', 'mean', 'alpha'] as const) {
      for (const low of BOUNDS) {
        for (const high of BOUNDS) {
          if (high < low) continue;
          const row: KpiRow = { id: 'x', section: 'faces', label: 'x', kind, before: 0.5, after: 0.5, change: (low + high) / 2, interval: { low, high } };
          checkChange(row);
          seen.add(changeSentences(spec, [row]).x!);
        }
      }
      checkChange({ id: 'x', section: 'alpha', label: 'x', kind, before: 0.8, after: 0.9, change: 0.1, interval: null });
      checkChange({ id: 'x', section: 'faces', label: 'x', kind, before: null, after: 0.5, change: null, interval: null });
      checkChange({ id: 'x', section: 'faces', label: 'x', kind, before: 0.5, after: null, change: null, interval: null });
    }
    // Above, below and containing 0 each for shares and for scores.
    expect(seen.size).toBe(5);
  });
});

// ---- The summary on small pools --------------------------------------------------------------------------------

const BANDS = ['young', 'middle', 'senior'];
const DEPTS = ['営業', '開発', '総務'];
/** Face levels of a few kinds of people (C/O人材, 伸長層, each 不動層 group), so that groups reach the threshold. */
const KINDS: Record<string, number>[] = [
  { mieru: 5, fuyasu: 5, tsunagu: 5, reach: 5 },
  { mieru: 3, fuyasu: 3, tsunagu: 3, reach: 4 },
  { mieru: 2, fuyasu: 2, tsunagu: 2, reach: 1 },
  { mieru: 1, fuyasu: 1, tsunagu: 2, reach: 4 },
  { mieru: 3, fuyasu: 3, tsunagu: 1, reach: 4 },
];
const levelsArb = fc.oneof(
  fc.constantFrom(...KINDS),
  fc.record(Object.fromEntries(faces.map((f) => [f.id, fc.integer({ min: 1, max: 5 })])) as Record<string, fc.Arbitrary<number>>),
);
const personArb = fc.record({
  levels: levelsArb,
  band: fc.constantFrom(...BANDS),
  dept: fc.constantFrom(...DEPTS),
  // Some people answer everything alike: their own result names no segment (区分なし).
  same: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
});
type Person = { levels: Record<string, number>; band: string; dept: string; same: boolean };
const setOfPerson = (p: Person): AnswerSet => {
  const set = answersForLevels(data, p.levels, { age: [p.band] });
  return p.same ? { ...set, answers: Object.fromEntries(Object.keys(set.answers).map((k) => [k, 5])) } : set;
};

/** The 全体 column as the page shows it: each count (or null when hidden) and its share. */
function totals(b: Breakdown, id: 'segments' | 'groups') {
  const section = b.sections.find((s) => s.id === id)!;
  return section.rows.map((r) => {
    const { text, share } = cellText(b, section, r, 0);
    return { id: r.id, label: r.label, count: HIDDEN.test(text) ? null : Number(text.replace('人', '')), share };
  });
}

/** Which summary sentences the sweep has shown (indexes in the data), so that it cannot pass by showing none. */
const seenSummary = new Set<number>();

function checkSummary(pool: Pool, by: Parameters<typeof breakdown>[2], minSize: number) {
  const b = breakdown(pool, data, by, minSize);
  const round = summariseRound(pool, data, minSize, '2026-01-01');
  const shown = summarySentences(spec, b, round.reach, reachLimit);
  const segs = totals(b, 'segments');
  const groups = totals(b, 'groups');
  const n = b.columns[0]!.count;
  // Facts recomputed from the shown cells alone.
  const realSegs = segs.filter((s) => s.id !== NO_SEGMENT);
  const largest = (rows: typeof segs) => {
    if (rows.some((r) => r.count === null)) return {};
    const max = Math.max(...rows.map((r) => r.count!));
    return max > 0 ? { max, top: rows.filter((r) => r.count === max) } : {};
  };
  const ls = largest(realSegs);
  const lg = largest(groups);
  const fudo = segs.find((s) => s.id === data.rules.fudoSegment)!;
  const facts: TeamFacts = {
    segments: realSegs.every((s) => s.count !== null) ? 'allShown' : 'someHidden',
    ...(ls.top ? { largestSegment: ls.top.length > 1 ? 'tied' : 'one' } : {}),
    ...(fudo.count !== null ? { fudo: fudo.count } : {}),
    groups: groups.every((g) => g.count !== null) ? 'allShown' : 'someHidden',
    ...(lg.top ? { largestGroup: lg.top.length > 1 ? 'tied' : 'one' } : {}),
    reach: round.reach.count === null ? 'hidden' : 'shown',
    totals: [...segs, ...groups].every((s) => s.count !== null) ? 'allShown' : 'someHidden',
  };
  // Every figure a summary sentence may write: shown counts and shares of 全体, n, the reach limit and the reach
  // count with its complement (shown in the round comparison and its file), and the 3 groups of the guidebook.
  const below = round.reach.count === null ? [] : [n - round.reach.count, Math.round(((n - round.reach.count) / n) * 100)];
  const allowed = new Set([n, reachLimit, 3, ...[...segs, ...groups].flatMap((s) => (s.count === null ? [] : [s.count, ...(s.share ? [Number(s.share.replace('%', ''))] : [])])), ...below]);
  for (const s of shown) {
    seenSummary.add(spec.sentences.findIndex((x) => x.when === s.when));
    expect(teamHolds(s.when, facts), s.text).toBe(true);
    for (const x of numbersIn(s.text)) expect(allowed.has(x), `${x} in ${s.text}`).toBe(true);
    expect(s.text).not.toMatch(/\{[a-zA-Z]+\}/);
    const named = quotedIn(s.text);
    if (s.when.largestSegment) expect(named).toEqual(ls.top!.map((r) => r.label));
    if (s.when.largestGroup) expect(named).toEqual(lg.top!.map((r) => r.label));
    if (s.when.largestSegment) expect(numbersIn(s.text)[0]).toBe(ls.max);
    if (s.when.reach) expect(numbersIn(s.text).slice(1, 2)).toEqual(below.slice(0, 1));
  }
  expect(shown.length).toBeLessThanOrEqual(4);
  return { b, shown };
}

describe('the summary sweep on small pools', () => {
  it('says for every pool only what the shown figures of 全体 give, and nothing about a hidden one', () => {
    fc.assert(
      fc.property(fc.array(personArb, { minLength: 1, maxLength: 40 }), fc.constantFrom(2, 3, 5), (people: Person[], minSize) => {
        const pool = poolOf(
          data,
          people.map((p) => ({ set: setOfPerson(p), extras: [p.dept] })),
          ['部署'],
        );
        checkSummary(pool, { kind: 'band' }, minSize);
        checkSummary(pool, { kind: 'extra', column: 0 }, minSize);
      }),
      { numRuns: 300 },
    );
  });

  it('does the same for every company made of 0, 1, 3 or 5 people of each kind, and shows each summary sentence somewhere', () => {
    seenSummary.clear();
    const COUNTS = [0, 1, 3, 5];
    let pools = 0;
    const each = (k: number, counts: number[]) => {
      if (k === KINDS.length) {
        const people = counts.flatMap((c, kind) => Array.from({ length: c }, (_, i) => ({ set: answersForLevels(data, KINDS[kind]!, { age: [BANDS[(kind + i) % 3]!] }), extras: [DEPTS[i % 3]!] })));
        if (!people.length) return;
        const pool = poolOf(data, people, ['部署']);
        for (const minSize of [3, 5]) checkSummary(pool, { kind: 'band' }, minSize);
        checkSummary(pool, { kind: 'extra', column: 0 }, 3);
        pools++;
        return;
      }
      for (const c of COUNTS) each(k + 1, [...counts, c]);
    };
    each(0, []);
    expect(pools).toBe(COUNTS.length ** KINDS.length - 1);
    const all = spec.sentences.flatMap((s, i) => (s.slot === 'summary' ? [i] : []));
    expect(all.filter((i) => !seenSummary.has(i)).map((i) => spec.sentences[i]!.text)).toEqual([]);
  });

  it('compares two rounds of such pools row by row as their shown intervals read', () => {
    fc.assert(
      fc.property(fc.array(personArb, { minLength: 1, maxLength: 40 }), fc.array(personArb, { minLength: 1, maxLength: 40 }), (a: Person[], b: Person[]) => {
        const round = (people: Person[]) => summariseRound(poolOf(data, people.map((p) => ({ set: setOfPerson(p) }))), data, 5, '2026-01-01');
        for (const row of compareRounds(round(a), round(b))) checkChange(row);
      }),
      { numRuns: 100 },
    );
  });
});

// ---- Hand-written examples -------------------------------------------------------------------------------------

describe('hand-written team results', () => {
  const level = (l: number) => Object.fromEntries(faces.map((f) => [f.id, l]));
  const people = (count: number, levels: Record<string, number>, band = 'middle') => Array.from({ length: count }, () => ({ set: answersForLevels(data, levels, { age: [band] }) }));

  it('12 people, 7 with every face low and 5 with every face high: 不動層 is largest, its group is not named', () => {
    const pool = poolOf(data, [...people(7, level(1)), ...people(5, level(5))]);
    const b = breakdown(pool, data, { kind: 'band' }, 5);
    const round = summariseRound(pool, data, 5, '2026-01-01');
    const texts = summarySentences(spec, b, round.reach, reachLimit).map((s) => s.text);
    expect(texts).toEqual([
      'このサイト独自の目安で分けた区分では、「不動層」がいちばん多く、7人（58%）です。',
      `「届く」の点数がこのサイト独自の目安（${reachLimit}点）を下回り、会社の施策が届いていないとみられる人は7人（58%）です。`,
      '少人数の集まりを守るため「全体」の数字の一部を隠しており、この要約では隠した数字に触れていません。',
    ]);
    // All 7 of 不動層 are in one group: the groups are hidden, and no sentence names one.
    expect(totals(b, 'groups').every((g) => g.count === null)).toBe(true);
  });

  it('a gap of 75 points on every pair reads 組織のほうが高い with the words for that pair', () => {
    const pool = poolOf(data, people(6, level(2)));
    const r = gapSentences(spec, gapRows(mapping, orgAxesAt(100), pool, 5), true, 5);
    expect(r.notes).toEqual([]);
    expect(r.rows.mieru).toEqual({ direction: '組織のほうが高い', words: expect.stringMatching(/^社員の実感は、会社の見立てほど高くありません。/) });
    const few = gapSentences(spec, gapRows(mapping, orgAxesAt(100), poolOf(data, people(4, level(2))), 5), false, 5);
    expect(few.notes.map((s) => s.text)).toEqual(['社員の回答が5人未満のため、社員の平均点は表示しません。']);
    expect(few.rows.mieru).toEqual({ direction: '', words: '' });
  });

  it('α: 0.6951 is shown as 0.70 and is not called low; 0.695 is shown as 0.69 and is', () => {
    const alpha = (values: (number | null)[]) => faces.map((f, i) => ({ id: f.id, label: f.label, alpha: values[i]!, people: 40, items: 6 }));
    expect(alphaSentences(spec, alpha([0.6951, 0.695, 0.8, 0.9]), 40).map((s) => s.text)).toEqual([
      '「増やす」のαが0.7を下回っています。この軸の設問が、この組織では別々のことを測っているのかもしれません。設問ごとの回答の分かれ方を見直すか、軸の平均点より設問ごとの回答を手がかりにしてください。',
    ]);
    expect(alphaSentences(spec, alpha([0.6951, 0.75, 0.8, 0.9]), 40).map((s) => s.text)).toEqual(['どの軸もαが0.7以上です。軸ごとの平均点を、部署や年代を比べる手がかりにできます。']);
    expect(alphaSentences(spec, alpha([null, 0.75, 0.8, 0.9]), 40)).toEqual([]);
    expect(alphaSentences(spec, alpha([0.5, 0.5, 0.5, 0.5]), 29).map((s) => s.text)).toEqual(['30人以上の回答がそろうと表示します（いまは29人）。人数が少ないと、αは偶然で大きく動くためです。']);
  });

  it('a change whose interval is shown as +0.0〜+3.0 contains 0; one shown as +0.1〜+3.0 is above 0', () => {
    const row = (low: number, kind: KpiRow['kind'] = 'mean'): KpiRow => ({ id: 'r', section: 'faces', label: '見える', kind, before: 50, after: 51.5, change: 1.5, interval: { low, high: 3 } });
    expect(changeText(row(0.04))).toBe('+1.5（95%区間 0.0〜+3.0）');
    expect(changeSentences(spec, [row(0.04)]).r).toBe('95%区間が0を含むため、偶然の揺れと区別できません。');
    expect(changeSentences(spec, [row(0.06)]).r).toBe('前回より上がっています（95%区間が0より上）。');
    expect(changeSentences(spec, [{ ...row(0.01, 'share'), change: 0.02, interval: { low: 0.01, high: 0.03 } }]).r).toBe('前回より増えています（95%区間が0より上）。');
    expect(changeSentences(spec, [{ ...row(0), change: null, before: null, interval: null }]).r).toBe('どちらかの回に数字がないため、比べません。');
  });
});
