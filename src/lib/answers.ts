/**
 * The answer set every diagnostic keeps, saves, shares and exports:
 * Likert answers by item id and choices by question id. Anything read back from storage, a file or
 * a link is checked against the instrument before use; problems come back as Japanese messages.
 */
import type { Instrument } from '../schemas/instrument';
import { isValidAnswer, scalePoints } from './likert';

export interface AnswerSet {
  instrument: string;
  version: number;
  answers: Record<string, number>;
  choices: Record<string, string[]>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The shape of an answer set, checked by hand rather than with zod: this runs in the browser, and zod
 * would add tens of kilobytes to every diagnostic page for four fields.
 */
function readShape(raw: unknown): AnswerSet | null {
  if (!isRecord(raw) || typeof raw.instrument !== 'string' || typeof raw.version !== 'number' || !Number.isInteger(raw.version)) return null;
  if (!isRecord(raw.answers) || !Object.values(raw.answers).every((v) => typeof v === 'number')) return null;
  const choices = raw.choices ?? {};
  if (!isRecord(choices) || !Object.values(choices).every((v) => Array.isArray(v) && v.every((x) => typeof x === 'string'))) return null;
  return { instrument: raw.instrument, version: raw.version, answers: raw.answers as Record<string, number>, choices: choices as Record<string, string[]> };
}

export const emptyAnswerSet = (instrumentId: string, version: number): AnswerSet => ({ instrument: instrumentId, version, answers: {}, choices: {} });

export type CheckResult = { ok: true; value: AnswerSet } | { ok: false; message: string };

/**
 * Checks an untrusted value against the instrument: right instrument and version, known item ids,
 * answers on the scale, choices among the allowed options (`optionsFor` gives them).
 */
export function checkAnswerSet(
  raw: unknown,
  instrumentId: string,
  instrument: Pick<Instrument, 'version' | 'items' | 'scale' | 'choices'>,
  optionsFor: (questionId: string, choices: Record<string, string[]>) => string[],
): CheckResult {
  const set = readShape(raw);
  if (!set) return { ok: false, message: '回答の形式が読み取れません。' };
  if (set.instrument !== instrumentId) return { ok: false, message: `別の診断（${set.instrument}）の回答です。` };
  if (set.version !== instrument.version) {
    return { ok: false, message: `設問の版が違います（回答は第${set.version}版、現在は第${instrument.version}版）。設問が変わったため、この回答からは結果を出せません。` };
  }
  const points = scalePoints(instrument);
  const itemIds = new Set(instrument.items.map((i) => i.id));
  for (const [id, v] of Object.entries(set.answers)) {
    if (!itemIds.has(id)) return { ok: false, message: `この診断にない設問（${id}）への回答が含まれています。` };
    if (!isValidAnswer(v, points)) return { ok: false, message: `設問 ${id} の回答（${String(v)}）が 1〜${points} の範囲にありません。` };
  }
  for (const [id, values] of Object.entries(set.choices)) {
    const q = instrument.choices.find((c) => c.id === id);
    if (!q) return { ok: false, message: `この診断にない設問（${id}）への回答が含まれています。` };
    if (!q.multiple && values.length > 1) return { ok: false, message: `設問 ${id} は1つだけ選ぶ設問です。` };
    const allowed = optionsFor(id, set.choices);
    const bad = values.find((v) => !allowed.includes(v));
    if (bad !== undefined) return { ok: false, message: `設問 ${id} の選択肢「${bad}」は使えません。` };
  }
  return { ok: true, value: { instrument: set.instrument, version: set.version, answers: { ...set.answers }, choices: { ...set.choices } } };
}

/** Ids of Likert items and required choice questions still unanswered. */
export function unanswered(set: AnswerSet, instrument: Pick<Instrument, 'items' | 'choices' | 'scale'>): string[] {
  const points = scalePoints(instrument);
  const items = instrument.items.filter((i) => !isValidAnswer(set.answers[i.id], points)).map((i) => i.id);
  const choices = instrument.choices.filter((c) => !c.optional && !(set.choices[c.id]?.length)).map((c) => c.id);
  return [...items, ...choices];
}
