/** Exporting an organisation self-check result as JSON (answers included, so it can be recomputed) or CSV. */
import type { AnswerSet } from '../answers';
import { toCsv } from '../csv';
import type { OrgCheckData, OrgDiagnosis } from './engine';

export const ORG_RESULT_FORMAT = 'co-guide/org-check-result';

export function orgResultToJson(set: AnswerSet, d: OrgDiagnosis, exportedAt: Date): string {
  return JSON.stringify(
    {
      format: ORG_RESULT_FORMAT,
      instrument: set.instrument,
      version: set.version,
      exportedAt: exportedAt.toISOString(),
      answers: set.answers,
      choices: set.choices,
      result: { stage: d.labelShown ? d.stage.id : null, labelShown: d.labelShown, mean: d.mean, axes: Object.fromEntries(d.axes.map((a) => [a.id, a.score])), measures: d.measures.map((m) => m.id) },
    },
    null,
    2,
  );
}

export function orgResultToCsv(data: OrgCheckData, set: AnswerSet, d: OrgDiagnosis): string {
  const labels = data.instrument.scale.labels;
  const role = data.instrument.choices.find((c) => c.id === 'role')?.options?.find((o) => o.id === d.role)?.label ?? '';
  return toCsv([
    ['区分', '項目', '値'],
    ['結果', '回答者の立場', role],
    ['結果', '浸透ステップ', d.labelShown ? `${d.stage.order}. ${d.stage.label}` : '（回答のしかたのため表示を控えました）'],
    ['結果', '3つの軸の平均', d.mean],
    ...d.axes.map((a) => ['点数', a.label, a.score ?? ''] as const),
    ...d.measures.map((m) => ['優先する施策', m.title, m.id] as const),
    ...data.instrument.items.map((i) => ['回答', i.text, set.answers[i.id] ? `${set.answers[i.id]}（${labels[set.answers[i.id]! - 1]}）` : '未回答'] as const),
  ]);
}
