import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { CATALOGUE, dataNames, ID_SETS, select, type DataFileSpec, type DataName, type DataOf, type DataPath } from '../../data/catalogue';
import type { siteSettingsSchema } from '../../schemas/site-settings';
import { svgLogoProblems } from '../settings/svg-logo';
import { chapterLinkProblem } from './chapter-anchors';
import { japaneseIssueMessage } from './issue-messages';
import { readYaml, type YamlSource } from './yaml-source';

/** One thing wrong in a content file, with everything HR needs to find and fix it. */
export interface DataProblem {
  /** Path as given to the checker, e.g. `content/data/measures.yaml`. */
  file: string;
  line: number;
  /** The id of the list entry the problem is in, when there is one, and what such an entry is (施策…). */
  entry?: string;
  noun?: string;
  /** Field inside the entry (or the file), e.g. `reasons[0]`. */
  field?: string;
  message: string;
}

const fieldPath = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('') || undefined;

interface Loaded {
  rel: string;
  source: YamlSource;
  /** Schema output (list files: one per entry, undefined where an entry failed), undefined when the file failed. */
  value: unknown;
  /** Whether the whole file passed; only then are its ids used to check references into it. */
  valid: boolean;
}

/**
 * Validates every data file under `contentDir` without building: YAML syntax, each file's schema, duplicate ids,
 * and every cross-reference between files and into the chapters (`chapter#anchor`). Returns the problems found,
 * in file order; an empty list means the build will accept the data.
 */
export function checkContent(contentDir: string): DataProblem[] {
  const dataDir = join(contentDir, 'data');
  const problems: DataProblem[] = [];
  const loaded = new Map<string, Loaded>();

  const load = (relInData: string, schema: z.ZodType, list: boolean, noun = '項目') => {
    const rel = join(dataDir, relInData);
    if (!existsSync(rel)) {
      problems.push({ file: rel, line: 1, message: 'ファイルがありません' });
      return;
    }
    const read = readYaml(readFileSync(rel, 'utf8'));
    if ('errors' in read) {
      for (const e of read.errors) problems.push({ file: rel, line: e.line, message: e.message });
      return;
    }
    const { source } = read;
    const entryAt = (path: readonly PropertyKey[]) => {
      if (!list || typeof path[0] !== 'number') return undefined;
      const id = (source.data as { id?: unknown }[])[path[0]]?.id;
      return id === undefined ? `${path[0] + 1}件目` : String(id);
    };
    const report = (path: readonly PropertyKey[], message: string) =>
      problems.push({ file: rel, line: source.lineOf(path), entry: entryAt(path), noun, field: fieldPath(list ? path.slice(1) : path), message });

    if (list && !Array.isArray(source.data)) {
      problems.push({ file: rel, line: 1, message: 'このファイルは「- id: …」で始まる項目のリストにしてください' });
      return;
    }
    // List entries are checked one by one, so a good entry's references are still checked beside a bad one.
    let value: unknown;
    let valid = true;
    if (list) {
      value = (source.data as unknown[]).map((entry, i) => {
        const result = schema.safeParse(entry, { error: japaneseIssueMessage });
        if (result.success) return result.data;
        valid = false;
        for (const issue of result.error.issues) report([i, ...issue.path], issue.message);
        return undefined;
      });
      const seen = new Map<string, number>();
      (source.data as { id?: unknown }[]).forEach((entry, i) => {
        const id = entry?.id;
        if (typeof id !== 'string') return;
        if (seen.has(id)) {
          valid = false;
          report([i, 'id'], `id "${id}" は ${seen.get(id)! + 1}件目と重複しています（id は1つずつ違うものにしてください）`);
        } else seen.set(id, i);
      });
    } else {
      const result = schema.safeParse(source.data, { error: japaneseIssueMessage });
      if (result.success) value = result.data;
      else for (const issue of result.error.issues) report(issue.path, issue.message);
      valid = result.success;
    }
    loaded.set(relInData, { rel, source, value, valid });
    return report;
  };

  const reporters = new Map<DataName, (path: readonly PropertyKey[], message: string) => void>();
  for (const name of dataNames) {
    const spec: DataFileSpec = CATALOGUE[name];
    const report = load(spec.file, spec.schema, spec.list, spec.noun);
    if (report) reporters.set(name, report);
  }
  const file = (name: DataName) => loaded.get(CATALOGUE[name].file);

  // Ids that must be unique across entries (a stagnation reason's id across age bands, a step's order).
  for (const name of dataNames) {
    const spec: DataFileSpec = CATALOGUE[name];
    const value = file(name)?.value;
    for (const rule of spec.unique ?? []) {
      const seen = new Map<unknown, (string | number)[]>();
      for (const { path, value: v } of select(value, rule.path)) {
        const first = seen.get(v);
        if (!first) seen.set(v, path);
        else reporters.get(name)?.(path, `${rule.what} "${String(v)}" は ${entryName(value, first)} にもあります（1つずつ違うものにしてください）`);
      }
    }
  }

  // Every reference into another file's ids, where that file could be read whole.
  const idsOf = (set: (typeof ID_SETS)[keyof typeof ID_SETS]) => {
    const source = file(set.file as DataName);
    return source?.valid ? select(source.value, set.path).map((s) => String(s.value)) : undefined;
  };
  for (const name of dataNames) {
    const spec: DataFileSpec = CATALOGUE[name];
    const value = file(name)?.value;
    const report = reporters.get(name);
    if (!report || value === undefined) continue;
    for (const ref of spec.references ?? []) {
      const set = ID_SETS[ref.to];
      const ids = idsOf(set);
      if (!ids) continue;
      const allowed = [...ids, ...(ref.alsoAllowed ?? [])];
      for (const { path, value: v } of select(value, ref.path)) {
        if (v === undefined || allowed.includes(String(v))) continue;
        report(path, `${set.what} "${String(v)}" は ${join(dataDir, CATALOGUE[set.file as DataName].file)}${'within' in set ? set.within : ''} にありません（書けるのは: ${allowed.join(' / ')}）`);
      }
    }
  }

  // Answers a measure requires or excludes must be on the self-check's scale (the items are references above).
  const measures = file('measures')?.value as (DataOf<'measures'>[number] | undefined)[] | undefined;
  const selfInstrument = file('instruments/self-check')?.value as DataOf<'instruments/self-check'> | undefined;
  const points = selfInstrument?.scale.labels.length;
  measures?.forEach((m, i) => {
    for (const key of ['requires', 'excludes'] as const) {
      for (const [item, values] of Object.entries(m?.[key] ?? {})) {
        values.forEach((v, j) => {
          if (points && v > points) reporters.get('measures')?.([i, key, item, j], `答え ${v} は 1〜${points} の範囲にありません`);
        });
      }
    }
  });
  // A reason the person chooses must always bring a measure they can act on, whatever else they answered.
  const ageBands = file('age-bands')?.valid ? (file('age-bands')!.value as DataOf<'age-bands'>) : undefined;
  if (measures && ageBands) {
    ageBands.forEach((band, b) =>
      band.reasons.forEach((r, k) => {
        const fits = measures.some((m) => m && m.reasons.includes(r.id) && m.ageBands.includes(band.id) && (m.action === 'self' || (m.action === 'consult' && m.ask)) && !Object.keys(m.requires).length && !Object.keys(m.excludes).length);
        if (!fits) reporters.get('age-bands')?.([b, 'reasons', k, 'id'], `停滞理由 "${r.id}" を選んだ人に示せる施策が measures.yaml にありません。action: self か ask のある consult の施策を、requires と excludes なしで加えてください`);
      }),
    );
  }

  // The logo is a file the build imports: it must be there.
  const site = file('site-settings')?.value as z.output<typeof siteSettingsSchema> | undefined;
  if (site?.organisation.logo && !existsSync(join(contentDir, site.organisation.logo))) {
    reporters.get('site-settings')?.(['organisation', 'logo'], `画像 "${join(contentDir, site.organisation.logo)}" がありません（content/ からの相対パスで書いてください）`);
  } else if (site?.organisation.logo && /\.svg$/i.test(site.organisation.logo)) {
    // An SVG opened from the site runs its scripts there: a logo with anything active is refused.
    const reasons = svgLogoProblems(readFileSync(join(contentDir, site.organisation.logo), 'utf8'));
    if (reasons.length > 0) {
      reporters.get('site-settings')?.(
        ['organisation', 'logo'],
        `ロゴの SVG "${join(contentDir, site.organisation.logo)}" に、${reasons.join('・')}が含まれています。ロゴには使えません（取り除くか、PNG にしてください）`,
      );
    }
  }

  // Every `link` field, in any data file, must reach a chapter and one of its heading ids.
  const chaptersDir = join(contentDir, 'chapters');
  const anchorCache = new Map<string, Set<string> | null>();
  for (const name of dataNames) {
    const value = file(name)?.value;
    const report = reporters.get(name);
    if (!value || !report) continue;
    walkLinks(value, [], (path, link) => {
      const problem = chapterLinkProblem(chaptersDir, link, anchorCache);
      if (problem?.kind === 'chapter') report(path, `章 "${problem.slug}" がありません（${chaptersDir} の下のファイル名を「フォルダ/ファイル名」で書いてください）`);
      if (problem?.kind === 'anchor') report(path, `章 "${problem.slug}" に見出し id "#${problem.anchor}" がありません（ある id: ${problem.known.join(' / ') || 'なし'}）`);
    });
  }
  return problems;
}

