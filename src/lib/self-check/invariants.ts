/**
 * What a self-check result must never do, checked against the scores it shows: every sentence it states, every
 * label and every measure must agree with the written rules read on those same whole numbers. Returns the
 * contradictions found (empty when the result is consistent). Pure; used by the exhaustive test sweep, and usable
 * by anyone who replaces the rules to check their own data.
 */
import type { Measure } from '../../schemas/measure';
import { CYCLE_STEPS } from '../vocabulary';
import { firstGroupRule, segmentOf, segmentUpper, taigenDoOf } from './classify';
import type { Diagnosis, SelfCheckData } from './engine';
import { bandOf } from './faces';
import { answersAllow, cycleFrom, facesOfMeasure, forEmployee } from './measures';
import type { AnswerSet } from '../answers';
import { holds, type SentenceFacts } from './sentence-condition';
import { factsOf, resultSentences } from './sentences';

/**
 * The facts a sentence condition reads, recomputed from the shown whole numbers and the written rules alone (not
 * taken from the result's own bands or segment), so that a wrong band or segment cannot vouch for its own sentences.
 */
export function shownFacts(data: SelfCheckData, d: Diagnosis, set: AnswerSet): SentenceFacts {
  const bands = Object.fromEntries(
    d.dimensions.map((f) => {
      const rule = data.rules.faces.find((r) => r.id === f.id);
      return [f.id, rule ? bandOf(f.score, rule) : null];
    }),
  );
  return { ...factsOf(d, set), bands, segment: segmentOf(data.rules, taigenDoOf(data.rules, d.dimensions) ?? 0).id };
}

export function findContradictions(data: SelfCheckData, d: Diagnosis, set: AnswerSet): string[] {
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
  // …and every sentence shown is true of the shown numbers: its written condition holds on facts recomputed from them.
  const facts = shownFacts(data, d, set);
  const shown = resultSentences(data, d, set);
  for (const sentence of shown) {
    if (!holds(sentence.when, facts, sentence.named)) out.push(`「${sentence.text}」の条件 ${JSON.stringify(sentence.when)} が表示の数と合わない`);
    if (/\{[a-zA-Z]+\}/.test(sentence.text)) out.push(`「${sentence.text}」に埋まっていない置き場所がある`);
  }
  if (d.group && d.labelShown && !shown.some((s) => s.slot === 'group-why')) out.push(`群 ${d.group.id} の理由の文が、条件が合わず出せない`);

  // Point 5: an unreliable way of answering withholds the label.
  if (d.style.flagged === d.labelShown) out.push('回答のしかたの注意と区分の表示が合わない');

  // Point 2: a reason is inferred only from a low face; none is claimed when no face is low.
  if (d.reason && !d.reason.chosen) {
    const s = d.reason.face ? score(d.reason.face) : null;
    if (s === null || s >= limit(d.reason.face!)) out.push(`推測した停滞理由 ${d.reason.id} の面が目安未満ではない`);
  }
  if (d.ageBand && !d.reason && d.labelShown) {
    const low = d.ageBand.reasons.filter((r) => {
      const f = data.rules.reasonDimensions[r.id];
      const s = f ? score(f) : null;
      return s !== null && s < limit(f!);
    });
    if (low.length) out.push(`停滞理由なしとしたが ${low.map((r) => r.id).join(', ')} の面が目安未満`);
  }

  // Point 3: a flagged way of answering shows nothing inferred from the scores.
  if (!d.labelShown && (d.measures.length || d.drivers.length || (d.reason && !d.reason.chosen))) out.push('回答のしかたに注意があるのに、点数から推しはかったものを示している');

  // Point 6: no measure for a face already high (but those of a chosen reason); a chosen reason always gets one;
  // measures follow the answers; an employee's list holds only what they can do or ask for; the cycle goes on.
  const high = (id: string) => faces.find((f) => f.id === id)?.band === 'high';
  const ofChosen = (m: Measure) => !!d.reason?.chosen && !!d.ageBand && m.reasons.includes(d.reason.id) && m.ageBands.includes(d.ageBand.id);
  for (const m of d.measures) {
    if (!ofChosen(m) && facesOfMeasure(data.rules, m).every(high)) out.push(`高い面だけに向けた施策 ${m.id}`);
    if (!answersAllow(m, set.answers)) out.push(`回答が除いている施策 ${m.id}`);
    if (!forEmployee(m)) out.push(`本人が頼める形に書かれていない施策 ${m.id}`);
  }
  if (d.selfMeasures.some((m) => m.action !== 'self') || d.consultMeasures.some((m) => m.action !== 'consult')) out.push('施策の振り分けが action と違う');
  if (d.reason?.chosen && d.ageBand && d.labelShown && !d.measures.some(ofChosen)) out.push(`選んだ停滞理由 ${d.reason.id} の施策が1つも出ていない`);
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
