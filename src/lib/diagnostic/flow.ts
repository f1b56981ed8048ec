/**
 * The questionnaire flow every diagnostic shares, as pure functions of the answers: which screen to show, how an
 * answer or a choice changes the set, whether the reader may see a result, and what a result link or carried
 * answers amount to. The widget (src/islands/diagnostic/) only keeps state and draws.
 */
import { unanswered, type AnswerSet } from '../answers';
import type { Option } from '../choice-options';
import { decodeShareCode } from '../share-code';
import type { Instrument } from '../../schemas/instrument';
import type { Screen } from './screens';

export type OptionsFor = (questionId: string, choices: Record<string, string[]>) => Option[];

/** The screen that asks the question with this id (the first screen if none does). */
export const screenOf = (pages: readonly Screen[], id: string) => Math.max(0, pages.findIndex((p) => p.items.some((i) => i.id === id) || p.choices.some((c) => c.id === id)));

/** How many answers a result needs: every item and every required choice. */
export const answersNeeded = (instrument: Instrument) => instrument.items.length + instrument.choices.filter((c) => !c.optional).length;
export const answeredIn = (set: AnswerSet, instrument: Instrument) => answersNeeded(instrument) - unanswered(set, instrument).length;

/**
 * The screen to show for a saved page index. `pages.length` is the result; a result needs every answer, so an
 * index at or past the end with answers missing (a corrupted or edited store) goes to the first unanswered question.
 */
export function currentScreen(page: number, pages: readonly Screen[], set: AnswerSet, instrument: Instrument): number {
  if (page < pages.length) return Math.max(0, page);
  const left = unanswered(set, instrument);
  return left.length ? screenOf(pages, left[0]!) : pages.length;
}

export const withAnswer = (set: AnswerSet, id: string, value: number): AnswerSet => ({ ...set, answers: { ...set.answers, [id]: value } });

/** The set with a choice made (null: 「選ばない」), dropping answers that the new choice makes meaningless. */
export function withChoice(set: AnswerSet, id: string, option: string | null, instrument: Instrument, optionsFor: OptionsFor): AnswerSet {
  const choices = { ...set.choices };
  if (option === null) delete choices[id];
  else choices[id] = [option];
  // A new age band makes the previous band's reason meaningless.
  for (const q of instrument.choices) {
    if (q.dependsOn === id && choices[q.id]?.some((c) => !optionsFor(q.id, choices).some((o) => o.id === c))) delete choices[q.id];
  }
  return { ...set, choices };
}

/** What 「結果を見る」 leads to: the result, or the questions still open (the first one is where to go). */
export function finish(set: AnswerSet, instrument: Instrument): { ok: true } | { ok: false; missing: string[] } {
  const missing = unanswered(set, instrument);
  return missing.length === 0 ? { ok: true } : { ok: false, missing };
}

/** A result link's payload: the result to show, or why it is not shown. A result of part of the answers is not shown. */
export function readResultLink(code: string, instrumentId: string, instrument: Instrument, optionsFor: OptionsFor): { ok: true; set: AnswerSet } | { ok: false; message: string } {
  const r = decodeShareCode(code, instrumentId, instrument, optionsFor);
  if (!r.ok) return { ok: false, message: r.message };
  const missing = unanswered(r.value, instrument).length;
  if (missing > 0) return { ok: false, message: `共有リンクの回答が揃っていません（未回答が${missing}問）。全部の設問に答えた結果のリンクを送ってもらってください。` };
  return { ok: true, set: r.value };
}

export type CarryDecision = { kind: 'unreadable' } | { kind: 'take'; set: AnswerSet; count: number } | { kind: 'ask'; set: AnswerSet; count: number; saved: number };

/**
 * Answers carried over from an embed: taken in at once when nothing is saved here, otherwise the reader chooses
 * between them and what this browser has.
 */
export function readCarried(code: string, saved: AnswerSet, instrumentId: string, instrument: Instrument, optionsFor: OptionsFor): CarryDecision {
  const r = decodeShareCode(code, instrumentId, instrument, optionsFor);
  if (!r.ok) return { kind: 'unreadable' };
  const count = answeredIn(r.value, instrument);
  const savedCount = answeredIn(saved, instrument);
  return savedCount === 0 ? { kind: 'take', set: r.value, count } : { kind: 'ask', set: r.value, count, saved: savedCount };
}

/** The screen to open on carried answers: their first open question, or the last screen when none is open. */
export function screenForCarried(set: AnswerSet, pages: readonly Screen[], instrument: Instrument): number {
  const missing = unanswered(set, instrument);
  return missing.length ? screenOf(pages, missing[0]!) : pages.length - 1;
}
