/**
 * A company-sized survey export through exactly what the survey worker does — decode, parse, propose the mapping,
 * read every row, score everyone, pool — for 10,000 and 100,000 respondents. Goal: under 2 s for 100,000.
 * Two shapes: a Forms-style export (scale labels, each person answering around their own level, as real people do)
 * and a worst case (digits drawn independently per item, so hardly two people share a diagnosis).
 */
import { expect, test } from 'vitest';
import { toCsv } from '@/lib/csv';
import { analyseSurvey } from '@/lib/team/survey-analysis';
import { openSurvey } from '@/lib/team/survey-file';
import { selfCheckData } from '../test/unit/support/data';
import { median } from './median';

const data = selfCheckData();
const { items, scale } = data.instrument;
const bands = data.ageBands.map((b) => `${b.label}（${b.ages}）`);
const depts = ['営業部', '開発部', '総務部', '人事部', '製造部', '経理部', '企画部', '物流部'];

function exportOf(rows: number, shape: 'forms' | 'random'): Uint8Array {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed);
  const header = ['ID', '開始時刻', '完了時刻', 'メール', '所属部署', 'あなたの年代を選んでください。', ...items.map((i) => i.text)];
  const body = Array.from({ length: rows }, (_, n) => {
    const level = (next() % 5) + 1;
    const answers = items.map((i) => {
      if (shape === 'random') return String((next() % 5) + 1);
      const v = Math.min(5, Math.max(1, level + (next() % 3) - 1));
      return scale.labels[(i.reverse ? 6 - v : v) - 1]!;
    });
    return [n + 1, '11/20/26 9:00:12', '11/20/26 9:04:40', 'anonymous', depts[next() % depts.length]!, bands[next() % bands.length]!, ...answers];
  });
  return new TextEncoder().encode(toCsv([header, ...body]));
}


test('survey import at company scale (figures printed, not asserted)', () => {
  for (const shape of ['forms', 'random'] as const) {
    for (const [rows, runs] of [
      [10_000, 5],
      [100_000, 3],
    ] as const) {
      const bytes = exportOf(rows, shape);
      let count = 0;
      const openOnly = median(() => void openSurvey(bytes, 'export.csv', data), runs);
      const total = median(() => {
        const o = openSurvey(bytes, 'export.csv', data);
        if (!o.ok) throw new Error(o.message);
        count = analyseSurvey(o.text, o.separator, o.mapping, data).pool.count;
      }, runs);
      expect(count).toBe(rows);
      const what = shape === 'forms' ? 'Forms-style, labels' : 'worst case, random digits';
      console.log(`survey import, ${rows.toLocaleString('en')} respondents (${what}, ${(bytes.length / 1024 / 1024).toFixed(1)} MB of CSV): ${total.toFixed(0)} ms in all, of which decode + open ${openOnly.toFixed(0)} ms (median of ${runs})`);
    }
  }
}, 600_000);
