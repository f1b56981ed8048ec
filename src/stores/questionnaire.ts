/** State of one questionnaire (answers and the screen the reader is on), persisted per instrument and version. */
import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import { checkAnswerSet } from '../lib/answers';
import type { Option } from '../lib/choice-options';
import type { Instrument } from '../schemas/instrument';
import { createAnswerStore, type AnswerStore } from './answer-store';

export interface QuestionnaireStore extends AnswerStore {
  /** 0…screens-1 for the questions; `screens` itself means the result is shown. */
  $page: WritableAtom<number>;
}

const stores = new Map<string, QuestionnaireStore>();

/** One store per instrument and page load, shared by every island that shows it (nanostores cross islands). */
export function questionnaireStore(instrumentId: string, instrument: Instrument, optionsFor: (q: string, choices: Record<string, string[]>) => Option[]): QuestionnaireStore {
  const key = `${instrumentId}:v${instrument.version}`;
  const existing = stores.get(key);
  if (existing) return existing;
  const optionIds = (q: string, choices: Record<string, string[]>) => optionsFor(q, choices).map((o) => o.id);
  const answers = createAnswerStore(instrumentId, instrument.version, (raw) => checkAnswerSet(raw, instrumentId, instrument, optionIds));
  const $page = persistentAtom<number>(`co-guide:${key}:page`, 0, {
    encode: String,
    decode: (t) => (/^\d{1,2}$/.test(t) ? Number(t) : 0),
  });
  const store: QuestionnaireStore = {
    ...answers,
    $page,
    reset() {
      answers.reset();
      $page.set(0);
    },
  };
  stores.set(key, store);
  return store;
}
