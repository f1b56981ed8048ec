/**
 * Options of a choice question. Written in the instrument, or taken from the age-band data
 * (`source: ageBands` / `source: reasons`), so reasons and bands are never copied into a questionnaire.
 */
import type { ChoiceQuestion } from '../schemas/instrument';

export interface Option {
  id: string;
  label: string;
}

export interface AgeBandOptions {
  id: string;
  label: string;
  ages: string;
  reasons: readonly { id: string; label: string }[];
}

export function choiceOptions(q: Pick<ChoiceQuestion, 'options' | 'source' | 'dependsOn'>, choices: Readonly<Record<string, readonly string[]>>, ageBands: readonly AgeBandOptions[]): Option[] {
  if (q.options) return q.options;
  if (q.source === 'ageBands') return ageBands.map((b) => ({ id: b.id, label: `${b.label}（${b.ages}）` }));
  if (q.source === 'reasons') {
    const band = ageBands.find((b) => b.id === choices[q.dependsOn ?? '']?.[0]);
    return band ? band.reasons.map((r) => ({ id: r.id, label: r.label })) : [];
  }
  return [];
}