/** Calls `visit` for every string under a key named `link` (or in a `links` list), at any depth. */
function walkLinks(value: unknown, path: PropertyKey[], visit: (path: PropertyKey[], link: string) => void) {
  if (Array.isArray(value)) value.forEach((v, i) => walkLinks(v, [...path, i], visit));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'link' && typeof v === 'string') visit([...path, k], v);
      else if (k === 'links' && Array.isArray(v)) v.forEach((l, i) => typeof l === 'string' && visit([...path, k, i], l));
      else walkLinks(v, [...path, k], visit);
    }
  }
}

/** One line per problem: `file:line 施策 "id" の field: message`. */
export function formatProblem(p: DataProblem): string {
  const where = [p.entry ? `${p.noun ?? '項目'} "${p.entry}"` : '', p.field ? `${p.entry ? 'の ' : ''}${p.field}` : ''].join(' ').trim();
  return `${p.file}:${p.line}${where ? ` ${where}` : ''}: ${p.message}`;
}

/** The whole report, as the build and `npm run check:data` print it. */
export function formatProblems(problems: readonly DataProblem[]): string {
  return [`データファイルに ${problems.length} 件の問題があります。直してからもう一度ビルドしてください。`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

/** How the check names the entry a path starts in: its id in a list file, else the path. */
function entryName(data: unknown, path: DataPath): string {
  const id = Array.isArray(data) && typeof path[0] === 'number' ? (data[path[0]] as { id?: unknown } | undefined)?.id : undefined;
  return id !== undefined ? `"${String(id)}"` : path.join('.');
}
