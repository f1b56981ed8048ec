/** Loads what the self-check needs from the content collections (build time only). */
import { getEntry } from 'astro:content';
import { ageBands, fudoGroups, measures } from './collections';
import type { SelfCheckData } from '../lib/self-check/engine';

export async function loadSelfCheckData(): Promise<SelfCheckData> {
  const instrument = await getEntry('instruments', 'self-check');
  const rules = await getEntry('selfCheckRules', 'self-check');
  if (!instrument || !rules) throw new Error('content/data/instruments/self-check.yaml または self-check-rules.yaml が見つかりません');
  return {
    instrumentId: 'self-check',
    instrument: instrument.data,
    rules: rules.data,
    ageBands: await ageBands(),
    fudoGroups: await fudoGroups(),
    measures: await measures(),
  };
}
