/**
 * Every data file under content/data/, listed once. Everything else is derived from this list: the modules
 * `virtual:co-guide/data/<name>` that pages and widgets import (src/integrations/widget-data.ts) and their types,
 * and the data check's files and cross-references (src/lib/data-check/check-content.ts). A new data file is one
 * entry here plus its schema in src/schemas/.
 */
import type { z } from 'astro/zod';
import { ageBandSchema } from '../schemas/age-band';
import { fudoGroupSchema } from '../schemas/fudo-group';
import { gapMappingSchema } from '../schemas/gap-mapping';
import { instrumentSchema } from '../schemas/instrument';
import { matrixSchema } from '../schemas/matrix';
import { measureSchema } from '../schemas/measure';
import { orgCheckRulesSchema } from '../schemas/org-check-rules';
import { penetrationStepSchema } from '../schemas/penetration-step';
import { selfCheckRulesSchema } from '../schemas/self-check-rules';
import { searchSynonymSchema } from '../schemas/search-synonym';
import { siteSettingsSchema } from '../schemas/site-settings';
import { talkSheetSchema } from '../schemas/talk-sheet';
import { teamSentencesSchema } from '../schemas/team-sentence';

/**
 * A path into a file's data. `*` is every element of a list (or every value of a map), `#key` every key of a map.
 * Example: `['*', 'reasons', '*', 'id']` is the id of every reason of every entry.
 */
export type DataPath = readonly (string | number)[];

/** A set of ids that other files refer to, read from one file. */
interface IdSet {
  /** A name in CATALOGUE (a string here: the catalogue's type is built from these sets). */
  file: string;
  path: DataPath;
  /** What such an id names, in the check's messages (停滞理由, 観点…). */
  what: string;
  /** Where the ids are written, when more precise than the file (e.g. ` の dimensions`). */
  within?: string;
}

/** A field whose values must be ids of a set (plus, where given, a few fixed words). */
export interface Reference {
  path: DataPath;
  to: IdSetName;
  alsoAllowed?: readonly string[];
}

export interface DataFileSpec {
  /** Under content/data/. */
  file: string;
  schema: z.ZodType;
  /** A list of `- id: …` entries (kept in file order, ids unique), or one object. */
  list: boolean;
  /** What one entry of a list is, in the check's messages. */
  noun?: string;
  /** The order entries are given in, when it is not the file's. */
  order?: (a: never, b: never) => number;
  /** Ids within the file that must be unique although they sit in different entries. */
  unique?: readonly { path: DataPath; what: string }[];
  references?: readonly Reference[];
  /** False for a file that has a reader of its own (the site settings) and no data module. */
  module?: false;
}

export const ID_SETS = {
  ageBand: { file: 'age-bands', path: ['*', 'id'], what: '年代' },
  reason: { file: 'age-bands', path: ['*', 'reasons', '*', 'id'], what: '停滞理由' },
  fudoGroup: { file: 'fudo-groups', path: ['*', 'id'], what: '不動層のグループ' },
  step: { file: 'penetration-steps', path: ['*', 'id'], what: '浸透ステップ' },
  selfDimension: { file: 'instruments/self-check', path: ['dimensions', '*', 'id'], what: '観点', within: ' の dimensions' },
  orgDimension: { file: 'instruments/org-check', path: ['dimensions', '*', 'id'], what: '観点', within: ' の dimensions' },
  selfItem: { file: 'instruments/self-check', path: ['items', '*', 'id'], what: '設問' },
  gapPair: { file: 'gap-mapping', path: ['pairs', '*', 'id'], what: '組織と社員の軸の組み合わせ', within: ' の pairs' },
} as const satisfies Record<string, IdSet>;
export type IdSetName = keyof typeof ID_SETS;

