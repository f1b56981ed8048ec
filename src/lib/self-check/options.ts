/** The options a self-check choice question offers, given the answers so far (the reasons depend on the age band). */
import type { AgeBandEntry } from '../../schemas/age-band';
import type { Instrument } from '../../schemas/instrument';
import { choiceOptions, type Option } from '../choice-options';

export const optionsResolver = (data: { instrument: Instrument; ageBands: AgeBandEntry[] }) => (questionId: string, choices: Record<string, readonly string[]>): Option[] => {
  const q = data.instrument.choices.find((c) => c.id === questionId);
  return q ? choiceOptions(q, choices, data.ageBands) : [];
};
