/**
 * Reading employees' self-check results for the team view: exported JSON files (one result, an array, JSON lines,
 * or several pretty-printed files pasted one after another) and share links or codes, pasted or dropped. Only the
 * answers are trusted; everything else in a file is ignored and the result is recomputed. Every entry that cannot
 * be used is reported with its source and line — duplicates, other versions, incomplete answer sets included —
 * and one entry's failure never stops the others. Reading is bounded: the problem list stops at MAX_LISTED (the
 * rest are counted), and a source that yields only problems is given up after MAX_LISTED of them, with a note.
 *
 * `readSteps` is a generator that yields after each entry, so that the results worker can count them for its
 * progress (read-results.ts); `read` drains it at once (tests). Pure.
 */
import { checkAnswerSet, unanswered, type AnswerSet } from '../answers';
import { optionsResolver, type SelfCheckData } from '../self-check/engine';
import { RESULT_FORMAT } from '../self-check/export';
import { decodeShareCode } from '../share-code';
import { HASH_PREFIX, linkOrCode } from '../hash-payload';

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
  /** The first MAX_LISTED problems. */
  problems: ImportProblem[];
  /** Problems found beyond those listed. */
  moreProblems: number;
}

/** How many problems are listed; also how many a source may yield with no result before it is given up. */
export const MAX_LISTED = 100;

/** A canonical key of an answer set, to spot the same result imported twice. */
const keyOf = (set: AnswerSet) =>
  JSON.stringify([Object.entries(set.answers).sort(([a], [b]) => (a < b ? -1 : 1)), Object.entries(set.choices).sort(([a], [b]) => (a < b ? -1 : 1))]);

/** A short, safe rendering of any value found in a file (it may be an object with a hostile toString). */
const describe = (v: unknown) => (typeof v === 'string' ? v.slice(0, 40) : v === undefined || v === null ? 'なし' : `${typeof v}の値`);

/** End of the JSON value starting at `start` (a `{` or `[`), or -1 when the text ends first. Strings are honoured. */
function endOfJson(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) depth++;
    else if (ch === 125 || ch === 93) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Whether the first line looks like a table (CSV/TSV) rather than results or links. */
