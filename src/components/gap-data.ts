/** Loads the face/axis pairs of the gap view and checks them against both instruments (build time only). */
import { getEntry } from 'astro:content';
import type { GapMapping } from '../schemas/gap-mapping';
import type { Instrument } from '../schemas/instrument';

export async function loadGapData(): Promise<{ mapping: GapMapping; org: { instrumentId: string; instrument: Instrument }; people: Instrument }> {
  const mapping = (await getEntry('gapMapping', 'gap'))?.data;
  const org = (await getEntry('instruments', 'org-check'))?.data;
  const people = (await getEntry('instruments', 'self-check'))?.data;
  if (!mapping || !org || !people) throw new Error('content/data/gap-mapping.yaml または診断の設問ファイルが見つかりません');
  mapping.pairs.forEach((p, i) => {
    if (!org.dimensions.some((d) => d.id === p.org)) throw new Error(`content/data/gap-mapping.yaml: pairs[${i}] (${p.id}) の org "${p.org}" は org-check.yaml の dimensions にありません`);
    if (!people.dimensions.some((d) => d.id === p.people)) throw new Error(`content/data/gap-mapping.yaml: pairs[${i}] (${p.id}) の people "${p.people}" は self-check.yaml の dimensions にありません`);
  });
  return { mapping, org: { instrumentId: 'org-check', instrument: org }, people };
}
