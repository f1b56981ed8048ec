/**
 * What a self-check result must never do, checked against the scores it shows: every sentence it states, every
 * label and every measure must agree with the written rules read on those same whole numbers. Returns the
 * contradictions found (empty when the result is consistent). Pure; used by the exhaustive test sweep, and usable
 * by anyone who replaces the rules to check their own data.
 */
import type { Measure } from '../../schemas/measure';
import { CYCLE_STEPS } from '../../schemas/vocabulary';
import { firstGroupRule, segmentOf, segmentUpper, taigenDoOf } from './classify';
import type { Diagnosis, SelfCheckData } from './engine';
import { bandOf } from './faces';
import { cycleFrom, facesOfMeasure } from './measures';

/**
 * Phrases whose truth depends on a face. A sentence containing one asserts that the named faces are at or above
 * their limits ('atLeast') or below them ('below'). Kept next to the checker because they describe the wording
 * of the rules file; a new claim in the wording needs a line here.
 */
const CLAIMS: { pattern: RegExp; faces: string[]; holds: 'atLeast' | 'below'; any?: boolean }[] = [
  { pattern: /届いていますが|届いています|届き、/, faces: ['reach'], holds: 'atLeast' },
  { pattern: /届いていない/, faces: ['reach'], holds: 'below' },
  { pattern: /強みも学びもあります|力はある/, faces: ['mieru', 'fuyasu'], holds: 'atLeast' },
  { pattern: /「見える」か「増やす」が目安未満/, faces: ['mieru', 'fuyasu'], holds: 'below', any: true },
  { pattern: /「つなぐ」が目安未満|描けていない/, faces: ['tsunagu'], holds: 'below' },
  { pattern: /「届く」が目安未満/, faces: ['reach'], holds: 'below' },
];

export function sentencesOf(d: Diagnosis): string[] {
  return [...d.dimensions.map((f) => f.reading ?? ''), d.labelShown && d.group ? d.group.why : ''].filter(Boolean);
}

export function findContradictions(data: SelfCheckData, d: Diagnosis): string[] {
  const out: string[] = [];
  const faces = d.dimensions;
  const score = (id: string) => faces.find((f) => f.id === id)?.score ?? null;
  const limit = (id: string) => data.rules.faces.find((f) => f.id === id)?.limit ?? 0;

  // Point 4: one number, one rule — bands, 体現度 and segment read the shown whole numbers.
  for (const f of faces) {
    if (f.score !== null && !Number.isInteger(f.score)) out.push(`${f.label}の点数 ${f.score} が整数ではない`);
    const rule = data.rules.faces.find((r) => r.id === f.id);
    if (rule && f.band !== bandOf(f.score, rule)) out.push(`${f.label}（${f.score}）の区分が ${f.band}`);
    if (rule && f.band && f.reading !== rule.reading[f.band]) out.push(`${f.label}の読み方が区分と合わない`);
  }
  const taigen = taigenDoOf(data.rules, faces) ?? 0;
  if (d.taigenDo !== taigen) out.push(`体現度 ${d.taigenDo} が面の点数から出る ${taigen} と違う`);
  if (!Number.isInteger(d.taigenDo)) out.push(`体現度 ${d.taigenDo} が整数ではない`);
  const upper = segmentUpper(data.rules, d.segment);
  if (d.taigenDo < d.segment.min || (upper !== null && d.taigenDo >= upper)) out.push(`体現度 ${d.taigenDo} の横に ${d.segment.label}`);
  if (segmentOf(data.rules, d.taigenDo).id !== d.segment.id) out.push('区分が体現度の規則と違う');

  // Point 1: the group follows the ordered rules; the 不動層 always gets one.
  const rule = firstGroupRule(data.rules, faces);
  if ((d.group?.id ?? null) !== (rule?.id ?? null)) out.push(`群 ${d.group?.id ?? 'なし'} が規則の ${rule?.id ?? 'なし'} と違う`);
  if (d.isFudo && !d.group) out.push('不動層なのに群がない');
  if (d.group && d.group.tendency === d.isFudo) out.push('群と傾向の扱いが区分と合わない');
  // …and no sentence asserts what the shown scores contradict.
  for (const sentence of sentencesOf(d)) {
    for (const c of CLAIMS) {
      if (!c.pattern.test(sentence)) continue;
      const results = c.faces.map((id) => {
        const s = score(id);
        return s === null ? null : c.holds === 'atLeast' ? s >= limit(id) : s < limit(id);
      });
      const holds = c.any ? results.some((r) => r !== false) : results.every((r) => r !== false);
      if (!holds) out.push(`「${sentence}」が点数（${c.faces.map((id) => `${id}=${score(id)}`).join(', ')}）と矛盾する`);
    }
  }

  // Point 5: an unreliable way of answering withholds the label.
  if (d.style.flagged === d.labelShown) out.push('回答のしかたの注意と区分の表示が合わない');

  // Point 2: a reason is inferred only from a low face; none is claimed when no face is low.
  if (d.reason && !d.reason.chosen) {
    const s = d.reason.face ? score(d.reason.face) : null;
    if (s === null || s >= limit(d.reason.face!)) out.push(`推測した停滞理由 ${d.reason.id} の面が目安未満ではない`);
  }
  if (d.ageBand && !d.reason) {
    const low = d.ageBand.reasons.filter((r) => {
      const f = data.rules.reasonDimensions[r.id];
      const s = f ? score(f) : null;
      return s !== null && s < limit(f!);
    });
    if (low.length) out.push(`停滞理由なしとしたが ${low.map((r) => r.id).join(', ')} の面が目安未満`);
  }

  // Point 6: no measure for a face already high; a chosen reason changes the measures; the cycle goes on.
  const high = (id: string) => faces.find((f) => f.id === id)?.band === 'high';
  for (const m of d.measures) if (facesOfMeasure(data.rules, m).every(high)) out.push(`高い面だけに向けた施策 ${m.id}`);
  if (d.selfMeasures.some((m) => m.action !== 'self') || d.consultMeasures.some((m) => m.action !== 'consult')) out.push('施策の振り分けが action と違う');
  if (d.reason?.chosen && d.ageBand) {
    const fits = (m: Measure) => m.reasons.includes(d.reason!.id) && m.ageBands.includes(d.ageBand!.id) && !facesOfMeasure(data.rules, m).every(high);
    if (data.measures.some(fits) && !d.measures.some(fits)) out.push(`選んだ停滞理由 ${d.reason.id} の施策が一つも出ていない`);
  }
  if (d.group) {
    const order = cycleFrom(d.group.startWith);
    for (const list of [d.selfMeasures, d.consultMeasures]) {
      const steps = list.filter((m) => m.groups.includes(d.group!.id) && m.cycle).map((m) => order.indexOf(m.cycle!));
      if (steps.some((s, i) => i > 0 && s < steps[i - 1]!)) out.push('群の施策が成長サイクルの順に並んでいない');
    }
    if (!CYCLE_STEPS.includes(d.group.startWith)) out.push('群の始めのステップが不明');
  }
  return out;
}
