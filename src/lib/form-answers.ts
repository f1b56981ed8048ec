/**
 * Answers marked in the server-rendered questions before the page's script ran. On a slow phone the first screen
 * is on show, and its radio buttons work, a second or more before the widget starts; what the reader marked then
 * (each radio's name `q-<id>` and value) is kept, not wiped when the widget takes over. Anything that is not a known
 * question with a valid value is left out. Pure; no DOM.
 */
import type { Option } from './choice-options';
import type { Instrument } from '../schemas/instrument';
import { isValidAnswer, scalePoints } from './likert';

/** The name of a question's radio buttons and the id of its fieldset in the questionnaire's markup. */
export const questionName = (id: string) => `q-${id}`;
const NAME_PREFIX = questionName('');

export interface FormAnswers {
  /** Likert answers by item id. */
  answers: Record<string, number>;
  /** A choice question's option id by question id; null for 「選ばない」 (an optional question's empty value). */
  choices: Record<string, string | null>;
}

export function formAnswers(
  /** Each radio the reader marked: its name and value. */
  entries: Iterable<[string, string]>,
  instrument: Pick<Instrument, 'items' | 'choices' | 'scale'>,
  optionsFor: (questionId: string, choices: Record<string, string[]>) => Option[],
  /** The choices already made: a question's options can depend on another's answer (the reason on the age band). */
  made: Record<string, string[]> = {},
): FormAnswers {
  const out: FormAnswers = { answers: {}, choices: {} };
  const chosen = { ...made };
  const points = scalePoints(instrument);
  for (const [name, value] of entries) {
    if (!name.startsWith(NAME_PREFIX)) continue;
    const id = name.slice(NAME_PREFIX.length);
    if (instrument.items.some((i) => i.id === id)) {
      const n = Number(value);
      if (/^\d+$/.test(value) && isValidAnswer(n, points)) out.answers[id] = n;
    } else if (instrument.choices.some((c) => c.id === id)) {
      if (value === '') {
        out.choices[id] = null;
        delete chosen[id];
      } else if (optionsFor(id, chosen).some((o) => o.id === value)) {
        out.choices[id] = value;
        chosen[id] = [value];
      }
    }
  }
  return out;
}
