/**
 * Reading the export of a survey HR ran in its own tool (Microsoft Forms, Google Forms, an HR suite) with the
 * self-check's items. Columns are matched to items by item text or id; HR sees the proposed mapping and can
 * correct it. Answers may be the scale labels or 1–5; age band and reason are their labels. Columns that are
 * neither (department, office…) are kept for breakdowns; timestamps, names and e-mail addresses are ignored.
 * Every row that cannot be used is reported with its row number (as a spreadsheet shows it) and the reason.
 * Items, labels and choices all come from the instrument data, so a new version of the questionnaire is followed.
 */
import type { AnswerSet } from '../answers';
import type { SelfCheckData } from '../self-check/engine';
import type { AgeValueChoices } from './age-values';
import { duplicateFinder } from './duplicates';

export type ColumnRole = { kind: 'item'; id: string } | { kind: 'choice'; id: string } | { kind: 'extra' } | { kind: 'ignore' };

export interface Respondent {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  set: AnswerSet;
  /** Values of the extra columns, in the order of `extraColumns`. */
  extras: string[];
}

export interface RowProblem {
  row: number;
  message: string;
}

export interface SurveyRead {
  respondents: Respondent[];
  problems: RowProblem[];
  extraColumns: string[];
}

/** Folds width, case, spaces and punctuation, so 「自分の強みを、…」 matches ＂自分の強みを …＂. */
export const normalise = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s"'`.,、。・:;：；!?！？()（）[\]【】「」『』〈〉<>{}\-－ー_/\\|~〜～]/g, '');

/** Columns that identify a person or a moment rather than an answer: never kept. Compared folded, like headers. */
const IGNORED = ['ID', 'No', '番号', '回答者', 'タイムスタンプ', 'Timestamp', '開始時刻', '完了時刻', 'Start time', 'Completion time', '最終変更時刻', 'Last modified time', 'メール', 'Email', '名前', '氏名', 'Name', 'ポイント', 'Points', '合計点', 'Total score', 'クイズのフィードバック', 'Quiz feedback'].map((w) => normalise(w));
// 「ID」「No」must be the whole header (「IDカード所持」is not an id); the rest may be followed by more words.
const isIgnored = (h: string) => IGNORED.some((w) => (/^[a-z]{1,2}$/.test(w) ? h === w : h.startsWith(w)));

const escape = (id: string) => id.replace(/-/g, '\\-');
/** The header is the id alone, or starts with it (「m1. 自分が…」「[m1] 自分が…」), as the item sheet suggests. */
const hasIdPrefix = (header: string, id: string) => new RegExp(`^[\\[(【]?${escape(id)}($|[^a-z0-9-])`).test(header.normalize('NFKC').trim().toLowerCase());

/** The mapping the site proposes for a header row: longest item text contained in the header wins. */
export function proposeMapping(header: readonly string[], data: Pick<SelfCheckData, 'instrument'>): ColumnRole[] {
  const { items, choices } = data.instrument;
  const targets: { role: ColumnRole; text: string; id: string }[] = [
    ...items.map((i) => ({ role: { kind: 'item', id: i.id } as ColumnRole, text: normalise(i.text), id: i.id })),
    ...choices.map((c) => ({ role: { kind: 'choice', id: c.id } as ColumnRole, text: normalise(c.text), id: c.id })),
  ];
  const taken = new Set<string>();
  return header.map((raw) => {
    const h = normalise(raw);
    if (!h) return { kind: 'ignore' };
    let best: { role: ColumnRole; id: string; score: number; length: number } | null = null;
    for (const t of targets) {
      if (taken.has(t.id)) continue;
      const score = h === t.text ? 3 : hasIdPrefix(raw, t.id) ? 2.5 : h.includes(t.text) ? 2 : 0;
      if (score && (!best || score > best.score || (score === best.score && t.text.length > best.length))) best = { role: t.role, id: t.id, score, length: t.text.length };
    }
    // Forms often shorten the age question to 「年代」.
    if (!best && h.includes('年代') && choices.some((c) => c.id === 'age') && !taken.has('age')) best = { role: { kind: 'choice', id: 'age' }, id: 'age', score: 1, length: 0 };
    if (best) {
      taken.add(best.id);
      return best.role;
    }
    return isIgnored(h) ? { kind: 'ignore' } : { kind: 'extra' };
  });
}

export interface MappingChecks {
  /** Per column: more distinct values than a breakdown can have (MAX_GROUPS). */
  tooVaried?: readonly boolean[];
  /** Values of the age column that HR has not yet given a band or 「使わない」. */
  unchosenAges?: readonly string[];
  /** The most groups a breakdown column may have, for the message. */
  maxGroups?: number;
}

