import type { AnswerStyle } from '../../lib/self-check/answer-style';

/**
 * Says plainly when the way of answering makes the scores hard to read, which answers made it so and, when the
 * scores are not read further, how to answer again. The sentences come from the rules, already checked as true.
 */
export function AnswerStyleNote({ sentences, style, flagged }: { sentences: string[]; style: AnswerStyle; flagged: boolean }) {
  if (sentences.length === 0) return null;
  return (
    <div class="widget-card widget-warning" data-testid="answer-style" data-flagged={flagged ? 'true' : 'false'}>
      {sentences.map((t) => (
        <p key={t}>{t}</p>
      ))}
      {style.contradictions.length > 0 && (
        <ul>
          {style.contradictions.map((c) => (
            <li key={c.reverseId}>
              「{c.itemText}」に「{c.answerLabel}」、「{c.reverseText}」に「{c.reverseAnswerLabel}」
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
