import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { ageBandSchema } from '../../schemas/age-band';
import { fudoGroupSchema } from '../../schemas/fudo-group';
import { instrumentSchema } from '../../schemas/instrument';
import { matrixSchema } from '../../schemas/matrix';
import { measureSchema } from '../../schemas/measure';
import { orgCheckRulesSchema } from '../../schemas/org-check-rules';
import { penetrationStepSchema } from '../../schemas/penetration-step';
import { selfCheckRulesSchema } from '../../schemas/self-check-rules';
import { talkSheetSchema } from '../../schemas/talk-sheet';
import { siteSettingsSchema } from '../../schemas/site-settings';
import { gapMappingSchema } from '../../schemas/gap-mapping';
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

/** The data files the build reads. `list` files are `- id: …` entries; the others are one object. */
const DATA_FILES = [
  { file: 'measures.yaml', schema: measureSchema, list: true, noun: '施策' },
  { file: 'age-bands.yaml', schema: ageBandSchema, list: true, noun: '年代' },
  { file: 'fudo-groups.yaml', schema: fudoGroupSchema, list: true, noun: '不動層のグループ' },
  { file: 'penetration-steps.yaml', schema: penetrationStepSchema, list: true, noun: '浸透ステップ' },
  { file: 'self-check-rules.yaml', schema: selfCheckRulesSchema, list: false },
  { file: 'org-check-rules.yaml', schema: orgCheckRulesSchema, list: false },
  { file: 'matrix.yaml', schema: matrixSchema, list: false },
  { file: 'talk-sheets.yaml', schema: talkSheetSchema, list: true, noun: '面談シート' },
  { file: 'site-settings.yaml', schema: siteSettingsSchema, list: false },
  { file: 'gap-mapping.yaml', schema: gapMappingSchema, list: false },
] as const;

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

  const reporters = new Map<string, (path: readonly PropertyKey[], message: string) => void>();
  for (const spec of DATA_FILES) {
    const report = load(spec.file, spec.schema, spec.list, 'noun' in spec ? spec.noun : undefined);
    if (report) reporters.set(spec.file, report);
  }
  const instrumentsDir = join(dataDir, 'instruments');
  const instrumentFiles = existsSync(instrumentsDir) ? readdirSync(instrumentsDir).filter((f) => f.endsWith('.yaml')).sort() : [];
  for (const f of instrumentFiles) {
    const report = load(`instruments/${f}`, instrumentSchema, false);
    if (report) reporters.set(`instruments/${f}`, report);
  }

  const valueOf = <T>(file: string) => loaded.get(file)?.value as T | undefined;
  /** A list file's entries, only when every one is valid (references into it are checked against these). */
  const validList = <T>(file: string) => (loaded.get(file)?.valid ? (loaded.get(file)!.value as T[]) : undefined);
  const measures = valueOf<(z.output<typeof measureSchema> | undefined)[]>('measures.yaml');
  const ageBands = validList<z.output<typeof ageBandSchema>>('age-bands.yaml');
  const fudoGroups = validList<z.output<typeof fudoGroupSchema>>('fudo-groups.yaml');
  const steps = validList<z.output<typeof penetrationStepSchema>>('penetration-steps.yaml');
  const selfRules = valueOf<z.output<typeof selfCheckRulesSchema>>('self-check-rules.yaml');
  const orgRules = valueOf<z.output<typeof orgCheckRulesSchema>>('org-check-rules.yaml');
  const selfInstrument = valueOf<z.output<typeof instrumentSchema>>('instruments/self-check.yaml');
  const orgInstrument = valueOf<z.output<typeof instrumentSchema>>('instruments/org-check.yaml');

  /** Reports `value` when it is missing from `known` (when both files could be read). */
  const ref = (file: string, path: readonly PropertyKey[], value: string, known: readonly string[] | undefined, what: string, where: string) => {
    const report = reporters.get(file);
    if (report && known && !known.includes(value)) report(path, `${what} "${value}" は ${where} にありません（書けるのは: ${known.join(' / ')}）`);
  };
  const refs = (file: string, path: readonly PropertyKey[], values: readonly string[], known: readonly string[] | undefined, what: string, where: string) =>
    values.forEach((v, i) => ref(file, [...path, i], v, known, what, where));

  const reasonIds = ageBands?.flatMap((b) => b.reasons.map((r) => r.id));
  const stepIds = steps?.map((s) => s.id);
  const bandIds = ageBands?.map((b) => b.id);
  const groupIds = fudoGroups?.map((g) => g.id);
  const ageBandsFile = join(dataDir, 'age-bands.yaml');
  const stepsFile = join(dataDir, 'penetration-steps.yaml');

  // Stagnation reasons are referred to by id alone, so they must be unique across all age bands.
  if (ageBands) {
    const seen = new Map<string, string>();
    ageBands.forEach((band, b) =>
      band.reasons.forEach((r, i) => {
        if (seen.has(r.id)) reporters.get('age-bands.yaml')?.([b, 'reasons', i, 'id'], `停滞理由の id "${r.id}" は年代 "${seen.get(r.id)}" にもあります（年代をまたいでも1つずつ違う id にしてください）`);
        else seen.set(r.id, band.id);
      }),
    );
  }
  if (steps) {
    const seen = new Map<number, string>();
    steps.forEach((s, i) => {
      if (seen.has(s.order)) reporters.get('penetration-steps.yaml')?.([i, 'order'], `order ${s.order} は "${seen.get(s.order)}" と重なっています`);
      else seen.set(s.order, s.id);
    });
  }

  measures?.forEach((m, i) => {
    if (!m) return;
    refs('measures.yaml', [i, 'reasons'], m.reasons, reasonIds, '停滞理由', ageBandsFile);
    refs('measures.yaml', [i, 'stages'], m.stages, stepIds, '浸透ステップ', stepsFile);
    refs('measures.yaml', [i, 'ageBands'], m.ageBands, bandIds, '年代', ageBandsFile);
    refs('measures.yaml', [i, 'groups'], m.groups, groupIds, '不動層のグループ', join(dataDir, 'fudo-groups.yaml'));
  });

  // Item answers a measure requires or excludes must name self-check items and answers on its scale.
  const selfItems = selfInstrument?.items.map((i) => i.id);
  const selfPoints = selfInstrument?.scale.labels.length;
  const selfFile = join(dataDir, 'instruments/self-check.yaml');
  measures?.forEach((m, i) => {
    if (!m) return;
    for (const key of ['requires', 'excludes'] as const) {
      for (const [item, values] of Object.entries(m[key])) {
        ref('measures.yaml', [i, key, item], item, selfItems, '設問', selfFile);
        values.forEach((v, j) => {
          if (selfPoints && v > selfPoints) reporters.get('measures.yaml')?.([i, key, item, j], `答え ${v} は 1〜${selfPoints} の範囲にありません`);
        });
      }
    }
  });
  // A reason the person chooses must always bring a measure they can act on, whatever else they answered.
  if (measures && ageBands) {
    for (const band of ageBands) {
      for (const r of band.reasons) {
        const fits = measures.some((m) => m && m.reasons.includes(r.id) && m.ageBands.includes(band.id) && (m.action === 'self' || (m.action === 'consult' && m.ask)) && !Object.keys(m.requires).length && !Object.keys(m.excludes).length);
        if (!fits) reporters.get('age-bands.yaml')?.([ageBands.indexOf(band), 'reasons', band.reasons.indexOf(r), 'id'], `停滞理由 "${r.id}" を選んだ人に示せる施策が measures.yaml にありません。action: self か ask のある consult の施策を、requires と excludes なしで加えてください`);
      }
    }
  }

  if (selfRules) {
    const dims = selfInstrument?.dimensions.map((d) => d.id);
    const where = join(dataDir, 'instruments/self-check.yaml') + ' の dimensions';
    refs('self-check-rules.yaml', ['taigenDo', 'dimensions'], selfRules.taigenDo.dimensions, dims, '観点', where);
    selfRules.faces.forEach((f, i) => ref('self-check-rules.yaml', ['faces', i, 'id'], f.id, dims, '観点', where));
    selfRules.groups.forEach((g, i) => refs('self-check-rules.yaml', ['groups', i, 'when'], g.when, dims, '観点', where));
    for (const [reason, dim] of Object.entries(selfRules.reasonDimensions)) {
      ref('self-check-rules.yaml', ['reasonDimensions', reason], reason, reasonIds, '停滞理由', ageBandsFile);
      ref('self-check-rules.yaml', ['reasonDimensions', reason], dim, dims, '観点', where);
    }
  }
  if (orgRules) {
    const dims = orgInstrument?.dimensions.map((d) => d.id);
    // A condition is on one axis, on the mean of all axes (`mean`) or on every axis (`each`).
    const targets = dims && [...dims, 'mean', 'each'];
    orgRules.stages.forEach((s, i) => {
      ref('org-check-rules.yaml', ['stages', i, 'step'], s.step, stepIds, '浸透ステップ', stepsFile);
      s.done.forEach((c, j) => ref('org-check-rules.yaml', ['stages', i, 'done', j, 'of'], c.of, targets, '観点', join(dataDir, 'instruments/org-check.yaml') + ' の dimensions（または mean / each）'));
    });
  }

  // The logo is a file the build imports: it must be there.
  const site = valueOf<z.output<typeof siteSettingsSchema>>('site-settings.yaml');
  if (site?.organisation.logo && !existsSync(join(contentDir, site.organisation.logo))) {
    reporters.get('site-settings.yaml')?.(['organisation', 'logo'], `画像 "${join(contentDir, site.organisation.logo)}" がありません（content/ からの相対パスで書いてください）`);
  }

  // Every `link` field, in any data file, must reach a chapter and one of its heading ids.
  const chaptersDir = join(contentDir, 'chapters');
  const anchorCache = new Map<string, Set<string> | null>();
  for (const [file, { value }] of loaded) {
    const report = reporters.get(file);
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
