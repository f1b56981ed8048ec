/**
 * Compact, versioned, checksummed share codes for an answer set, safe in a URL hash:
 *
 *   <instrument>.<version>.<one digit per Likert item, 0 = unanswered>.<choices>.<checksum>
 *
 * Choices are option indexes (base 36) per choice question in instrument order, `-` when unanswered,
 * `+` between several, `~` between questions. Decoding trusts nothing: every failure is a typed error
 * with a Japanese message, and the caller decides what to show. Nothing is ever evaluated or rendered as HTML.
 */
import type { AnswerSet } from './answers';
import type { Option } from './choice-options';
import type { Instrument } from '../schemas/instrument';

export type ShareCodeError = 'empty' | 'malformed' | 'checksum' | 'instrument' | 'version' | 'length' | 'value';

export type DecodeResult = { ok: true; value: AnswerSet } | { ok: false; error: ShareCodeError; message: string };

type Codable = Pick<Instrument, 'version' | 'items' | 'choices' | 'scale'>;
type OptionsFor = (questionId: string, choices: Record<string, string[]>) => Option[];

/** Longest code we even look at: far above any real code, small enough to reject junk at once. */
const MAX_LENGTH = 2000;

/** FNV-1a, 32-bit, base 36: catches typos and truncation, not a security measure. */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

export function encodeShareCode(instrumentId: string, instrument: Codable, set: AnswerSet, optionsFor: OptionsFor): string {
  const digits = instrument.items.map((i) => String(set.answers[i.id] ?? 0)).join('');
  const choices = instrument.choices
    .map((q) => {
      const chosen = set.choices[q.id] ?? [];
      if (chosen.length === 0) return '-';
      const opts = optionsFor(q.id, set.choices);
      return chosen.map((c) => opts.findIndex((o) => o.id === c).toString(36)).join('+');
    })
    .join('~');
  const body = `${instrumentId}.${instrument.version}.${digits}.${choices}`;
  return `${body}.${checksum(body)}`;
}

const fail = (error: ShareCodeError, message: string): DecodeResult => ({ ok: false, error, message });

export function decodeShareCode(code: unknown, instrumentId: string, instrument: Codable, optionsFor: OptionsFor): DecodeResult {
  if (typeof code !== 'string' || code.trim() === '') return fail('empty', '共有リンクに回答が含まれていません。');
  const text = code.trim();
  if (text.length > MAX_LENGTH) return fail('malformed', '共有リンクが長すぎます。途中で別の文字が混ざっていないか確かめてください。');
  const parts = text.split('.');
  if (parts.length !== 5) return fail('malformed', '共有リンクの形が正しくありません。リンクが途中で切れていないか確かめてください。');
  const [id, versionText, digits, choicesText, sum] = parts as [string, string, string, string, string];
  if (checksum(parts.slice(0, 4).join('.')) !== sum) {
    return fail('checksum', '共有リンクが壊れているか、書き換えられています。送ってくれた人に、もう一度リンクをコピーしてもらってください。');
  }
  if (id !== instrumentId) return fail('instrument', `この診断のリンクではありません（${id.slice(0, 40)}）。`);
  const version = Number(versionText);
  if (!Number.isInteger(version)) return fail('malformed', '共有リンクの版の表記が正しくありません。');
  if (version > instrument.version) {
    return fail('version', `このサイトの新しい版（第${version}版の設問）で作られたリンクです。このページの設問は第${instrument.version}版のため、結果を再現できません。リンクを作った人と同じ版のサイトで開いてください。`);
  }
  if (version !== instrument.version) {
    return fail('version', `古い版（第${version}版）の設問で作られたリンクです。設問が変わったため結果を再現できません。お手数ですが、もう一度診断してください。`);
  }
  if (digits.length !== instrument.items.length) return fail('length', '共有リンクの回答の数が設問の数と合いません。リンクが途中で切れている可能性があります。');
  const points = instrument.scale.labels.length;
  const answers: Record<string, number> = {};
  for (let i = 0; i < digits.length; i++) {
    const ch = digits[i]!;
    if (!/^[0-9]$/.test(ch) || Number(ch) > points) return fail('value', `共有リンクの ${i + 1} 問目の回答が読み取れません。`);
    if (ch !== '0') answers[instrument.items[i]!.id] = Number(ch);
  }
  const choiceParts = choicesText.split('~');
  if (choiceParts.length !== instrument.choices.length) return fail('length', '共有リンクの選択式の回答の数が合いません。');
  const choices: Record<string, string[]> = {};
  for (let i = 0; i < instrument.choices.length; i++) {
    const q = instrument.choices[i]!;
    const part = choiceParts[i]!;
    if (part === '-') continue;
    const opts = optionsFor(q.id, choices);
    const picked: string[] = [];
    for (const token of part.split('+')) {
      const option = /^[0-9a-z]{1,2}$/.test(token) ? opts[parseInt(token, 36)] : undefined;
      if (!option) return fail('value', `共有リンクの「${q.text}」の回答が読み取れません。`);
      picked.push(option.id);
    }
    if (!q.multiple && picked.length > 1) return fail('value', `共有リンクの「${q.text}」に複数の回答があります。`);
    choices[q.id] = picked;
  }
  return { ok: true, value: { instrument: instrumentId, version, answers, choices } };
}
