import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CATALOGUE, dataNames, ID_SETS, moduleNames, readData, type DataName } from '@/data/catalogue';
import { readDataFile } from '@/data/read-file';
import { dataModuleSource, dataModuleTypes } from '@/integrations/widget-data';

/** The value a data module's source exports, as a browser would get it. */
const valueOf = (source: string) => {
  const m = /^export default JSON\.parse\((".*")\);\n$/s.exec(source);
  if (!m) throw new Error(`unexpected module source: ${source.slice(0, 80)}`);
  return JSON.parse(JSON.parse(m[1]!)) as unknown;
};

describe('data modules from the catalogue', () => {
  it('serve every data file as its schema reads it, list entries in file order', () => {
    for (const name of moduleNames) {
      const file = parse(readFileSync(`content/data/${CATALOGUE[name].file}`, 'utf8')) as unknown;
      expect(valueOf(dataModuleSource(readDataFile('content', name))), name).toEqual(JSON.parse(JSON.stringify(readData(name, file))));
    }
    const ids = (list: { id: string }[]) => list.map((e) => e.id);
    const fileIds = (f: string) => (parse(readFileSync(`content/data/${f}`, 'utf8')) as { id: string }[]).map((e) => e.id);
    expect(ids(readDataFile('content', 'measures'))).toEqual(fileIds('measures.yaml'));
    expect(ids(readDataFile('content', 'age-bands'))).toEqual(fileIds('age-bands.yaml'));
  });

  it('give the 浸透ステップ in their order, whatever the order in the file', () => {
    const steps = parse(readFileSync('content/data/penetration-steps.yaml', 'utf8')) as { order: number }[];
    const orders = readData('penetration-steps', [...steps].reverse()).map((s) => s.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(orders).toHaveLength(steps.length);
  });

  it('name only files of the catalogue as the source of ids that others refer to', () => {
    for (const set of Object.values(ID_SETS)) expect(dataNames).toContain(set.file as DataName);
  });

  it('refuse a list file that is one object, in Japanese', () => {
    expect(() => readData('measures', { id: 'x' })).toThrow('measures.yaml: このデータファイルは「- id: …」で始まる項目のリストにしてください');
  });

  it('declare one typed module per served file, and none for the site settings', () => {
    const types = dataModuleTypes('/x/catalogue.ts');
    for (const name of moduleNames) expect(types).toContain(`declare module 'virtual:co-guide/data/${name}' {\n  const value: import('/x/catalogue').DataOf<'${name}'>;`);
    expect(types).not.toContain('site-settings');
    expect(types.match(/declare module/g)).toHaveLength(moduleNames.length);
  });
});