/**
 * What blocks reading with this mapping: an item or a required choice without a column, two columns for one
 * question, a breakdown column with too many values, an age value not yet placed. Empty when fine.
 */
export function mappingIssues(mapping: readonly ColumnRole[], header: readonly string[], data: Pick<SelfCheckData, 'instrument'>, checks: MappingChecks = {}): string[] {
  const issues: string[] = [];
  const columnsOf = (kind: 'item' | 'choice', id: string) => mapping.flatMap((m, i) => (m.kind === kind && m.id === id ? [i] : []));
  const missing = data.instrument.items.filter((i) => columnsOf('item', i.id).length === 0);
  if (missing.length) issues.push(`対応する列のない設問があります：${missing.map((i) => `${i.id}「${short(i.text)}」`).join('、')}。列の割り当てを直してください。`);
  for (const c of data.instrument.choices) {
    if (!c.optional && columnsOf('choice', c.id).length === 0) issues.push(`必ず答える設問「${short(c.text)}」（${c.id}）の列がありません。その列を割り当ててください。この設問の答えがない行は集計できません。`);
  }
  mapping.forEach((m, i) => {
    if (m.kind === 'extra' && checks.tooVaried?.[i]) issues.push(`${i + 1}列目「${short(header[i] ?? '')}」は値が${(checks.maxGroups ?? 0).toLocaleString('ja-JP')}種類を超えるため、分類には使えません。「使わない」にしてください。`);
  });
  if (checks.unchosenAges?.length) issues.push(`年代の値${checks.unchosenAges.map((v) => `「${short(v)}」`).join('、')}を、どの層として数えるか（または使わないか）選んでください。`);
  for (const [kind, list] of [
    ['item', data.instrument.items],
    ['choice', data.instrument.choices],
  ] as const) {
    for (const q of list) {
      const cols = columnsOf(kind, q.id);
      if (cols.length > 1) issues.push(`「${short(q.text)}」に${cols.length}つの列（${cols.map((c) => `「${short(header[c] ?? '')}」`).join('、')}）が割り当てられています。1つにしてください。`);
    }
  }
  return issues;
}

const short = (s: string) => (s.length > 24 ? `${s.slice(0, 24)}…` : s);

