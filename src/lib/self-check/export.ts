/**
 * Exporting a self-check result. The JSON carries the instrument id, version and the raw answers, so
 * whoever imports it (the team view) can recompute the result and trust nothing else in the file:
 *
 *   { "format": "co-guide/self-check-result", "instrument": "self-check", "version": 1,
 *     "exportedAt": "2026-11-25T…Z", "answers": { "m1": 4, … }, "choices": { "age": ["middle"] },
 *     "result": { "taigenDo": 62.5, "segment": "shinchou", "group": "apply", "reason": "middle-plateau",
 *                 "dimensions": { "mieru": 66.7, … }, "measures": ["…"] } }
 */
import type { AnswerSet } from '../answers';
import { toCsv } from '../csv';
import type { Diagnosis, SelfCheckData } from './engine';

export const RESULT_FORMAT = 'co-guide/self-check-result';

export function resultToJson(set: AnswerSet, d: Diagnosis, exportedAt: Date): string {
  return JSON.stringify(
    {
      format: RESULT_FORMAT,
      instrument: set.instrument,
      version: set.version,
      exportedAt: exportedAt.toISOString(),
      answers: set.answers,
      choices: set.choices,
      result: {
        taigenDo: d.taigenDo,
        segment: d.segment.id,
        group: d.group?.id ?? null,
        reason: d.reason?.id ?? null,
        dimensions: Object.fromEntries(d.dimensions.map((s) => [s.id, s.score])),
        measures: d.measures.map((m) => m.id),
      },
    },
    null,
    2,
  );
}

export function resultToCsv(data: SelfCheckData, set: AnswerSet, d: Diagnosis): string {
  const labels = data.instrument.scale.labels;
  return toCsv([
    ['区分', '項目', '値'],
    ['結果', 'C/O体現度', d.taigenDo],
    ['結果', '区分', d.segment.label],
    ['結果', '不動層の群（傾向）', d.group?.label ?? ''],
    ['結果', '年代', d.ageBand ? `${d.ageBand.label}（${d.ageBand.ages}）` : ''],
    ['結果', '停滞理由', d.reason?.label ?? ''],
    ...d.dimensions.map((s) => ['点数', s.label, s.score ?? ''] as const),
    ...d.measures.map((m) => ['おすすめの施策', m.title, m.id] as const),
    ...data.instrument.items.map((i) => ['回答', i.text, set.answers[i.id] ? `${set.answers[i.id]}（${labels[set.answers[i.id]! - 1]}）` : '未回答'] as const),
  ]);
}
