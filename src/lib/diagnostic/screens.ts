import type { Instrument } from '../../schemas/instrument';

/** How the questionnaire is split into screens: Likert items in pages of `size`, then the choice questions. */
export interface Screen {
  items: Instrument['items'];
  choices: Instrument['choices'];
}

export function screens(instrument: Instrument, size = 6): Screen[] {
  const out: Screen[] = [];
  for (let i = 0; i < instrument.items.length; i += size) out.push({ items: instrument.items.slice(i, i + size), choices: [] });
  if (instrument.choices.length) out.push({ items: [], choices: instrument.choices });
  return out;
}
