/**
 * Reading the organisation self-check for the gap view: its exported JSON or its share link (or code), pasted or
 * from a file. Only the answers are trusted; the axis scores are recomputed from them. Pure.
 */
import { checkAnswerSet, unanswered, type AnswerSet } from '../answers';
import { choiceOptions } from '../choice-options';
import type { OrgCheckData } from '../org-check/engine';
import { ORG_RESULT_FORMAT } from '../org-check/export';
import { decodeShareCode } from '../share-code';
import { HASH_PREFIX, linkOrCode } from '../hash-payload';

export type OrgRead = { ok: true; set: AnswerSet } | { ok: false; message: string };

/**
 * The share of the organisation's items that must be answered before its axes are set beside its people's: an
 * axis scored from one answer out of several says little, and one from none says nothing.
 */
export const ORG_MIN_ANSWERED = 0.8;

/** Refuses a result with too few answers, naming how many there are and how many are needed. */
function enough(set: AnswerSet, data: Pick<OrgCheckData, 'instrument'>): OrgRead {
  const total = data.instrument.items.length;
  const answered = total - unanswered(set, { ...data.instrument, choices: [] }).length;
  const needed = Math.ceil(total * ORG_MIN_ANSWERED);
  if (answered >= needed) return { ok: true, set };
  return { ok: false, message: `この結果は${total}問のうち${answered}問にしか答えていません。組織の見立てと並べるのは、${needed}問（${Math.round(ORG_MIN_ANSWERED * 100)}%）以上に答えた結果だけです。組織のセルフチェックで残りの設問に答えてから、共有リンクか結果のファイルを作り直してください。` };
}

export function readOrgResult(text: string, data: Pick<OrgCheckData, 'instrumentId' | 'instrument'>): OrgRead {
  const optionsFor = (q: string, choices: Record<string, readonly string[]>) => {
    const question = data.instrument.choices.find((c) => c.id === q);
    return question ? choiceOptions(question, choices, []) : [];
  };
  const trimmed = text.trim().replace(/^\uFEFF/, '');
  if (!trimmed) return { ok: false, message: '組織のセルフチェックの共有リンクか、保存したJSONを入れてください。' };
  if (trimmed.startsWith('{')) {
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(trimmed) as Record<string, unknown>;
    } catch {
      return { ok: false, message: 'JSONとして読み取れません。ファイルが壊れていないか確かめてください。' };
    }
    if (value?.format !== ORG_RESULT_FORMAT) return { ok: false, message: '組織のセルフチェックの結果ファイルではありません。社員の自己診断の結果は、上の欄で集計してください。' };
    const check = checkAnswerSet({ instrument: value.instrument, version: value.version, answers: value.answers, choices: value.choices ?? {} }, data.instrumentId, data.instrument, (q, c) => optionsFor(q, c).map((o) => o.id));
    return check.ok ? enough(check.value, data) : { ok: false, message: check.message };
  }
  const code = linkOrCode(trimmed, HASH_PREFIX.result);
  const r = decodeShareCode(code, data.instrumentId, data.instrument, optionsFor);
  return r.ok ? enough(r.value, data) : { ok: false, message: r.message };
}
