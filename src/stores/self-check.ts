/** The employee self-check's state: the persisted answers and the page the reader is on. */
import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import { checkAnswerSet } from '../lib/answers';
import { optionsResolver, type SelfCheckData } from '../lib/self-check/engine';
import { createAnswerStore, type AnswerStore } from './answer-store';

export interface SelfCheckStore extends AnswerStore {
  /** 0…pages-1 for the questions; `pages` itself means the result is shown. */
  $page: WritableAtom<number>;
}

let store: SelfCheckStore | undefined;

/** One store per page load, shared by every island that shows the self-check (nanostores cross islands). */
export function selfCheckStore(data: SelfCheckData): SelfCheckStore {
  if (store) return store;
  const resolve = optionsResolver(data);
  const optionIds = (q: string, choices: Record<string, string[]>) => resolve(q, choices).map((o) => o.id);
  const answers = createAnswerStore(data.instrumentId, data.instrument.version, (raw) => checkAnswerSet(raw, data.instrumentId, data.instrument, optionIds));
  const $page = persistentAtom<number>(`co-guide:${data.instrumentId}:v${data.instrument.version}:page`, 0, {
    encode: String,
    decode: (t) => (/^\d{1,2}$/.test(t) ? Number(t) : 0),
  });
  store = {
    ...answers,
    $page,
    reset() {
      answers.reset();
      $page.set(0);
    },
  };
  return store;
}
