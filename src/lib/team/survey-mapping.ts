import type { SelfCheckData } from '../self-check/engine';
import { ageValuesToMap, proposedChoices, type AgeValue, type AgeValueChoices } from './age-values';
import { MAX_GROUPS, VALUES_LISTED, type Opened as OpenedFile } from './survey-file';
import { mappingIssues, type ColumnRole } from './survey-import';

/** A survey file as opened by the worker, with its name and the age values HR has placed in bands so far. */
export type OpenedSurvey = Omit<OpenedFile, 'separator'> & { fileName: string; ages: AgeValueChoices };

/** A column's role as the value of its choice in the mapping table. */
export const roleValue = (r: ColumnRole) => (r.kind === 'item' || r.kind === 'choice' ? `${r.kind}:${r.id}` : r.kind);

/** The role a value of the mapping table's choice stands for; anything unknown is 「使わない」. */
export const roleOf = (value: string): ColumnRole => {
  const [kind, id] = value.split(':') as [string, string | undefined];
  if ((kind === 'item' || kind === 'choice') && id) return { kind, id };
  return kind === 'extra' ? { kind: 'extra' } : { kind: 'ignore' };
};

/** A text cut to n characters, with 「…」 where it was cut. */
export const clip = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The column given the age question, or -1. */
export const ageColumnOf = (mapping: readonly ColumnRole[]) => mapping.findIndex((r) => r.kind === 'choice' && r.id === 'age');

/** The bands proposed for the age column's values when a file is opened (none where there is no age column). */
export function proposedAges(opened: Pick<OpenedFile, 'mapping' | 'columns'>, data: Pick<SelfCheckData, 'ageBands'>): AgeValueChoices {
  const age = ageColumnOf(opened.mapping);
  const values = age >= 0 ? opened.columns[age]!.values : null;
  return values ? proposedChoices(ageValuesToMap(values, data)) : {};
}

/** What HR is asked about the mapping: the age values to place in bands, and what stops the file being read. */
export function reviewMapping(opened: OpenedSurvey, data: Pick<SelfCheckData, 'instrument' | 'ageBands'>): { ageValues: AgeValue[]; issues: string[] } {
  const ageColumn = ageColumnOf(opened.mapping);
  const ageFacts = ageColumn >= 0 ? opened.columns[ageColumn]! : null;
  const ageValues = ageFacts?.values ? ageValuesToMap(ageFacts.values, data) : [];
  const issues = [
    ...mappingIssues(opened.mapping, opened.header, data, { tooVaried: opened.columns.map((c) => c.distinct > MAX_GROUPS), maxGroups: MAX_GROUPS, unchosenAges: ageValues.filter((v) => !(v.value in opened.ages)).map((v) => v.value) }),
    ...(ageFacts && !ageFacts.values ? [`${ageColumn + 1}列目「${clip(opened.header[ageColumn] ?? '', 30)}」には値が${VALUES_LISTED}種類より多くあり、年代の列とは思えません。年代の列を選び直してください。`] : []),
  ];
  return { ageValues, issues };
}

/** The opened file with one column's role changed. */
export const withRole = (opened: OpenedSurvey, col: number, value: string): OpenedSurvey => ({ ...opened, mapping: opened.mapping.map((m, i) => (i === col ? roleOf(value) : m)) });

/** The opened file with one age value placed in a band, or taken out of the count (band undefined). */
export function withAgeBand(opened: OpenedSurvey, value: string, band: string | undefined): OpenedSurvey {
  const ages = { ...opened.ages };
  if (band === undefined) delete ages[value];
  else ages[value] = band;
  return { ...opened, ages };
}

/** The bands of the age values HR has placed, as the worker reads them. */
export const chosenAgeBands = (ageValues: readonly AgeValue[], ages: AgeValueChoices): Record<string, string> =>
  Object.fromEntries(ageValues.flatMap((v) => (v.value in ages ? [[v.value, ages[v.value]!]] : [])));

/** How far a step has come, in whole percent. */
export const percentDone = (done: number, total: number) => Math.floor((done / (total || 1)) * 100);