/** Keyed by module name: `virtual:co-guide/data/<name>`. */
export const CATALOGUE = {
  measures: {
    file: 'measures.yaml',
    schema: measureSchema,
    list: true,
    noun: '施策',
    references: [
      { path: ['*', 'reasons', '*'], to: 'reason' },
      { path: ['*', 'stages', '*'], to: 'step' },
      { path: ['*', 'ageBands', '*'], to: 'ageBand' },
      { path: ['*', 'groups', '*'], to: 'fudoGroup' },
      // Item answers a measure requires or excludes (e.g. no one to consult) name self-check items.
      { path: ['*', 'requires', '#key'], to: 'selfItem' },
      { path: ['*', 'excludes', '#key'], to: 'selfItem' },
    ],
  },
  'age-bands': {
    file: 'age-bands.yaml',
    schema: ageBandSchema,
    list: true,
    noun: '年代',
    // Stagnation reasons are referred to by id alone, so they must be unique across all age bands.
    unique: [{ path: ['*', 'reasons', '*', 'id'], what: '停滞理由の id' }],
  },
  'fudo-groups': { file: 'fudo-groups.yaml', schema: fudoGroupSchema, list: true, noun: '不動層のグループ' },
  'penetration-steps': {
    file: 'penetration-steps.yaml',
    schema: penetrationStepSchema,
    list: true,
    noun: '浸透ステップ',
    order: (a: { order: number }, b: { order: number }) => a.order - b.order,
    unique: [{ path: ['*', 'order'], what: 'order' }],
  },
  'talk-sheets': {
    file: 'talk-sheets.yaml',
    schema: talkSheetSchema,
    list: true,
    noun: '面談シート',
    references: [
      { path: ['*', 'fudoGroup'], to: 'fudoGroup' },
      { path: ['*', 'ageBand'], to: 'ageBand' },
    ],
  },
  'self-check-rules': {
    file: 'self-check-rules.yaml',
    schema: selfCheckRulesSchema,
    list: false,
    references: [
      { path: ['taigenDo', 'dimensions', '*'], to: 'selfDimension' },
      { path: ['faces', '*', 'id'], to: 'selfDimension' },
      { path: ['groups', '*', 'when', '*'], to: 'selfDimension' },
      { path: ['reasonDimensions', '#key'], to: 'reason' },
      { path: ['reasonDimensions', '*'], to: 'selfDimension' },
    ],
  },
  'org-check-rules': {
    file: 'org-check-rules.yaml',
    schema: orgCheckRulesSchema,
    list: false,
    references: [
      { path: ['stages', '*', 'step'], to: 'step' },
      // A condition is on one axis, on the mean of all axes (`mean`) or on every axis (`each`).
      { path: ['stages', '*', 'done', '*', 'of'], to: 'orgDimension', alsoAllowed: ['mean', 'each'] },
    ],
  },
  matrix: { file: 'matrix.yaml', schema: matrixSchema, list: false },
  'gap-mapping': {
    file: 'gap-mapping.yaml',
    schema: gapMappingSchema,
    list: false,
    references: [
      { path: ['pairs', '*', 'org'], to: 'orgDimension' },
      { path: ['pairs', '*', 'people'], to: 'selfDimension' },
    ],
  },
  // Every sentence of the team view that reads its figures, each with its condition (src/lib/team/team-sentences.ts).
  'team-sentences': {
    file: 'team-sentences.yaml',
    schema: teamSentencesSchema,
    list: false,
    references: [{ path: ['sentences', '*', 'when', 'pair', '*'], to: 'gapPair' }],
  },
  'instruments/self-check': { file: 'instruments/self-check.yaml', schema: instrumentSchema, list: false },
  'instruments/org-check': { file: 'instruments/org-check.yaml', schema: instrumentSchema, list: false },
  // The search dialog's synonym groups (src/lib/search/understand-query.ts).
  'search-synonyms': { file: 'search-synonyms.yaml', schema: searchSynonymSchema, list: true, noun: '検索の言い換え' },
  'site-settings': { file: 'site-settings.yaml', schema: siteSettingsSchema, list: false, module: false },
} as const satisfies Record<string, DataFileSpec>;

export type DataName = keyof typeof CATALOGUE;
type Spec<K extends DataName> = (typeof CATALOGUE)[K];
/** What a data module gives: the schema's output, or a list of them. */
export type DataOf<K extends DataName> = Spec<K> extends { list: true } ? z.output<Spec<K>['schema']>[] : z.output<Spec<K>['schema']>;

export const dataNames = Object.keys(CATALOGUE) as DataName[];
/** The files served as modules (all but those with a reader of their own). */
export const moduleNames = dataNames.filter((n) => (CATALOGUE[n] as DataFileSpec).module !== false);

/**
 * Every value at `path` in `data`, with its concrete path. Missing parts yield nothing: a field that is absent is
 * the schema's business, not a reference's.
 */
export function select(data: unknown, path: DataPath, at: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
  if (path.length === 0) return [{ path: at, value: data }];
  const [head, ...rest] = path;
  if (head === '*' || head === '#key') {
    if (Array.isArray(data)) return head === '*' ? data.flatMap((v, i) => select(v, rest, [...at, i])) : [];
    if (data && typeof data === 'object') {
      return Object.entries(data).flatMap(([k, v]) => (head === '*' ? select(v, rest, [...at, k]) : [{ path: [...at, k], value: k }]));
    }
    return [];
  }
  if (data && typeof data === 'object' && head! in data) return select((data as Record<string | number, unknown>)[head!], rest, [...at, head!]);
  return [];
}

/** Reads a data file's parsed YAML as the site uses it: validated, defaults filled in, in the catalogue's order. */
export function readData<K extends DataName>(name: K, parsed: unknown): DataOf<K> {
  const spec: DataFileSpec = CATALOGUE[name];
  if (!spec.list) return spec.schema.parse(parsed) as DataOf<K>;
  if (!Array.isArray(parsed)) throw new Error(`${spec.file}: このデータファイルは「- id: …」で始まる項目のリストにしてください`);
  const entries = parsed.map((entry) => spec.schema.parse(entry) as never);
  return (spec.order ? entries.sort(spec.order) : entries) as DataOf<K>;
}
