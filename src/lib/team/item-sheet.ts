/**
 * The item sheet HR downloads to set the self-check up in its own survey tool: one row per question with its id,
 * its text and the choices to offer, all taken from the instrument data (so a new version gives a new sheet).
 * The ids let the import match columns even when the tool shortens the question text.
 */
import { toCsv } from '../csv';
import type { SelfCheckData } from '../self-check/engine';

export function itemSheetCsv(data: Pick<SelfCheckData, 'instrument' | 'ageBands'>): string {
  const { instrument } = data;
  const labels = instrument.scale.labels;
  const width = Math.max(labels.length, ...data.ageBands.map((b) => b.reasons.length), data.ageBands.length);
  const choiceHeaders = Array.from({ length: width }, (_, i) => `選択肢${i + 1}`);
  const rows: (string | number)[][] = [['ID', '種類', '設問', '必須', ...choiceHeaders]];
  for (const item of instrument.items) rows.push([item.id, '5段階（1つ選ぶ）', item.text, 'はい', ...labels]);
  for (const q of instrument.choices) {
    if (q.source === 'ageBands') rows.push([q.id, '1つ選ぶ', q.text, q.optional ? 'いいえ' : 'はい', ...data.ageBands.map((b) => `${b.label}（${b.ages}）`)]);
    else if (q.source === 'reasons') {
      // A dependent question: one row per age band, so a tool with branching can show only that band's choices.
      for (const b of data.ageBands) rows.push([q.id, `1つ選ぶ（年代が「${b.label}」のとき）`, q.text, q.optional ? 'いいえ' : 'はい', ...b.reasons.map((r) => r.label)]);
    } else rows.push([q.id, q.multiple ? '複数選ぶ' : '1つ選ぶ', q.text, q.optional ? 'いいえ' : 'はい', ...(q.options ?? []).map((o) => o.label)]);
  }
  rows.push([]);
  rows.push(['', '版', `${instrument.title} 第${instrument.version}版`]);
  return toCsv(rows);
}
