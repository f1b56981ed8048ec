/**
 * The sentences a self-check result shows: those of content/data/self-check-rules.yaml (and each group's `why`) whose
 * written condition holds on this result, with their {placeholders} filled. The result view renders these and nothing
 * else in their slots, so a sentence is never shown beside numbers that make it false. Pure.
 */
import type { AnswerSet } from '../answers';
import type { SentenceCondition } from '../../schemas/result-sentence';
import type { Diagnosis, SelfCheckData } from './engine';
import { fill, holds, type SentenceFacts } from './sentence-condition';

export interface ShownSentence {
  slot: string;
  text: string;
  when: SentenceCondition;
  /** The faces the sentence names through {face} or {faces}. */
  named: string[];
}

/** The facts sentence conditions read, taken from a result. */
export function factsOf(d: Diagnosis, set: AnswerSet): SentenceFacts {
  return {
    segment: d.segment.id,
    label: d.labelShown ? 'shown' : 'withheld',
    bands: Object.fromEntries(d.dimensions.map((f) => [f.id, f.band])),
    ageBand: d.ageBand !== null,
    reason: d.reason ? (d.reason.chosen ? 'chosen' : 'inferred') : 'none',
    style: d.style.findings,
    lists: { self: d.selfMeasures.length, consult: d.consultMeasures.length },
    answers: set.answers,
  };
}

/** Low faces that no reason of the person's age band stands for (so no reason can be inferred from them). */
export function uncoveredLowFaces(data: Pick<SelfCheckData, 'rules'>, d: Diagnosis): string[] {
  if (!d.ageBand) return [];
  const covered = new Set(d.ageBand.reasons.map((r) => data.rules.reasonDimensions[r.id]));
  return d.dimensions.filter((f) => f.band === 'low' && !covered.has(f.id)).map((f) => f.id);
}

export function resultSentences(data: Pick<SelfCheckData, 'rules'>, d: Diagnosis, set: AnswerSet): ShownSentence[] {
  const facts = factsOf(d, set);
  const label = (id: string) => d.dimensions.find((f) => f.id === id)?.label ?? id;
  const mins = data.rules.segments.filter((s) => s.min > 0).map((s) => s.min);
  const fudoAt = data.rules.segments.findIndex((s) => s.id === data.rules.fudoSegment);
  const vars: Record<string, string | number> = {
    person: d.segment.person,
    label: d.segment.label,
    segmentMins: mins.join('と'),
    fudoUpper: fudoAt > 0 ? data.rules.segments[fudoAt - 1]!.min : '',
  };
  if (d.group) vars.group = d.group.label;
  if (d.ageBand) Object.assign(vars, { band: d.ageBand.label, ages: d.ageBand.ages });
  if (d.reason) vars.reason = d.reason.label;
  if (d.style.sameAnswer) Object.assign(vars, { count: d.style.sameAnswer.count, of: d.style.sameAnswer.of, answer: d.style.sameAnswer.label });
  // Which faces a slot's sentences may name: the face a reason was inferred from; the low faces no reason covers.
  const named: Record<string, string[]> = {};
  if (d.reason && !d.reason.chosen && d.reason.face) {
    named.reason = [d.reason.face];
    vars.face = label(d.reason.face);
  } else if (!d.reason) {
    named.reason = uncoveredLowFaces(data, d);
    if (named.reason.length) vars.faces = named.reason.map((id) => `「${label(id)}」`).join('と');
  }
  const shown: ShownSentence[] = [];
  const consider = (slot: string, text: string, when: SentenceCondition) => {
    const faces = when.named ? (named[slot] ?? []) : [];
    if (holds(when, facts, faces)) shown.push({ slot, text: fill(text, vars), when, named: faces });
  };
  for (const s of data.rules.sentences) consider(s.slot, s.text, s.when);
  // The group's reason sentence, shown only with a group, and only when its own condition holds.
  if (d.group && d.labelShown) consider('group-why', d.group.why.text, { ...d.group.why.when, label: 'shown' });
  return shown;
}

/** The texts of one slot, in written order. */
export const inSlot = (sentences: readonly ShownSentence[], slot: string) => sentences.filter((s) => s.slot === slot).map((s) => s.text);