const looksLikeTableLine = (firstLine: string) => !/^[[{]/.test(firstLine) && !firstLine.includes(HASH_PREFIX.result) && (firstLine.match(/[,\t]/g)?.length ?? 0) >= 2;

/** Whether a text is a table (a survey export) rather than results or links: its first line decides. */
export function looksLikeTable(text: string): boolean {
  const from = /[^\s\uFEFF]/.exec(text)?.index ?? text.length;
  const end = text.indexOf('\n', from);
  return looksLikeTableLine(text.slice(from, end < 0 ? text.length : end).replace(/\r$/, ''));
}

export function createImporter(data: SelfCheckData) {
  const resolve = optionsResolver(data);
  const optionIds = (q: string, c: Record<string, string[]>) => resolve(q, c).map((o) => o.id);
  const seen = new Map<string, string>();
  const entries: ImportedEntry[] = [];
  const problems: ImportProblem[] = [];
  let moreProblems = 0;
  let sourceProblems = 0;

  /** `always` lists it even when the list is full: that a whole source was refused or given up must be seen. */
  const problem = (source: string, line: number, message: string, always = false) => {
    sourceProblems++;
    if (always || problems.length < MAX_LISTED) problems.push({ source, line, message });
    else moreProblems++;
  };

  const add = (set: AnswerSet, source: string, line: number) => {
    const missing = unanswered(set, data.instrument).length;
    if (missing > 0) return problem(source, line, `回答が揃っていません（未回答が${missing}問）。全部の設問に答えた結果だけを集計します。`);
    const key = keyOf(set);
    const first = seen.get(key);
    if (first) return problem(source, line, `${first} と同じ回答です。重複として集計から外しました。`);
    seen.set(key, `${source} の${line}件目`);
    entries.push({ source, line, set });
  };

  const fromObject = (value: unknown, source: string, line: number) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return problem(source, line, '結果のデータではありません。');
    const obj = value as Record<string, unknown>;
    if (obj.format !== RESULT_FORMAT) return problem(source, line, `自己診断の結果ファイルではありません（format: ${describe(obj.format)}）。`);
    const check = checkAnswerSet({ instrument: obj.instrument, version: obj.version, answers: obj.answers, choices: obj.choices ?? {} }, data.instrumentId, data.instrument, optionIds);
    if (!check.ok) return problem(source, line, check.message);
    add(check.value, source, line);
  };

  const fromCode = (text: string, source: string, line: number) => {
    const code = linkOrCode(text, HASH_PREFIX.result);
    const r = decodeShareCode(code, data.instrumentId, data.instrument, resolve);
    if (!r.ok) return problem(source, line, r.message);
    add(r.value, source, line);
  };

  /** One entry, isolated: whatever it throws becomes a problem row of its own. */
  const guarded = (source: string, line: number, read: () => unknown) => {
    try {
      read();
    } catch (e) {
      problem(source, line, `この項目を読み取れませんでした（${e instanceof Error ? e.name : '不明な問題'}）。`);
    }
  };

  return {
    /** Reads one pasted text or file, yielding after each entry so that the caller can pause between chunks. */
    *readSteps(input: string, source: string): Generator<void, void, void> {
      const text = input.replace(/^\uFEFF/, '');
      sourceProblems = 0;
      const sourceEntries = entries.length;
      let line = 1;
      let counted = 0;
      const lineAt = (pos: number) => {
        for (; counted < pos; counted++) if (text.charCodeAt(counted) === 10) line++;
        return line;
      };
      if (looksLikeTable(text)) {
        problem(source, lineAt(text.length - text.trimStart().length), 'CSVやタブ区切りの表のようです。アンケートツールの回答の表なら、貼り付けずにファイルのまま上の枠にドロップするか、「アンケートの回答ファイルを選ぶ」で選んでください。');
        return;
      }
      let pos = 0;
      while (pos < text.length) {
        const ch = text[pos]!;
        if (/\s/.test(ch)) {
          pos++;
          continue;
        }
        const at = lineAt(pos);
        if (ch === '{' || ch === '[') {
          const end = endOfJson(text, pos);
          if (end < 0) {
            problem(source, at, 'JSONが途中で切れています。ファイルが壊れていないか、貼り付けが最後まで入っているか確かめてください。');
            return;
          }
          const slice = text.slice(pos, end);
          pos = end;
          let value: unknown;
          try {
            value = JSON.parse(slice);
          } catch {
            problem(source, at, 'JSONとして読み取れません。ファイルが壊れていないか確かめてください。');
            continue;
          }
          if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
              guarded(source, i + 1, () => fromObject(value[i], source, i + 1));
              yield;
            }
          } else guarded(source, at, () => fromObject(value, source, at));
        } else {
          let end = text.indexOf('\n', pos);
          if (end < 0) end = text.length;
          const slice = text.slice(pos, end).trim();
          pos = end;
          guarded(source, at, () => fromCode(slice, source, at));
        }
        if (sourceProblems >= MAX_LISTED && entries.length === sourceEntries) {
          const rest = text.slice(pos).split('\n').filter((l) => l.trim()).length;
          if (rest > 0) problem(source, at, `読めないものが${MAX_LISTED}件続いたため、残りの${rest}行は読みませんでした。結果のファイルや共有リンクの中身を確かめてください。`, true);
          return;
        }
        yield;
      }
    },
    /** Reads one source to the end at once. */
    read(input: string, source: string) {
      const steps = this.readSteps(input, source);
      while (!steps.next().done);
    },
    /** A source that could not be read at all, reported as one problem. */
    refuse(source: string, message: string) {
      problem(source, 1, message, true);
    },
    result(): ImportResult {
      return { entries: [...entries], problems: [...problems], moreProblems };
    },
  };
}
