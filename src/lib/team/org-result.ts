/**
 * Reading the organisation self-check for the gap view: its exported JSON or its share link (or code), pasted or
 * from a file. Only the answers are trusted; the axis scores are recomputed from them. Pure.
 */
import { checkAnswerSet, type AnswerSet } from '../answers';
import { choiceOptions } from '../choice-options';
import type { OrgCheckData } from '../org-check/engine';
import { ORG_RESULT_FORMAT } from '../org-check/export';
import { decodeShareCode } from '../share-code';

export type OrgRead = { ok: true; set: AnswerSet } | { ok: false; message: string };

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
    return check.ok ? { ok: true, set: check.value } : { ok: false, message: check.message };
  }
  const hash = trimmed.indexOf('#r=');
  let code = hash >= 0 ? trimmed.slice(hash + 3) : trimmed;
  try {
    code = decodeURIComponent(code);
  } catch {
    /* the decoder reports it */
  }
  const r = decodeShareCode(code, data.instrumentId, data.instrument, optionsFor);
  return r.ok ? { ok: true, set: r.value } : { ok: false, message: r.message };
}
