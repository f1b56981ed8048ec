/** Loads what the self-check needs from the content collections (build time only). */
import { getCollection, getEntry } from 'astro:content';
import type { SelfCheckData } from '../lib/self-check/engine';

export async function loadSelfCheckData(): Promise<SelfCheckData> {
  const instrument = await getEntry('instruments', 'self-check');
  const rules = await getEntry('selfCheckRules', 'self-check');
  if (!instrument || !rules) throw new Error('content/data/instruments/self-check.yaml または self-check-rules.yaml が見つかりません');
  return {
    instrumentId: 'self-check',
    instrument: instrument.data,
    rules: rules.data,
    ageBands: (await getCollection('ageBands')).map((e) => e.data),
    fudoGroups: (await getCollection('fudoGroups')).map((e) => e.data),
    measures: (await getCollection('measures')).map((e) => e.data),
  };
}
