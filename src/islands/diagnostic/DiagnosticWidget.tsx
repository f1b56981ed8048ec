import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { emptyAnswerSet } from '../../lib/answers';
import { answeredIn, answersNeeded, currentScreen, finish as finishAnswers, screenOf, withAnswer, withChoice, type OptionsFor } from '../../lib/diagnostic/flow';
import { screens } from '../../lib/diagnostic/screens';
import { formAnswers, questionName } from '../../lib/form-answers';
import { HASH_PREFIX } from '../../lib/hash-payload';
import { encodeShareCode } from '../../lib/share-code';
import type { Instrument } from '../../schemas/instrument';
import { $storageTrouble } from '../../stores/storage';
import { questionnaireStore } from '../../stores/questionnaire';
import { QuestionScreen } from './QuestionScreen';
import { ResetControl } from './ResetControl';
import type { ResultParts } from './result-parts';
import { ResultLoading } from './ResultLoading';
import { useCarriedAnswers } from './useCarriedAnswers';
import { useResultLink } from './useResultLink';
import { WidgetNotices } from './WidgetNotices';
import { useResultCode } from './useResultCode';

export interface DiagnosticProps {
  instrumentId: string;
  instrument: Instrument;
  optionsFor: OptionsFor;
  /** Imports the result view and exports (a dynamic import); called when the result is near. */
  loadResult: () => Promise<ResultParts>;
  /** File name stem for exports, e.g. co-self-check-result. */
  fileStem: string;
}

/**
 * A questionnaire widget: questions screen by screen with progress, back/forward and start over, answers kept in
 * localStorage, then the result with share link, JSON/CSV export and print. A share link in the hash shows a
 * result read-only, never touching the reader's own saved answers. Used by the self-check and the org self-check.
 * Everything only a result needs (its view, share link, exports, chart) is imported when the reader reaches the
 * last screen or opens a share link, so the questions start sooner and the result is ready at the click.
 */
