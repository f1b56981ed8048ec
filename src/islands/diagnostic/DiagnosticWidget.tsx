import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { emptyAnswerSet, unanswered, type AnswerSet } from '../../lib/answers';
import { formAnswers } from '../../lib/form-answers';
import type { Option } from '../../lib/choice-options';
import { decodeShareCode, encodeShareCode } from '../../lib/share-code';
import type { Instrument } from '../../schemas/instrument';
import { $storageTrouble } from '../../stores/storage';
import type { OtherVersionAnswers } from '../../stores/answer-store';
import { questionnaireStore } from '../../stores/questionnaire';
import { downloadText } from '../download';
import { StorageTroubleBanner } from '../StorageTroubleBanner';
import { CarriedAnswers, type Carried } from './CarriedAnswers';
import { Questions } from './Questions';
import type { ResultParts } from './result-parts';
import { screens } from './screens';

export interface DiagnosticProps {
  instrumentId: string;
  instrument: Instrument;
  optionsFor: (questionId: string, choices: Record<string, string[]>) => Option[];
  /** Imports the result view and exports (a dynamic import); called when the result is near. */
  loadResult: () => Promise<ResultParts>;
  /** File name stem for exports, e.g. co-self-check-result. */
  fileStem: string;
}

const SHARE_PREFIX = '#r=';
/** Answers handed from an embed that cannot save to the tool's own page, to go on with there (not a result). */
const CARRY_PREFIX = '#a=';

const decodeHashText = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // the decoder reports it
  }
};

