import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, lintChapter, lintFile, lintSourceProse, lintYamlProse, proseFiles, sourceProse } from '../textlint/lint.mjs';

// Loading the Japanese tokenizer takes seconds, and far more on a busy 2-core machine; the lint itself is quick.
const SLOW = 180_000;

const { chapters, data, source } = proseFiles();

describe('textlint over the guide’s prose', () => {
  it.each([...chapters, ...data, ...source])('%s reads in one voice', { timeout: SLOW }, async (file) => {
    const problems = await lintFile(file);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('fails a chapter that writes 広げる instead of the guidebook’s 拡げる, at the line where it stands', { timeout: SLOW }, async () => {
    const text = readFileSync('content/chapters/soshiki/cycle.mdx', 'utf8');
    expect(await lintChapter(text, 'content/chapters/soshiki/cycle.mdx')).toEqual([]);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('## 拡げる'));
    lines.splice(at + 2, 0, '学んだことを職場に広げる機会をつくります。', '');
    const problems = await lintChapter(lines.join('\n'), 'content/chapters/soshiki/cycle.mdx');
    expect(problems.map((p) => [p.line, p.rule, p.message.split('\n')[0]])).toEqual([[at + 3, 'prh', '広げ => 拡げ']]);
  });

  it('finds a term outside the dictionary’s spelling inside YAML prose and names the file’s line and entry', { timeout: SLOW }, async () => {
    const yaml = ['- id: reach', '  label: リーチ不足群', '  summary: >-', '    会社の施策がそもそも届いていない人たちです。', '    現在地を見える化します。'].join('\n');
    const problems = await lintYamlProse(yaml, 'content/data/fudo-groups.yaml');
    expect(problems.map((p) => [p.line, p.where, p.rule])).toEqual([[3, '0.summary', 'prh']]);
  });

  it('reads the strings a person sees in src/ — JSX text, string and template literals — and not the comments', { timeout: SLOW }, async () => {
    const tsx = ['// 見える化 in a comment is not read', 'export const A = () => (', '  <p>', '    現在地を{x}見える化します。', '  </p>', ');', "export const b = `${n}件を見える化しました。`;"].join('\n');
    expect(sourceProse(tsx, 'src/islands/Example.tsx').map((s) => [s.line, s.text])).toEqual([
      [4, '現在地をX見える化します。'],
      [7, 'X件を見える化しました。'],
    ]);
    const problems = await lintSourceProse(tsx, 'src/islands/Example.tsx');
    expect(problems.map((p) => [p.line, p.rule])).toEqual([
      [4, 'prh'],
      [7, 'prh'],
    ]);
    expect(source).toContain('src/islands/self-check/Result.tsx');
    expect(source).toContain('src/components/SelfCheckModel.astro');
  });

  it('keeps heading ids out of the way without moving what it reports', { timeout: SLOW }, async () => {
    const text = ['---', 'title: 例', '---', '', '## 知る { #know }', '', 'この文は長すぎる、とは言えないが、読点が、多すぎる、文です。', ''].join('\n');
    const problems = await lintChapter(text, 'content/chapters/example.mdx');
    expect(problems.map((p) => [p.line, p.rule])).toEqual([[7, 'ja-technical-writing/max-ten']]);
  });
});
