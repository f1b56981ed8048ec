/**
 * Checks how a questionnaire was answered before its scores are read: the same option on (nearly) every item, strong
 * agreement (or disagreement) with both an item and the reverse item written as its opposite, or a lean towards
 * agreeing (or disagreeing) with both sides of the opposing pairs overall (the acquiescence index). Any of them makes
 * the scores a poor basis for a label, so the result then shows the scores alone. Pure.
 */
import type { Instrument } from '../../schemas/instrument';
import type { SelfCheckRules } from '../../schemas/self-check-rules';
import { isValidAnswer, keyedValue, scalePoints } from '../likert';

export interface Contradiction {
  /** The positively worded item and its reverse-keyed opposite. */
  itemId: string;
  itemText: string;
  reverseId: string;
  reverseText: string;
  answerLabel: string;
  reverseAnswerLabel: string;
}

export interface AnswerStyle {
  /** The option chosen on nearly every item, when that is the case. */
  sameAnswer: { label: string; count: number; of: number } | null;
  contradictions: Contradiction[];
  /**
   * Over the answered opposing pairs: the mean of (answer + answer to its opposite − (points + 1)) / 2, from −2 (both
   * disagreed with) to +2 (both agreed with); 0 for consistent answers. Null when no pair was answered.
   */
  acquiescence: number | null;
  /** What was found, by name: 'sameAnswer', 'contradictions', 'agreesWithBoth', 'disagreesWithBoth'. */
  findings: string[];
  /** True when the scores should not be turned into a segment label. */
  flagged: boolean;
}

export function checkAnswerStyle(instrument: Pick<Instrument, 'items' | 'scale'>, rules: Pick<SelfCheckRules, 'answerStyle'>, answers: Readonly<Record<string, number>>): AnswerStyle {
  return answerStyleChecker(instrument, rules)(answers);
}

/** checkAnswerStyle with the instrument read once (the opposing pairs found once), for checking many people. */
export function answerStyleChecker(instrument: Pick<Instrument, 'items' | 'scale'>, rules: Pick<SelfCheckRules, 'answerStyle'>): (answers: Readonly<Record<string, number>>) => AnswerStyle {
  const points = scalePoints(instrument);
  const labels = instrument.scale.labels;
  const items = instrument.items;
  const pairs = items.flatMap((rev) => {
    const pos = rev.opposes ? items.find((i) => i.id === rev.opposes) : undefined;
    return pos ? [{ pos, rev }] : [];
  });
  const counts = new Array<number>(points + 1);
  return (answers) => {
    counts.fill(0);
    let given = 0;
    for (const i of items) {
      const v = answers[i.id];
      if (!isValidAnswer(v, points)) continue;
      counts[v]!++;
      given++;
    }
    let sameAnswer: AnswerStyle['sameAnswer'] = null;
    // Judged only on a full set: a half-answered questionnaire is not straight-lined, it is unfinished.
    if (given === items.length && given > 0) {
      for (let value = 1; value <= points; value++) {
        const count = counts[value]!;
        if (count > 0 && count / given >= rules.answerStyle.sameAnswerShare) sameAnswer = { label: labels[value - 1] ?? String(value), count, of: given };
      }
    }
    const contradictions: Contradiction[] = [];
    let leanSum = 0;
    let leanCount = 0;
    for (const { pos, rev } of pairs) {
      const a = answers[pos.id];
      const b = answers[rev.id];
      if (!isValidAnswer(a, points) || !isValidAnswer(b, points)) continue;
      leanSum += (a + b - (points + 1)) / 2;
      leanCount++;
      // Keyed the same way, the two answers should roughly agree; a wide gap means both were (dis)agreed with.
      const gap = Math.abs(keyedValue(a, pos.reverse, points) - keyedValue(b, rev.reverse, points));
      if (gap >= rules.answerStyle.contradictionGap) {
        const [p, r] = pos.reverse ? [rev, pos] : [pos, rev];
        contradictions.push({ itemId: p.id, itemText: p.text, reverseId: r.id, reverseText: r.text, answerLabel: labels[answers[p.id]! - 1] ?? '', reverseAnswerLabel: labels[answers[r.id]! - 1] ?? '' });
      }
    }
    const acquiescence = leanCount ? leanSum / leanCount : null;
    const limit = rules.answerStyle.acquiescence;
    const findings = [
      ...(sameAnswer ? ['sameAnswer'] : []),
      ...(contradictions.length ? ['contradictions'] : []),
      ...(acquiescence !== null && acquiescence >= limit ? ['agreesWithBoth'] : []),
      ...(acquiescence !== null && acquiescence <= -limit ? ['disagreesWithBoth'] : []),
    ];
    const flagged = sameAnswer !== null || contradictions.length >= rules.answerStyle.contradictionPairs || (acquiescence !== null && Math.abs(acquiescence) >= limit);
    return { sameAnswer, contradictions, acquiescence, findings, flagged };
  };
}