/** What the result needs, loaded together: the diagnostic's view and exports, the actions under it. */
interface LoadedResult {
  parts: ResultParts;
  Actions: typeof import('./ResultActions').ResultActions;
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
    takeCarried();
    if (form.current) {
      const marked = [...form.current.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].filter((r) => !r.defaultChecked).map((r): [string, string] => [r.name, r.value]);
      const early = formAnswers(marked, instrument, optionsFor, st.$answers.get().choices);
      for (const [id, value] of Object.entries(early.answers)) answer(id, value);
      for (const [id, option] of Object.entries(early.choices)) choose(id, option);
    }
    setMounted(true);
  }, []);
  const [carried, setCarried] = useState<Carried | null>(null);
  const pendingCarry = useRef<AnswerSet | null>(null);
  const set = mounted ? storedSet : emptyAnswerSet(instrumentId, instrument.version);
  const page = mounted ? storedPage : 0;
  const notice = useStore(st.$notice);
  // Like the answers, storage messages appear only after hydration: the server rendered none.
  const storedTrouble = useStore($storageTrouble);
  const storedOthers = useStore(st.$otherVersions);
  const trouble = mounted ? storedTrouble : null;
  const otherVersions = mounted ? storedOthers : [];
  const pages = useMemo(() => screens(instrument), [instrument]);
  const [shared, setShared] = useState<AnswerSet | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [flagged, setFlagged] = useState<string[]>([]);
  const [confirmReset, setConfirmReset] = useState(false);
  const [loaded, setLoaded] = useState<LoadedResult | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const loading = useRef<Promise<LoadedResult> | null>(null);
  const load = () =>
    (loading.current ??= Promise.all([loadResult(), import('./ResultActions')]).then(
      ([parts, m]) => {
        const result = { parts, Actions: m.ResultActions };
        setLoaded(result);
        return result;
      },
      (e: unknown) => {
        // A later attempt (a reload of the page) may succeed; this one says so in the result's place.
        loading.current = null;
        setLoadFailed(true);
        throw e;
      },
    ));
  const pageHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // A share link in the hash shows that result without touching the reader's own saved answers.
  useEffect(() => {
    const read = () => {
      // Carried answers pasted into a tab that already shows this page arrive as a hash change, not a load.
      if (location.hash.startsWith(CARRY_PREFIX)) takeCarried();
      if (!location.hash.startsWith(SHARE_PREFIX)) {
        setShared(null);
        return;
      }
      const code = decodeHashText(location.hash.slice(SHARE_PREFIX.length));
      void load().catch(() => undefined);
      const r = decodeShareCode(code, instrumentId, instrument, optionsFor);
      const missing = r.ok ? unanswered(r.value, instrument).length : 0;
      if (r.ok && missing === 0) {
        setShared(r.value);
        setLinkError(null);
      } else if (r.ok) {
        // A result from part of the answers would look like a real one; it is not shown.
        setShared(null);
        setLinkError(`共有リンクの回答が揃っていません（未回答が${missing}問）。全部の設問に答えた結果のリンクを送ってもらってください。`);
      } else {
        setShared(null);
        setLinkError(r.message);
      }
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  /** The screen that asks the question with this id (the first screen if none does). */
  const screenOf = (id: string) => Math.max(0, pages.findIndex((p) => p.items.some((i) => i.id === id) || p.choices.some((c) => c.id === id)));
  const left = unanswered(set, instrument);
  // A result needs every answer: a page index at or past the end (a corrupted or edited store) with answers
  // missing goes back to the first unanswered question instead of showing a result of part of them.
  const firstMissing = left.length ? screenOf(left[0]!) : pages.length;
  const current = page >= pages.length ? firstMissing : Math.max(0, page);
  useLayoutEffect(() => {
    if (moved.current) pageHeading.current?.focus();
  }, [current]);
  // From the last screen on, the result's code is fetched while the reader answers.
  useEffect(() => {
    if (mounted && current >= pages.length - 1) void load().catch(() => undefined);
  }, [mounted, current]);

  const total = instrument.items.length + instrument.choices.filter((c) => !c.optional).length;
  const answeredIn = (s: AnswerSet) => total - unanswered(s, instrument).length;
  // Answers carried over from an embed: taken in at once when nothing is saved here, otherwise the reader chooses.
  // The code leaves the address bar straight away, so it is neither kept in the history nor taken again on reload.
  const adoptCarried = (value: AnswerSet) => {
    const missing = unanswered(value, instrument);
    st.$answers.set(value);
    st.$page.set(missing.length ? screenOf(missing[0]!) : pages.length - 1);
  };
  const takeCarried = () => {
    if (!location.hash.startsWith(CARRY_PREFIX)) return;
    const code = decodeHashText(location.hash.slice(CARRY_PREFIX.length));
    history.replaceState(null, '', location.pathname + location.search);
    const r = decodeShareCode(code, instrumentId, instrument, optionsFor);
    if (!r.ok) return setCarried({ kind: 'unreadable' });
    const saved = answeredIn(st.$answers.get());
    if (saved === 0) {
      adoptCarried(r.value);
      setCarried({ kind: 'taken', count: answeredIn(r.value) });
    } else {
      pendingCarry.current = r.value;
      setCarried({ kind: 'ask', count: answeredIn(r.value), saved });
    }
  };
  const settleCarried = (use: boolean) => {
    if (use && pendingCarry.current) adoptCarried(pendingCarry.current);
    pendingCarry.current = null;
    moved.current = true;
    setCarried(null);
  };

  const go = (n: number) => {
    moved.current = true;
    st.$page.set(Math.max(0, Math.min(n, pages.length)));
  };
  // Updates read the store, not this render's copy: quick keyboard input can fire several changes
  // before the next render, and each must build on the one before.
  const answer = (id: string, value: number) => {
    const latest = st.$answers.get();
    st.$answers.set({ ...latest, answers: { ...latest.answers, [id]: value } });
    if (flagged.includes(id)) setFlagged(flagged.filter((f) => f !== id));
  };
  const choose = (id: string, option: string | null) => {
    const latest = st.$answers.get();
    const choices = { ...latest.choices };
    if (option === null) delete choices[id];
    else choices[id] = [option];
    // A new age band makes the previous band's reason meaningless.
    for (const q of instrument.choices) {
      if (q.dependsOn === id && choices[q.id]?.some((c) => !optionsFor(q.id, choices).some((o) => o.id === c))) delete choices[q.id];
    }
    st.$answers.set({ ...latest, choices });
    if (flagged.includes(id)) setFlagged(flagged.filter((f) => f !== id));
  };
  const finish = () => {
    const missing = unanswered(st.$answers.get(), instrument);
    if (missing.length === 0) {
      setFlagged([]);
      go(pages.length);
      return;
    }
    setFlagged(missing);
    moved.current = false;
    st.$page.set(screenOf(missing[0]!));
    setTimeout(() => document.querySelector<HTMLInputElement>(`#q-${missing[0]} input`)?.focus(), 0);
  };
  const leaveShared = () => {
    history.replaceState(null, '', location.pathname + location.search);
    setShared(null);
  };
  const reset = () => {
    st.reset();
    setFlagged([]);
    setConfirmReset(false);
    moved.current = true;
  };

  const notices = [notice, linkError && `共有リンクを開けませんでした。${linkError}`].filter(Boolean) as string[];
  const saveAnswers = () => downloadText(`${fileStem}-answers.json`, answersToJson(st.$answers.get()), 'application/json');

  if (shared) {
    return (
      <div class="self-check not-content" data-pagefind-ignore="">
        <div class="widget-banner" role="status">
          <p>共有リンクの結果を表示しています。このブラウザに保存されているあなた自身の回答は変わりません。</p>
          <button type="button" class="widget-button" onClick={leaveShared}>
            自分で回答する
          </button>
        </div>
        {loaded ? loaded.parts.render(shared, true, null) : <ResultLoading failed={loadFailed} />}
      </div>
    );
  }

  const onResult = current === pages.length;
  return (
    <div class="self-check not-content" data-pagefind-ignore="">
      {trouble && (
        <StorageTroubleBanner trouble={trouble} thing="回答" keep="「回答をJSONで保存」で、ここまでの回答をファイルに残せます。" carry={answeredIn(set) > 0 ? CARRY_PREFIX + encodeShareCode(instrumentId, instrument, set, optionsFor) : undefined}>
          <button type="button" class="widget-button" onClick={saveAnswers}>
            回答をJSONで保存
          </button>
        </StorageTroubleBanner>
      )}
      {carried && <CarriedAnswers carried={carried} onUseCarried={() => settleCarried(true)} onKeepSaved={() => settleCarried(false)} onDismiss={() => setCarried(null)} />}
      {otherVersions.length > 0 && <OtherVersions versions={otherVersions} current={instrument.version} fileStem={fileStem} onForget={st.forgetOtherVersions} />}
      {notices.map((n) => (
        <div class="widget-banner is-error" role="alert" key={n}>
          <p>{n}</p>
        </div>
      ))}
      {onResult ? (
        loaded ? (
          loaded.parts.render(
            set,
            false,
            <loaded.Actions instrumentId={instrumentId} instrument={instrument} optionsFor={optionsFor} set={set} parts={loaded.parts} fileStem={fileStem} shareUrlPrefix={SHARE_PREFIX} onReview={() => go(pages.length - 1)}>
              <ResetControl confirming={confirmReset} onAsk={() => setConfirmReset(true)} onCancel={() => setConfirmReset(false)} onConfirm={reset} />
            </loaded.Actions>,
          )
        ) : (
          <ResultLoading failed={loadFailed} />
        )
      ) : (
        <form class="questionnaire" ref={form} onSubmit={(e) => e.preventDefault()} aria-labelledby="page-heading">
          <div class="progress">
            <label for={`${instrumentId}-progress`}>回答の進み具合</label>
            <progress id={`${instrumentId}-progress`} max={total} value={total - left.length} />
            <p class="progress-text" aria-live="polite">
              {total}問中 {total - left.length}問に回答済み
            </p>
          </div>
          <h2 id="page-heading" ref={pageHeading} tabIndex={-1}>
            {pages.length}ページ中 {current + 1}ページ目
          </h2>
          {flagged.length > 0 && (
            <div class="widget-banner is-error" role="alert">
              <p>まだ答えていない設問が {flagged.length} 問あります。印のついた設問に答えてから、もう一度「結果を見る」を押してください。</p>
            </div>
          )}
          <Questions instrument={instrument} screen={pages[current]!} set={set} optionsFor={optionsFor} flagged={flagged} onAnswer={answer} onChoose={choose} />
          <div class="button-row nav-row">
            <button type="button" class="widget-button is-secondary" onClick={() => go(current - 1)} disabled={current === 0}>
              前へ
            </button>
            {current < pages.length - 1 ? (
              <button type="button" class="widget-button" onClick={() => go(current + 1)}>
                次へ
              </button>
            ) : (
              <button type="button" class="widget-button" onClick={finish}>
                結果を見る
              </button>
            )}
          </div>
          <ResetControl confirming={confirmReset} onAsk={() => setConfirmReset(true)} onCancel={() => setConfirmReset(false)} onConfirm={reset} />
        </form>
      )}
    </div>
  );
}

/** The answers as they are, for keeping in a file when the browser cannot save them. */
const answersToJson = (set: AnswerSet) => JSON.stringify({ ...set, savedAt: new Date().toISOString() }, null, 2);

function OtherVersions({ versions, current, fileStem, onForget }: { versions: OtherVersionAnswers[]; current: number; fileStem: string; onForget: () => void }) {
  const newer = versions.filter((v) => v.version > current);
  const save = (v: OtherVersionAnswers) => {
    let text = v.text;
    try {
      text = JSON.stringify(JSON.parse(v.text), null, 2);
    } catch {
      /* kept exactly as stored */
    }
    downloadText(`${fileStem}-v${v.version}-answers.json`, text, 'application/json');
  };
  return (
    <div class="widget-banner" role="status" data-testid="other-versions">
      <div>
        {newer.length === versions.length ? (
          <p>
            このブラウザには、このサイトの新しい版（第{newer.map((v) => v.version).join('・')}版の設問）で保存した回答があります。このページの設問は第{current}版のため、その回答は使えません。消さずに残してあるので、ファイルにも保存できます。
          </p>
        ) : (
          <p>
            設問が変わりました。このブラウザに保存されている回答は第{versions.map((v) => v.version).join('・')}版の設問へのもので、今の設問（第{current}版）とは合わないため、結果には使えません。お手数ですが、今の設問に答え直してください。以前の回答はファイルに保存できます。
          </p>
        )}
        <div class="button-row">
          {versions.map((v) => (
            <button type="button" class="widget-button is-secondary" key={v.version} onClick={() => save(v)}>
              第{v.version}版の回答をJSONで保存
            </button>
          ))}
          <button type="button" class="widget-link-button" onClick={onForget}>
            第{versions.map((v) => v.version).join('・')}版の回答を消す
          </button>
        </div>
      </div>
    </div>
  );
}

/** Shown in the result's place while its code is still on the way, or if it could not be loaded. */
function ResultLoading({ failed }: { failed: boolean }) {
  return failed ? (
    <div class="widget-banner is-error" role="alert">
      <p>結果の表示に必要なファイルを読み込めませんでした。回答はこのブラウザに残っています。ページを再読み込みしてください。</p>
    </div>
  ) : (
    <p class="widget-note" role="status">
      結果を準備しています…
    </p>
  );
}

function ResetControl({ confirming, onAsk, onCancel, onConfirm }: { confirming: boolean; onAsk: () => void; onCancel: () => void; onConfirm: () => void }) {
  if (!confirming) {
    return (
      <p class="reset-row">
        <button type="button" class="widget-link-button" onClick={onAsk}>
          最初からやり直す
        </button>
      </p>
    );
  }
  return (
    <div class="reset-row widget-card" role="group" aria-label="回答の消去の確認">
      <p>このブラウザに保存した回答をすべて消して、最初からやり直しますか。</p>
      <div class="button-row">
        <button type="button" class="widget-button is-danger" onClick={onConfirm}>
          回答を消してやり直す
        </button>
        <button type="button" class="widget-button is-secondary" onClick={onCancel}>
          やめる
        </button>
      </div>
    </div>
  );
}
