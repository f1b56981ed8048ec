import type { ComponentChildren, Ref } from 'preact';
import type { AnswerSet } from '../../lib/answers';
import type { OptionsFor } from '../../lib/diagnostic/flow';
import type { Screen } from '../../lib/diagnostic/screens';
import type { Instrument } from '../../schemas/instrument';
import { Questions } from './Questions';

interface Props {
  instrumentId: string;
  instrument: Instrument;
  pages: readonly Screen[];
  current: number;
  set: AnswerSet;
  answered: number;
  total: number;
  flagged: string[];
  optionsFor: OptionsFor;
  formRef: Ref<HTMLFormElement>;
  headingRef: Ref<HTMLHeadingElement>;
  onAnswer: (id: string, value: number) => void;
  onChoose: (id: string, option: string | null) => void;
  onGo: (screen: number) => void;
  onFinish: () => void;
  children?: ComponentChildren;
}

/** One screen of questions: progress, the page heading (focused on a move), the questions, back/next/result. */
export function QuestionScreen({ instrumentId, instrument, pages, current, set, answered, total, flagged, optionsFor, formRef, headingRef, onAnswer, onChoose, onGo, onFinish, children }: Props) {
  return (
    <form class="questionnaire" ref={formRef} onSubmit={(e) => e.preventDefault()} aria-labelledby="page-heading">
      <div class="progress">
        <label for={`${instrumentId}-progress`}>回答の進み具合</label>
        <progress id={`${instrumentId}-progress`} max={total} value={answered} />
        <p class="progress-text" aria-live="polite">
          {total}問中 {answered}問に回答済み
        </p>
      </div>
      <h2 id="page-heading" ref={headingRef} tabIndex={-1}>
        {pages.length}ページ中 {current + 1}ページ目
      </h2>
      {flagged.length > 0 && (
        <div class="widget-banner is-error" role="alert">
          <p>まだ答えていない設問が {flagged.length} 問あります。印のついた設問に答えてから、もう一度「結果を見る」を押してください。</p>
        </div>
      )}
      <Questions instrument={instrument} screen={pages[current]!} set={set} optionsFor={optionsFor} flagged={flagged} onAnswer={onAnswer} onChoose={onChoose} />
      <div class="button-row nav-row">
        <button type="button" class="widget-button is-secondary" onClick={() => onGo(current - 1)} disabled={current === 0}>
          前へ
        </button>
        {current < pages.length - 1 ? (
          <button type="button" class="widget-button" onClick={() => onGo(current + 1)}>
            次へ
          </button>
        ) : (
          <button type="button" class="widget-button" onClick={onFinish}>
            結果を見る
          </button>
        )}
      </div>
      {children}
    </form>
  );
}
