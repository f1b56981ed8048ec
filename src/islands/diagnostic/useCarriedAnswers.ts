import { useRef, useState } from 'preact/hooks';
import type { AnswerSet } from '../../lib/answers';
import { readCarried, screenForCarried, type OptionsFor } from '../../lib/diagnostic/flow';
import type { Screen } from '../../lib/diagnostic/screens';
import { HASH_PREFIX, hashPayload } from '../../lib/hash-payload';
import type { Instrument } from '../../schemas/instrument';
import type { QuestionnaireStore } from '../../stores/questionnaire';
import type { Carried } from './CarriedAnswers';

/**
 * Answers an embed that could not save handed to the tool's own page (`#a=…`): taken in at once when nothing is
 * saved here, otherwise the reader chooses. The code leaves the address bar straight away, so it is neither kept in
 * the history nor taken again on reload.
 */
export function useCarriedAnswers(st: QuestionnaireStore, pages: readonly Screen[], instrumentId: string, instrument: Instrument, optionsFor: OptionsFor, onSettled: () => void) {
  const [carried, setCarried] = useState<Carried | null>(null);
  const pending = useRef<AnswerSet | null>(null);
  const adopt = (value: AnswerSet) => {
    st.$answers.set(value);
    st.$page.set(screenForCarried(value, pages, instrument));
  };
  const take = () => {
    const code = hashPayload(location.hash, HASH_PREFIX.carry);
    if (code === null) return;
    history.replaceState(null, '', location.pathname + location.search);
    const d = readCarried(code, st.$answers.get(), instrumentId, instrument, optionsFor);
    if (d.kind === 'take') adopt(d.set);
    if (d.kind === 'ask') pending.current = d.set;
    setCarried(d.kind === 'unreadable' ? d : d.kind === 'take' ? { kind: 'taken', count: d.count } : { kind: 'ask', count: d.count, saved: d.saved });
  };
  const settle = (use: boolean) => {
    if (use && pending.current) adopt(pending.current);
    pending.current = null;
    onSettled();
    setCarried(null);
  };
  return { carried, take, settle, dismiss: () => setCarried(null) };
}
