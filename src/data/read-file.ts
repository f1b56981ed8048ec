/** Reads a data file from a content folder as the site uses it (build time and tests; Node only). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CATALOGUE, readData, type DataName, type DataOf } from './catalogue';

export const dataFilePath = (contentDir: string, name: DataName) => join(contentDir, 'data', CATALOGUE[name].file);

export const readDataFile = <K extends DataName>(contentDir: string, name: K): DataOf<K> =>
  readData(name, parse(readFileSync(dataFilePath(contentDir, name), 'utf8')));
