import type { AnswerStyle } from '../../lib/self-check/answer-style';

/** Says plainly when the way of answering makes the scores hard to read, and which answers made it so. */
export function AnswerStyleNote({ style }: { style: AnswerStyle }) {
  if (!style.sameAnswer && style.contradictions.length === 0) return null;
  return (
    <div class="widget-card widget-warning" data-testid="answer-style">
      {style.sameAnswer && (
        <p>
          {style.sameAnswer.of}問のうち{style.sameAnswer.count}問に、同じ「{style.sameAnswer.label}」と答えています。逆の向きの文にも同じ答えが続いているため、点数が実際の状態を表していないおそれがあります。
        </p>
      )}
      {style.contradictions.length > 0 && (
        <>
          <p>反対のことを言う二つの文に、同じ向きの答えをしているところがあります。</p>
          <ul>
            {style.contradictions.map((c) => (
              <li key={c.reverseId}>
                「{c.itemText}」に「{c.answerLabel}」、「{c.reverseText}」に「{c.reverseAnswerLabel}」
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{style.flagged ? 'このため、区分や群の名前は出さずに、点数とその読み方だけを示します。時間をおいて、一問ずつ考えながら答え直すと、より確かな結果になります。' : '結果を読むときは、この点を割り引いてください。'}</p>
    </div>
  );
}
