/**
 * The sentences an organisation check result shows: those of content/data/org-check-rules.yaml whose written
 * condition holds on this result, with their {placeholders} filled. The result view renders these and nothing else in
 * their slots. Pure.
 */
import type { SentenceCondition } from '../../schemas/result-sentence';
import { fill, holds, type SentenceFacts } from '../self-check/sentence-condition';
import { conditionText } from './conditions';
import type { OrgCheckData, OrgDiagnosis } from './engine';

export interface OrgSentence {
  slot: string;
  text: string;
  when: SentenceCondition;
}

/** The facts the conditions read, from the shown axis scores (high: at or above the rules' strong mark). */
export function orgFacts(data: Pick<OrgCheckData, 'rules'>, d: OrgDiagnosis): SentenceFacts {
  return {
    stage: d.stage.id,
    allMet: d.allMet,
    label: d.labelShown ? 'shown' : 'withheld',
    axisHigh: Object.fromEntries(d.axes.map((a) => [a.id, (a.score ?? 0) >= data.rules.strong])),
    lists: { org: d.measures.length },
    style: d.sameAnswer ? ['sameAnswer'] : [],
  };
}

export function orgResultSentences(data: Pick<OrgCheckData, 'rules'>, d: OrgDiagnosis): OrgSentence[] {
  const facts = orgFacts(data, d);
  const vars: Record<string, string | number> = {
    conditions: d.conditions.map((c) => `${conditionText(c, d.axes)}：${c.value}`).join('、'),
    unmet: d.conditions
      .filter((c) => !c.met)
      .map((c) => `${conditionText(c, d.axes)}（いまは${c.value}）`)
      .join('、'),
    strong: data.rules.strong,
  };
  if (d.weakestAxis) vars.axis = d.weakestAxis.label;
  if (d.tiedLowest.length) Object.assign(vars, { axes: d.tiedLowest.map((a) => `「${a.label}」`).join('と'), score: d.tiedLowest[0]!.score ?? '' });
  if (d.sameAnswer) Object.assign(vars, { count: d.sameAnswer.count, of: d.sameAnswer.of, answer: d.sameAnswer.label });
  // Slots whose sentence names an axis or a tie are offered only when there is one.
  const offered = (slot: string) => (slot === 'weakness' ? !!d.weakestAxis : slot === 'tied' ? d.tiedLowest.length > 0 : slot === 'no-weakness' ? !d.weakestAxis && !d.tiedLowest.length : true);
  return data.rules.sentences.filter((s) => offered(s.slot) && holds(s.when, facts)).map((s) => ({ slot: s.slot, text: fill(s.text, vars), when: s.when }));
}

export const inOrgSlot = (sentences: readonly OrgSentence[], slot: string) => sentences.filter((s) => s.slot === slot).map((s) => s.text);
