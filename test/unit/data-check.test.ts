import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type DataProblem } from '@/lib/data-check/check-content';
import { readYaml } from '@/lib/data-check/yaml-source';

const temp = mkdtempSync(join(tmpdir(), 'co-guide-data-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of content/ with one file changed; returns the copy's folder. */
function brokenCopy(file: string, breakIt: (text: string) => string): string {
  const dir = mkdtempSync(join(temp, 'c-'));
  cpSync('content', dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = breakIt(before);
  expect(after, 'the edit must change the file').not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

/** The line (1-based) of the first line of `file` in `dir` matching `pattern`. */
const lineOf = (dir: string, file: string, pattern: RegExp) => readFileSync(join(dir, file), 'utf8').split('\n').findIndex((l) => pattern.test(l)) + 1;

function onlyProblem(dir: string): DataProblem {
  const problems = checkContent(dir);
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0]!;
}

describe('checking the data files without a build', () => {
  it('finds nothing wrong in the real content', () => {
    expect(checkContent('content').map(formatProblem)).toEqual([]);
  });

  it('reports a YAML syntax error with its file and line, in Japanese', () => {
    const dir = brokenCopy('data/measures.yaml', (t) => t.replace('frames: [mieru]', 'frames: [mieru'));
    const p = onlyProblem(dir);
    expect(p.file).toBe(join(dir, 'data/measures.yaml'));
    expect(p.line).toBeGreaterThanOrEqual(lineOf(dir, 'data/measures.yaml', /frames: \[mieru$/));
    expect(p.message).toMatch(/^YAML として読めません/);
  });

  it('names a tab in the indentation, at its line', () => {
    const dir = brokenCopy('data/site-settings.yaml', (t) => t.replace('  name: ""', '\tname: ""'));
    const p = onlyProblem(dir);
    expect([p.line, p.message]).toEqual([lineOf(dir, 'data/site-settings.yaml', /^\tname/), 'YAML として読めません: 字下げにタブが使われています。行頭は半角スペースだけで字下げしてください']);
  });

  it('names a full-width space in the indentation, at its line', () => {
    const dir = brokenCopy('data/measures.yaml', (t) => t.replace('  step: understand', '\u3000step: understand'));
    const p = onlyProblem(dir);
    expect([p.line, p.message]).toEqual([lineOf(dir, 'data/measures.yaml', /^\u3000step/), 'YAML として読めません: 字下げに全角スペースが使われています。行頭は半角スペースだけで字下げしてください']);
  });

  it('names a full-width colon after a key, not a missing bracket, at its line', () => {
    for (const [file, from, to] of [
      ['data/site-settings.yaml', 'hrContact: ""', 'hrContact："人事部"'],
      ['data/site-settings.yaml', '  matrix: true', '  matrix： true'],
      ['data/measures.yaml', 'frames: [mieru]', 'frames： [mieru]'],
    ] as const) {
      const dir = brokenCopy(file, (t) => t.replace(from, to));
      const p = onlyProblem(dir);
      expect([p.line, p.message], to).toEqual([lineOf(dir, file, new RegExp(to.replace(/[[\]]/g, '\\$&'))), 'YAML として読めません: キーの後のコロンが全角（：）です。半角のコロンと空白（: ）にしてください']);
    }
  });

  it('names the one line indented unlike its neighbours, not the line before or after it', () => {
    for (const [file, from, to] of [
      ['data/site-settings.yaml', '  logo: ""', '   logo: ""'],
      ['data/site-settings.yaml', '  name: ""', ' name: ""'],
      ['data/measures.yaml', '  title: 強みと価値観の棚卸しワーク', '   title: 強みと価値観の棚卸しワーク'],
    ] as const) {
      const dir = brokenCopy(file, (t) => t.replace(from, to));
      const p = onlyProblem(dir);
      expect([p.line, p.message], to).toEqual([lineOf(dir, file, new RegExp(`^${to}$`)), 'YAML として読めません: 字下げ（行頭の空白）が前後の行とそろっていません。同じ階層の行と同じ数の半角スペースにしてください']);
    }
  });

  it('puts every indentation slip in the settings file at its own line: each line one space in or out', () => {
    const lines = readFileSync('content/data/site-settings.yaml', 'utf8').split('\n');
    const wrong: string[] = [];
    let reported = 0;
    lines.forEach((line, i) => {
      if (!line.trim() || line.trim().startsWith('#')) return;
      for (const slipped of [` ${line}`, ...(line.startsWith(' ') ? [line.slice(1)] : [])]) {
        const result = readYaml([...lines.slice(0, i), slipped, ...lines.slice(i + 1)].join('\n'));
        if (!('errors' in result)) continue;
        reported++;
        if (result.errors[0]!.line !== i + 1) wrong.push(`line ${i + 1} as "${slipped}": reported at ${result.errors[0]!.line}`);
      }
    });
    expect(wrong).toEqual([]);
    expect(reported).toBeGreaterThan(10);
  });

  it('names file, line, entry and field of a value outside its list, and what it may be', () => {
    const dir = brokenCopy('data/measures.yaml', (t) => t.replace('  step: understand', '  step: someday'));
    const p = onlyProblem(dir);
    expect(p).toMatchObject({ entry: 'young-strength-workshop', field: 'step', line: lineOf(dir, 'data/measures.yaml', /step: someday/) });
    expect(p.message).toBe('次のどれかにしてください: know / understand / deepen / practice（いまは "someday"）');
    expect(formatProblem(p)).toBe(`${dir}/data/measures.yaml:${p.line} 施策 "young-strength-workshop" の step: ${p.message}`);
  });

  it('says when a required field is missing, at the line of its entry', () => {
    const dir = brokenCopy('data/measures.yaml', (t) => t.replace(/^ {2}title: 強みと価値観の棚卸しワーク\n/m, ''));
    const p = onlyProblem(dir);
    expect(p).toMatchObject({ entry: 'young-strength-workshop', field: 'title', line: lineOf(dir, 'data/measures.yaml', /- id: young-strength-workshop/) });
    expect(p.message).toMatch(/^必須の項目がありません/);
  });

  it('fails on a duplicate id instead of letting the later entry replace the earlier', () => {
    const dir = brokenCopy('data/measures.yaml', (t) => t.replace('- id: young-strength-workshop', '- id: young-career-map'));
    const p = onlyProblem(dir);
    const lines = readFileSync(join(dir, 'data/measures.yaml'), 'utf8').split('\n');
    const second = lines.findIndex((l, i) => i + 1 > lineOf(dir, 'data/measures.yaml', /- id: young-career-map/) && l === '- id: young-career-map') + 1;
    expect(p).toMatchObject({ entry: 'young-career-map', field: 'id', line: second });
    expect(p.message).toMatch(/重複/);
  });

  it('fails on a stagnation reason id used in two age bands', () => {
    const dir = brokenCopy('data/age-bands.yaml', (t) => t.replace(/- id: middle-plateau$/m, '- id: young-no-axis'));
    const p = checkContent(dir).find((x) => x.file.endsWith('age-bands.yaml'));
    expect(p).toMatchObject({ entry: 'middle', field: expect.stringMatching(/^reasons\[\d\]\.id$/) });
    expect(p!.message).toMatch(/young-no-axis.*young/);
  });

  it('reports a measure pointing at a stagnation reason that does not exist', () => {
    const dir = brokenCopy('data/measures.yaml', (t) => t.replace('reasons: [young-no-axis]', 'reasons: [young-no-axsi]'));
    const p = onlyProblem(dir);
    expect(p).toMatchObject({ entry: 'young-strength-workshop', field: 'reasons[0]', line: lineOf(dir, 'data/measures.yaml', /young-no-axsi/) });
    expect(p.message).toMatch(/停滞理由 "young-no-axsi" は .*age-bands\.yaml にありません/);
  });

  it('reports a 浸透ステップ that does not exist, from measures and from the organisation rules', () => {
    const dir = brokenCopy('data/org-check-rules.yaml', (t) => t.replace('step: pilot', 'step: pilt'));
    const p = onlyProblem(dir);
    expect(p).toMatchObject({ field: 'stages[2].step', line: lineOf(dir, 'data/org-check-rules.yaml', /step: pilt/) });
    expect(p.message).toMatch(/浸透ステップ "pilt"/);
    const measures = brokenCopy('data/measures.yaml', (t) => t.replace(/stages: \[(\w+)/, 'stages: [nowhere'));
    expect(onlyProblem(measures).message).toMatch(/浸透ステップ "nowhere" は .*penetration-steps\.yaml にありません/);
  });

  it('reports rules that name a stagnation reason the age bands do not have', () => {
    const dir = brokenCopy('data/self-check-rules.yaml', (t) => t.replace('middle-plateau:', 'middle-platau:'));
    const messages = checkContent(dir).map((p) => `${p.field}: ${p.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^reasonDimensions\.middle-platau: 停滞理由 "middle-platau"/));
  });

  it('reports a gap-view pair naming an axis or a face that the questionnaires do not have', () => {
    const dir = brokenCopy('data/gap-mapping.yaml', (t) => t.replace(/^(\s+org:) (\S+)$/m, '$1 nowhere'));
    const p = onlyProblem(dir);
    expect(p).toMatchObject({ field: 'pairs[0].org', line: lineOf(dir, 'data/gap-mapping.yaml', /org: nowhere/) });
    expect(p.message).toMatch(/観点 "nowhere" は .*instruments\/org-check\.yaml の dimensions にありません/);
  });

  it('reports a team sentence for a gap pair that does not exist, and one written with no condition', () => {
    const dir = brokenCopy('data/team-sentences.yaml', (t) => t.replace('when: { pair: [tsunagu], gap: [close] }', 'when: { pair: [tsunogu], gap: [close] }'));
    const p = onlyProblem(dir);
    expect(p).toMatchObject({ line: lineOf(dir, 'data/team-sentences.yaml', /pair: \[tsunogu\]/) });
    expect(p.message).toMatch(/組織と社員の軸の組み合わせ "tsunogu" は .*gap-mapping\.yaml の pairs にありません/);
    const bare = onlyProblem(brokenCopy('data/team-sentences.yaml', (t) => t.replace('when: { people: hidden }', 'when: {}')));
    expect(formatProblem(bare)).toMatch(/team-sentences\.yaml:\d+ .*when.*: when に、この文が正しくなる条件を1つ以上書いてください/);
  });

  it('reports a link to a chapter or a heading that does not exist', () => {
    const dir = brokenCopy('data/measures.yaml', (t) => t.replace('link: kojin/measures#young', 'link: kojin/measures#yung'));
    const p = onlyProblem(dir);
    expect(p).toMatchObject({ entry: 'young-career-map', field: 'link' });
    expect(p.message).toMatch(/章 "kojin\/measures" に見出し id "#yung" がありません（ある id: .*young/);
    const matrix = brokenCopy('data/matrix.yaml', (t) => t.replace('link: keiei/matrix#quadrant-a', 'link: keiei/matrx#quadrant-a'));
    expect(onlyProblem(matrix)).toMatchObject({ field: 'quadrants[0].link', message: expect.stringMatching(/章 "keiei\/matrx" がありません/) });
  });

  it('reports a questionnaire item scored on a dimension that the questionnaire does not have', () => {
    const dir = brokenCopy('data/instruments/self-check.yaml', (t) => t.replace(/dimension: mieru/, 'dimension: mieruu'));
    const p = onlyProblem(dir);
    expect(p.field).toMatch(/^items\[\d+\]\.dimension$/);
    expect(p.message).toMatch(/mieruu/);
  });
});

describe('npm run check:data', () => {
  const run = (dir: string) =>
    spawnSync(process.execPath, ['--import', './src/cli/register-ts.mjs', 'src/cli/check-data.ts', dir], { encoding: 'utf8' });

  it('exits 0 on the real content and 1 with the list of problems on a broken copy', () => {
    const good = run('content');
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    const dir = brokenCopy('data/measures.yaml', (t) => t.replace('reasons: [young-no-axis]', 'reasons: [young-no-axsi]'));
    const bad = run(dir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('データファイルに 1 件の問題があります');
    expect(bad.stderr).toContain(`${dir}/data/measures.yaml:${lineOf(dir, 'data/measures.yaml', /young-no-axsi/)} 施策 "young-strength-workshop" の reasons[0]`);
  }, 60_000);
});