export function DiagnosticWidget({ instrumentId, instrument, optionsFor, loadResult, fileStem }: DiagnosticProps) {
  const st = questionnaireStore(instrumentId, instrument, optionsFor);
  const storedSet = useStore(st.$answers);
  const storedPage = useStore(st.$page);
  // Hydration must see exactly what the server rendered (an empty first screen); saved answers are
  // applied right after, as an ordinary update, so that checked radios are really set. Answers marked on that
  // first screen before this script ran are taken in first: the next render would otherwise clear them. Only
  // radios the reader changed count (「選ばない」 comes checked from the server and must not wipe a saved choice).
  const [mounted, setMounted] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    carry.take();
    if (form.current) {
      const marked = [...form.current.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].filter((r) => !r.defaultChecked).map((r): [string, string] => [r.name, r.value]);
      const early = formAnswers(marked, instrument, optionsFor, st.$answers.get().choices);
      for (const [id, value] of Object.entries(early.answers)) answer(id, value);
      for (const [id, option] of Object.entries(early.choices)) choose(id, option);
    }
    setMounted(true);
  }, []);
  const set = mounted ? storedSet : emptyAnswerSet(instrumentId, instrument.version);
  const page = mounted ? storedPage : 0;
  const notice = useStore(st.$notice);
  // Like the answers, storage messages appear only after hydration: the server rendered none.
  const storedTrouble = useStore($storageTrouble);
  const storedOthers = useStore(st.$otherVersions);
  const trouble = mounted ? storedTrouble : null;
  const otherVersions = mounted ? storedOthers : [];
  const pages = useMemo(() => screens(instrument), [instrument]);
  const [flagged, setFlagged] = useState<string[]>([]);
  const [confirmReset, setConfirmReset] = useState(false);
  const result = useResultCode(loadResult);
  const pageHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const carry = useCarriedAnswers(st, pages, instrumentId, instrument, optionsFor, () => (moved.current = true));

  // A share link in the hash shows that result without touching the reader's own saved answers.
  const link = useResultLink(instrumentId, instrument, optionsFor, carry.take, result.start);

  const current = currentScreen(page, pages, set, instrument);
  useLayoutEffect(() => {
    if (moved.current) pageHeading.current?.focus();
  }, [current]);
  // From the last screen on, the result's code is fetched while the reader answers.
  useEffect(() => {
    if (mounted && current >= pages.length - 1) result.start();
  }, [mounted, current]);

  const total = answersNeeded(instrument);
  const answered = answeredIn(set, instrument);
  const go = (n: number) => {
    moved.current = true;
    st.$page.set(Math.max(0, Math.min(n, pages.length)));
  };
  // Updates read the store, not this render's copy: quick keyboard input can fire several changes
  // before the next render, and each must build on the one before.
  const unflag = (id: string) => flagged.includes(id) && setFlagged(flagged.filter((f) => f !== id));
  const answer = (id: string, value: number) => {
    st.$answers.set(withAnswer(st.$answers.get(), id, value));
    unflag(id);
  };
  const choose = (id: string, option: string | null) => {
    st.$answers.set(withChoice(st.$answers.get(), id, option, instrument, optionsFor));
    unflag(id);
  };
  const finish = () => {
    const f = finishAnswers(st.$answers.get(), instrument);
    if (f.ok) {
      setFlagged([]);
      return go(pages.length);
    }
    setFlagged(f.missing);
    moved.current = false;
    st.$page.set(screenOf(pages, f.missing[0]!));
    setTimeout(() => document.querySelector<HTMLInputElement>(`#${questionName(f.missing[0]!)} input`)?.focus(), 0);
  };
  const reset = () => {
    st.reset();
    setFlagged([]);
    setConfirmReset(false);
    moved.current = true;
  };
  const resetControl = <ResetControl confirming={confirmReset} onAsk={() => setConfirmReset(true)} onCancel={() => setConfirmReset(false)} onConfirm={reset} />;

  const notices = [notice, link.error && `共有リンクを開けませんでした。${link.error}`].filter(Boolean) as string[];

  if (link.shared) {
    return (
      <div class="self-check not-content" data-pagefind-ignore="">
        <div class="widget-banner" role="status">
          <p>共有リンクの結果を表示しています。このブラウザに保存されているあなた自身の回答は変わりません。</p>
          <button type="button" class="widget-button" onClick={link.leave}>
            自分で回答する
          </button>
        </div>
        {result.loaded ? result.loaded.parts.render(link.shared, true, null) : <ResultLoading failed={result.failed} />}
      </div>
    );
  }

  const onResult = current === pages.length;
  return (
    <div class="self-check not-content" data-pagefind-ignore="">
      <WidgetNotices
        trouble={trouble}
        set={set}
        carryCode={answered > 0 ? encodeShareCode(instrumentId, instrument, set, optionsFor) : null}
        carried={carry.carried}
        onCarried={carry.settle}
        onDismissCarried={carry.dismiss}
        otherVersions={otherVersions}
        version={instrument.version}
        onForgetOtherVersions={st.forgetOtherVersions}
        messages={notices}
        fileStem={fileStem}
      />
      {onResult ? (
        result.loaded ? (
          result.loaded.parts.render(
            set,
            false,
            <result.loaded.Actions instrumentId={instrumentId} instrument={instrument} optionsFor={optionsFor} set={set} parts={result.loaded.parts} fileStem={fileStem} shareUrlPrefix={HASH_PREFIX.result} onReview={() => go(pages.length - 1)}>
              {resetControl}
            </result.loaded.Actions>,
          )
        ) : (
          <ResultLoading failed={result.failed} />
        )
      ) : (
        <QuestionScreen instrumentId={instrumentId} instrument={instrument} pages={pages} current={current} set={set} answered={answered} total={total} flagged={flagged} optionsFor={optionsFor} formRef={form} headingRef={pageHeading} onAnswer={answer} onChoose={choose} onGo={go} onFinish={finish}>
          {resetControl}
        </QuestionScreen>
      )}
    </div>
  );
}

