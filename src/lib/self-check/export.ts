/**
 * Exporting a self-check result. The JSON carries the instrument id, version and the raw answers, so
 * whoever imports it (the team view) can recompute the result and trust nothing else in the file:
 *
 *   { "format": "co-guide/self-check-result", "instrument": "self-check", "version": 2,
 *     "exportedAt": "2026-11-25T…Z", "answers": { "m1": 4, … }, "choices": { "age": ["middle"] },
 *     "result": { "taigenDo": 63, "segment": "shinchou", "group": "apply", "reason": "middle-plateau",
 *                 "reasonChosen": false, "labelShown": true, "sameAnswer": null, "contradictions": 0,
 *                 "dimensions": { "mieru": 67, … }, "measures": ["…"] } }
 * When the way of answering withholds the label on the page, segment and group are null here too.
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
        segment: d.labelShown ? d.segment.id : null,
        group: d.labelShown ? (d.group?.id ?? null) : null,
        reason: d.reason?.id ?? null,
        reasonChosen: d.reason?.chosen ?? null,
        labelShown: d.labelShown,
        sameAnswer: d.style.sameAnswer?.label ?? null,
        contradictions: d.style.contradictions.length,
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
    ['結果', '区分', d.labelShown ? d.segment.label : '（回答のしかたのため表示を控えました）'],
    ['結果', '不動層の群（傾向）', d.labelShown ? (d.group?.label ?? '') : ''],
    ['結果', '年代', d.ageBand ? `${d.ageBand.label}（${d.ageBand.ages}）` : ''],
    ['結果', '停滞理由', d.reason ? `${d.reason.label}${d.reason.chosen ? '' : '（推測）'}` : ''],
    ...d.dimensions.map((s) => ['点数', s.label, s.score ?? ''] as const),
    ...d.selfMeasures.map((m) => ['自分でできること', m.title, m.id] as const),
    ...d.consultMeasures.map((m) => ['会社や上司に相談できること', m.title, m.id] as const),
    ...data.instrument.items.map((i) => ['回答', i.text, set.answers[i.id] ? `${set.answers[i.id]}（${labels[set.answers[i.id]! - 1]}）` : '未回答'] as const),
  ]);
}
