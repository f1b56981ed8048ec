/**
 * Reading employees' self-check results for the team view: exported JSON files (one result, an array, or JSON
 * lines) and share links or codes, pasted or dropped. Only the answers are trusted; everything else in a file is
 * ignored and the result is recomputed. Every entry that cannot be used is reported with its source and line,
 * including duplicates and other versions — nothing is dropped silently.
 */
import { checkAnswerSet, type AnswerSet } from '../answers';
import { optionsResolver, type SelfCheckData } from '../self-check/engine';
import { RESULT_FORMAT } from '../self-check/export';
import { decodeShareCode } from '../share-code';

export interface ImportProblem {
  source: string;
  /** 1-based line (or array position) within the source. */
  line: number;
  message: string;
}

export interface ImportedEntry {
  source: string;
  line: number;
  set: AnswerSet;
}

export interface ImportResult {
  entries: ImportedEntry[];
  problems: ImportProblem[];
}

/** A canonical key of an answer set, to spot the same result imported twice. */
const keyOf = (set: AnswerSet) =>
  JSON.stringify([Object.entries(set.answers).sort(([a], [b]) => (a < b ? -1 : 1)), Object.entries(set.choices).sort(([a], [b]) => (a < b ? -1 : 1))]);

export function createImporter(data: SelfCheckData) {
  const resolve = optionsResolver(data);
  const optionIds = (q: string, c: Record<string, string[]>) => resolve(q, c).map((o) => o.id);
  const seen = new Map<string, string>();
  const entries: ImportedEntry[] = [];
  const problems: ImportProblem[] = [];

  const fromObject = (value: unknown, source: string, line: number) => {
    const obj = value as Record<string, unknown> | null;
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return problems.push({ source, line, message: '結果のデータではありません。' });
    if (obj.format !== RESULT_FORMAT) {
      return problems.push({ source, line, message: `自己診断の結果ファイルではありません（format: ${String(obj.format ?? 'なし').slice(0, 40)}）。` });
    }
    const check = checkAnswerSet({ instrument: obj.instrument, version: obj.version, answers: obj.answers, choices: obj.choices ?? {} }, data.instrumentId, data.instrument, optionIds);
    if (!check.ok) return problems.push({ source, line, message: check.message });
    add(check.value, source, line);
  };

  const fromCode = (text: string, source: string, line: number) => {
    const hash = text.indexOf('#r=');
    let code = hash >= 0 ? text.slice(hash + 3) : text;
    try {
      code = decodeURIComponent(code);
    } catch {
      /* the decoder reports it */
    }
    const r = decodeShareCode(code, data.instrumentId, data.instrument, resolve);
    if (!r.ok) return problems.push({ source, line, message: r.message });
    add(r.value, source, line);
  };

  const add = (set: AnswerSet, source: string, line: number) => {
    const key = keyOf(set);
    const first = seen.get(key);
    if (first) return problems.push({ source, line, message: `${first} と同じ回答です。重複として集計から外しました。` });
    seen.set(key, `${source} の${line}件目`);
    entries.push({ source, line, set });
  };

  return {
    /** Reads one pasted text or file. */
    read(text: string, source: string) {
      const trimmed = text.trim().replace(/^\uFEFF/, '');
      if (!trimmed) return;
      if (trimmed.startsWith('[') || (trimmed.startsWith('{') && !trimmed.includes('\n{'))) {
        let value: unknown;
        try {
          value = JSON.parse(trimmed);
        } catch {
          problems.push({ source, line: 1, message: 'JSONとして読み取れません。ファイルが壊れていないか確かめてください。' });
          return;
        }
        if (Array.isArray(value)) value.forEach((v, i) => fromObject(v, source, i + 1));
        else fromObject(value, source, 1);
        return;
      }
      trimmed.split(/\r\n|\r|\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (!line) return;
        if (line.startsWith('{')) {
          try {
            fromObject(JSON.parse(line), source, i + 1);
          } catch {
            problems.push({ source, line: i + 1, message: 'JSONとして読み取れません。' });
          }
        } else fromCode(line, source, i + 1);
      });
    },
    result(): ImportResult {
      return { entries: [...entries], problems: [...problems] };
    },
  };
}