/** Reads an answer given as 1–5, as a scale label, or as 「5（そう思う）」. */
export function likertValue(cell: string, labels: readonly string[]): number | null {
  const v = cell.normalize('NFKC').trim();
  const points = labels.length;
  const digit = /^([0-9])(?:$|[\s.:(（、,-])/.exec(v);
  if (digit) {
    const n = Number(digit[1]);
    return n >= 1 && n <= points ? n : null;
  }
  const n = normalise(v);
  const i = labels.findIndex((l) => normalise(l) === n);
  return i >= 0 ? i + 1 : null;
}

export type RowResult = { ok: true; set: AnswerSet; extras: string[] } | { ok: false; message: string };

/**
 * Reads one data row at a time with a fixed mapping: labels and choices are folded once, and each distinct cell
 * text is interpreted once (a survey has a handful of distinct answers), so 100,000 rows read quickly.
 */
/** Finds the band a text names (its id, label, ages, or label with ages, in any width), or undefined. */
export function bandLookup(data: Pick<SelfCheckData, 'ageBands'>): (text: string) => string | undefined {
  const bandByText = new Map<string, string>();
  for (const b of data.ageBands) for (const t of [b.id, b.label, b.ages, `${b.label}（${b.ages}）`, `${b.label}${b.ages}`]) bandByText.set(normalise(t), b.id);
  return (text) => bandByText.get(normalise(text));
}

export function rowReader(header: readonly string[], mapping: readonly ColumnRole[], data: SelfCheckData, ageValues: AgeValueChoices = {}) {
  const { items, scale } = data.instrument;
  const labels = scale.labels;
  const itemColumns = items.map((item) => mapping.findIndex((m) => m.kind === 'item' && m.id === item.id));
  const choiceColumn = (id: string) => mapping.findIndex((m) => m.kind === 'choice' && m.id === id);
  const ageCol = choiceColumn('age');
  const reasonCol = choiceColumn('reason');
  const extraIdx = mapping.flatMap((m, i) => (m.kind === 'extra' ? [i] : []));
  const extraColumns = extraIdx.map((i) => header[i]?.trim() || `${i + 1}列目`);

  const bandOf = bandLookup(data);
  const bandCache = new Map<string, string | undefined>();
  const ageRequired = data.instrument.choices.some((c) => c.id === 'age' && !c.optional);
  const reasonByText = new Map<string, { id: string; band: string }>();
  for (const b of data.ageBands) for (const r of b.reasons) for (const t of [r.id, r.label, `${b.label}${r.label}`]) reasonByText.set(normalise(t), { id: r.id, band: b.id });
  /** 0 for an empty cell, null for an answer off the scale. */
  const answerCache = new Map<string, number | null>();
  const answerOf = (cell: string) => {
    // Most cells are a digit or a label as written: known without hashing the cell (2.4 million cells per 100,000 rows).
    if (cell.length === 1) {
      const d = cell.charCodeAt(0) - 48;
      if (d >= 1 && d <= labels.length) return d;
    }
    for (let i = 0; i < labels.length; i++) if (cell === labels[i]) return i + 1;
    let v = answerCache.get(cell);
    if (v === undefined) answerCache.set(cell, (v = cell.trim() === '' ? 0 : likertValue(cell, labels)));
    return v;
  };
  const fold = new Map<string, string>();
  const folded = (t: string) => {
    let f = fold.get(t);
    if (f === undefined) fold.set(t, (f = normalise(t)));
    return f;
  };

  const read = (cells: readonly string[]): RowResult => {
    const issues: string[] = [];
    const answers: Record<string, number> = {};
    const empty: string[] = [];
    for (let n = 0; n < items.length; n++) {
      const id = items[n]!.id;
      const cell = cells[itemColumns[n]!] ?? '';
      const v = answerOf(cell);
      if (v === 0) empty.push(id);
      else if (v === null) issues.push(`設問 ${id} の回答「${short(cell.trim())}」は選択肢と1〜${labels.length}のどちらにも当たりません`);
      else answers[id] = v;
    }
    if (empty.length === items.length && cells.every((c) => c.trim() === '')) return { ok: false, message: '空の行です。' };
    if (empty.length) issues.unshift(`未回答の設問があります（${empty.length === items.length ? 'すべて' : empty.join('、')}）`);
    const choices: Record<string, string[]> = {};
    const ageText = ageCol >= 0 ? (cells[ageCol] ?? '').trim() : '';
    if (ageText) {
      let band = bandCache.get(ageText);
      if (!bandCache.has(ageText)) bandCache.set(ageText, (band = bandOf(ageText)));
      const chosen = band ?? ageValues[ageText];
      if (chosen) choices.age = [chosen];
      else if (chosen === '') issues.push(`年代「${short(ageText)}」は「使わない」と選ばれています`);
      else issues.push(`年代「${short(ageText)}」は選択肢にありません`);
    } else if (ageRequired) issues.push('年代が空です（必ず答える設問です）');
    const reasonText = reasonCol >= 0 ? (cells[reasonCol] ?? '').trim() : '';
    if (reasonText) {
      const reason = reasonByText.get(folded(reasonText));
      if (!reason) issues.push(`状態「${short(reasonText)}」は選択肢にありません`);
      else if (choices.age && choices.age[0] !== reason.band) issues.push(`状態「${short(reasonText)}」は、選ばれた年代の選択肢にありません`);
      else if (choices.age) choices.reason = [reason.id];
      else issues.push(`状態「${short(reasonText)}」が選ばれていますが、年代がありません`);
    }
    if (issues.length) return { ok: false, message: `${issues.join('。')}。` };
    return { ok: true, set: { instrument: data.instrumentId, version: data.instrument.version, answers, choices }, extras: extraIdx.map((i) => (cells[i] ?? '').trim()) };
  };
  return { extraColumns, read };
}

/** Reads every data row of a parsed file (header first), rows numbered by their place in `records`. */
export function readSurvey(records: readonly (readonly string[])[], mapping: readonly ColumnRole[], data: SelfCheckData, ageValues: AgeValueChoices = {}): SurveyRead {
  const reader = rowReader(records[0] ?? [], mapping, data, ageValues);
  const duplicate = duplicateFinder(records[0] ?? []);
  const respondents: Respondent[] = [];
  const problems: RowProblem[] = [];
  for (let r = 1; r < records.length; r++) {
    const repeated = duplicate(records[r]!, r + 1);
    const result = repeated === null ? reader.read(records[r]!) : ({ ok: false, message: repeated } as const);
    if (result.ok) respondents.push({ row: r + 1, set: result.set, extras: result.extras });
    else problems.push({ row: r + 1, message: result.message });
  }
  return { respondents, problems, extraColumns: reader.extraColumns };
}
