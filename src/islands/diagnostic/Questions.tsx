import type { AnswerSet } from '../../lib/answers';
import type { Option } from '../../lib/choice-options';
import type { Instrument } from '../../schemas/instrument';
import type { Screen } from '../../lib/diagnostic/screens';
import { questionName } from '../../lib/form-answers';

interface Props {
  instrument: Instrument;
  screen: Screen;
  set: AnswerSet;
  optionsFor: (questionId: string, choices: Record<string, string[]>) => Option[];
  /** Item ids to mark as still unanswered after a failed attempt to finish. */
  flagged: string[];
  onAnswer: (itemId: string, value: number) => void;
  onChoose: (questionId: string, optionId: string | null) => void;
}

/** One screen of questions: a fieldset per item with a labelled 5-point radio scale. */
export function Questions({ instrument, screen, set, optionsFor, flagged, onAnswer, onChoose }: Props) {
  const labels = instrument.scale.labels;
  return (
    <div class="questions">
      {screen.items.map((item, n) => {
        const number = instrument.items.indexOf(item) + 1;
        const missing = flagged.includes(item.id);
        return (
          <fieldset class={`likert${missing ? ' is-missing' : ''}`} id={questionName(item.id)} key={item.id} aria-describedby={missing ? `${questionName(item.id)}-missing` : undefined}>
            <legend>
              <span class="q-number">問{number}</span> {item.text}
            </legend>
            {missing && (
              <p class="field-error" id={`${questionName(item.id)}-missing`}>
                この設問にまだ答えていません。
              </p>
            )}
            <div class="likert-scale">
              {labels.map((label, i) => (
                <label key={label} class="likert-option">
                  <input type="radio" name={questionName(item.id)} value={i + 1} checked={set.answers[item.id] === i + 1} onChange={() => onAnswer(item.id, i + 1)} />
                  <span>{label}</span>
                </label>
              ))}
            </div>
            {n === 0 && <span class="sr-only">矢印キーで選択肢を移動できます。</span>}
          </fieldset>
        );
      })}
      {screen.choices.map((q) => {
        const options = optionsFor(q.id, set.choices);
        const missing = flagged.includes(q.id);
        return (
          <fieldset class={`choice${missing ? ' is-missing' : ''}`} id={questionName(q.id)} key={q.id}>
            <legend>
              {q.text}
              {q.optional && <span class="optional">（任意）</span>}
            </legend>
            {q.help && <p class="widget-note">{q.help}</p>}
            {missing && <p class="field-error">この設問にまだ答えていません。</p>}
            {options.length === 0 ? (
              <p class="widget-note">先に年代を選ぶと、選択肢が表示されます。</p>
            ) : (
              <div class="choice-options">
                {options.map((o) => (
                  <label key={o.id} class="choice-option">
                    <input type="radio" name={questionName(q.id)} value={o.id} checked={set.choices[q.id]?.[0] === o.id} onChange={() => onChoose(q.id, o.id)} />
                    <span>{o.label}</span>
                  </label>
                ))}
                {q.optional && (
                  <label class="choice-option">
                    <input type="radio" name={questionName(q.id)} value="" checked={!set.choices[q.id]?.length} onChange={() => onChoose(q.id, null)} />
                    <span>選ばない</span>
                  </label>
                )}
              </div>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
