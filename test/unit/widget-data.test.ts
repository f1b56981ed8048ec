import { describe, expect, it } from 'vitest';
import { sameData } from '@/components/same-data';
import { WIDGET_DATA, widgetDataModule } from '@/lib/widget-data/read';
import { measures, orgCheckData, selfCheckData } from './support/data';

/** The value a widget data module's source exports. */
const valueOf = (name: string) => {
  const source = widgetDataModule('content', name);
  const m = /^export default JSON\.parse\((".*")\);\n$/s.exec(source);
  if (!m) throw new Error(`unexpected module source: ${source.slice(0, 80)}`);
  return JSON.parse(JSON.parse(m[1]!)) as unknown;
};
/** A list with each entry stamped with its position in the file, as the content collections give it. */
const positioned = <T extends object>(list: T[]) => list.map((e, position) => ({ ...e, position }));

describe('widget data modules', () => {
  it('give the data files as the schemas read them, list entries in file order with their position', () => {
    const self = selfCheckData();
    expect(valueOf('instruments/self-check')).toEqual(self.instrument);
    expect(valueOf('self-check-rules')).toEqual(self.rules);
    expect(valueOf('age-bands')).toEqual(positioned(self.ageBands));
    expect(valueOf('fudo-groups')).toEqual(positioned(self.fudoGroups));
    expect(valueOf('measures')).toEqual(positioned(measures()));
    const org = orgCheckData();
    expect(valueOf('instruments/org-check')).toEqual(org.instrument);
    expect(valueOf('org-check-rules')).toEqual(org.rules);
    expect((valueOf('penetration-steps') as { order: number }[]).map((s) => s.order)).toEqual([...org.steps].map((s) => s.order).sort((a, b) => a - b));
  });

  it('reads every module it names, and refuses a name it does not know', () => {
    for (const name of Object.keys(WIDGET_DATA)) expect(valueOf(name)).toBeTruthy();
    expect(() => widgetDataModule('content', 'nope')).toThrow('unknown widget data module: nope');
  });

  it('stops the build when a module and the collections differ, and not when they agree', () => {
    const self = selfCheckData();
    expect(() => sameData('自己診断', self, JSON.parse(JSON.stringify(self)))).not.toThrow();
    const changed = { ...self, measures: self.measures.slice(1) };
    expect(() => sameData('自己診断', self, changed)).toThrow('自己診断: ウィジェット用のデータモジュール');
  });
});
