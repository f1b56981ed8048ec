/**
 * textlint over the guide's Japanese prose: every chapter (MDX) and every prose string in content/data (YAML).
 * Rules and the term dictionary live beside this file (textlintrc.yml, prh.yml); `npm test` runs this through
 * test/unit/textlint.test.ts, and `npm run lint:text` prints the same problems for an editor.
 *
 * Two things textlint cannot read as they are, so this module adapts them:
 * - MDX headings carry ids (`## 知る { #know }`), which the MDX parser takes for a JavaScript expression;
 *   they are dropped before textlint-plugin-mdx parses and the node ranges mapped back onto the file.
 * - YAML is not prose: each string with Japanese in it is joined the way the content schema joins it and
 *   linted as one Markdown paragraph (a list item when it sits in a list), then reported at its own YAML line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter, loadTextlintrc } from 'textlint';
import mdxPlugin from 'textlint-plugin-mdx';
import ts from 'typescript';
import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import { joinJapaneseLines } from '../../src/lib/japanese-prose.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** Keys whose values are identifiers or paths (ids and enum values have no Japanese in them, so need no list). */
/** Keys whose values are names and short phrases, not sentences: linted as list items, so no 。 is asked for. */
// `person`: the neutral name of a segment, shown inside 「」 in a sentence of the result.
const LABELS = new Set(['label', 'title', 'ages', 'meaning', 'action', 'short', 'name', 'person']);
const NOT_PROSE = new Set(['id', 'link']);

/**
 * `## 見出し { #id }` → `## 見出し`: drops what MDX cannot parse. Returns the text to parse and a function that maps
 * an offset in it back to the file, because textlint reads each node's source from the file by its range.
 */
export function dropHeadingIds(text) {
  const cuts = []; // [offset in the parsed text where a cut was made, characters cut before and at it]
  let removed = 0;
  const parsed = text.replace(/^(#{1,6} .*?)(\s*\{\s*#[^}\s]+\s*\}[ \t]*)$/gm, (_, head, attr, at) => {
    removed += attr.length;
    cuts.push([at - removed + attr.length + head.length, removed]);
    return head;
  });
  const toFile = (offset) => {
    let shift = 0;
    for (const [at, total] of cuts) if (offset > at) shift = total;
    return offset + shift;
  };
  return { parsed, toFile };
}

/** Moves every node's range from the parsed text back onto the file (lines never move, so `loc` stays right). */
function remap(node, toFile) {
  if (Array.isArray(node.range)) node.range = [toFile(node.range[0]), toFile(node.range[1])];
  for (const child of node.children ?? []) remap(child, toFile);
  return node;
}

// The package is CommonJS with a default export; Node and Vite unwrap it differently.
const InnerMdx = (mdxPlugin.default ?? mdxPlugin).Processor;
class HeadingIdMdxProcessor extends InnerMdx {
  processor(ext) {
    const inner = super.processor(ext);
    return {
      ...inner,
      preProcess: (text, path) => {
        const { parsed, toFile } = dropHeadingIds(text);
        return remap(inner.preProcess(parsed, path), toFile);
      },
    };
  }
}

let linterPromise;
function linter() {
  linterPromise ??= loadTextlintrc({ configFilePath: join(here, 'textlintrc.yml') }).then((descriptor) =>
    createLinter({
      descriptor: descriptor.shallowMerge({
        plugins: [...descriptor.plugin.toKernelPluginsFormat(), { pluginId: 'mdx', plugin: { Processor: HeadingIdMdxProcessor }, options: true }],
      }),
      cwd: root,
    }),
  );
  return linterPromise;
}

/** @typedef {{ file: string, line: number, column: number, rule: string, message: string, where?: string }} Problem */

/** Lints one chapter's MDX source. `file` is used for the report and to pick the parser (.mdx). */
export async function lintChapter(text, file) {
  const result = await (await linter()).lintText(text, join(root, file));
  // The MDX parser reads an HTML heading inside a component (<h3>1. 集める目的</h3>) as a sentence; a heading
  // takes no 。, so that one rule is not applied to such a line.
  const lines = text.split('\n');
  const htmlHeading = (line) => /^\s*<h[1-6][^>]*>.*<\/h[1-6]>\s*$/.test(lines[line - 1] ?? '');
  return result.messages
    .filter((m) => !(m.ruleId === 'ja-technical-writing/ja-no-mixed-period' && htmlHeading(m.line)))
    .map((m) => ({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message }));
}

/** The prose strings of a YAML file: joined text, line in the file, where it sits, and whether it reads as a list item. */
export function yamlProse(text) {
  const doc = parseDocument(text);
  const lineOf = (offset) => text.slice(0, offset).split('\n').length;
  const out = [];
  const visit = (node, path, isItem) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        if (!NOT_PROSE.has(key)) visit(pair.value, [...path, key], LABELS.has(key));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i], true));
    } else if (isScalar(node) && typeof node.value === 'string' && JAPANESE.test(node.value)) {
      out.push({ text: joinJapaneseLines(node.value.trim()), line: lineOf(node.range?.[0] ?? 0), where: path.join('.'), isItem });
    }
  };
  visit(doc.contents, [], false);
  return out;
}

/** Lints every prose string of one YAML file as Markdown, one paragraph or list item each, reported at its YAML line. */
export async function lintYamlProse(text, file) {
  const strings = yamlProse(text);
  // Blank lines between blocks keep each string its own paragraph; a list item's line is the string's first line.
  const markdown = strings.map((s) => (s.isItem ? `- ${s.text}` : s.text)).join('\n\n');
  const result = await (await linter()).lintText(markdown, join(root, `${file}.md`));
  return result.messages.map((m) => {
    const s = strings[Math.floor((m.line - 1) / 2)];
    return { file, line: s?.line ?? 0, column: m.column, rule: m.ruleId, message: m.message, where: s?.where };
  });
}

/**
 * The Japanese strings of a source file (src/: .ts, .tsx, .astro) that a reader can see: string and template
 * literals and JSX text, never comments. An .astro file's frontmatter is read as TypeScript and its template as TSX.
 * Each comes with its line in the file; a string that ends a sentence is linted as a paragraph, a fragment (text
 * cut by an {expression}, a label) as a list item, so no 。 is asked of it.
 */
export function sourceProse(text, file) {
  const out = [];
  const read = (code, lineOffset, kind) => {
    const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
    const add = (raw, pos) => {
      const t = raw.replace(/\s*\n\s*/g, '').trim();
      // Markup and code inside a string (an embed snippet, a regular expression) are not prose.
      // So are a list of numerals and a line of CSV.
      if (!JAPANESE.test(t) || /[<>{};=\\]|\/\//.test(t) || /^[一二三四五六七八九〇十]+$/.test(t) || (t.match(/,/g)?.length ?? 0) >= 3) return;
      out.push({ text: t, line: sf.getLineAndCharacterOfPosition(pos).line + 1 + lineOffset, isItem: !/[。？！]$/.test(t) });
    };
    // Text cut by {expressions} is read whole, each expression standing as X, so that 「{x}」 stays a pair.
    const HOLE = 'X';
    const visit = (node) => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
      if ((ts.isJsxElement(node) || ts.isJsxFragment(node)) && node.children.some((c) => ts.isJsxText(c) && JAPANESE.test(c.text))) {
        let run = '';
        let at = -1;
        const flush = () => {
          if (run) add(run, at);
          run = '';
          at = -1;
        };
        for (const c of node.children) {
          if (ts.isJsxText(c)) {
            if (at < 0 && c.text.trim()) at = c.getStart(sf);
            run += c.text;
          } else if (ts.isJsxExpression(c) && c.expression && !/<[A-Za-z>]/.test(c.expression.getText(sf))) {
            // An expression that renders no markup reads as one word of the sentence; strings inside it are read too.
            run += HOLE;
            visit(c.expression);
          } else if (ts.isJsxElement(c) && ['strong', 'em', 'code', 'a', 'span'].includes(c.openingElement.tagName.getText(sf))) {
            run += c.children.map((x) => (ts.isJsxText(x) ? x.text : HOLE)).join('');
            ts.forEachChild(c, (x) => (ts.isJsxText(x) ? undefined : visit(x)));
          } else {
            flush();
            visit(c);
          }
        }
        flush();
        for (const attr of ts.isJsxElement(node) ? node.openingElement.attributes.properties : []) visit(attr);
        return;
      }
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node.text, node.getStart(sf));
      else if (ts.isTemplateExpression(node)) {
        add([node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(HOLE), node.getStart(sf));
        for (const span of node.templateSpans) visit(span.expression);
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  };
  if (file.endsWith('.astro')) {
    const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
    const front = m ? m[1] : '';
    if (m) read(front, 1, ts.ScriptKind.TS);
    const template = m ? text.slice(m[0].length) : text;
    const offset = m ? m[0].split('\n').length - 1 : 0;
    // HTML comments are not JSX: blanked out, lines kept.
    read(`<>${template.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '))}</>`, offset, ts.ScriptKind.TSX);
  } else read(text, 0, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  return out;
}

/** Lints every user-facing Japanese string of one source file, one paragraph or list item each, at its own line. */
export async function lintSourceProse(text, file) {
  const strings = sourceProse(text, file);
  if (!strings.length) return [];
  const markdown = strings.map((s) => (s.isItem ? `- ${s.text}` : s.text)).join('\n\n');
  const result = await (await linter()).lintText(markdown, join(root, `${file}.md`));
  return result.messages.map((m) => {
    const s = strings[Math.floor((m.line - 1) / 2)];
    return { file, line: s?.line ?? 0, column: m.column, rule: m.ruleId, message: m.message, where: s?.text.slice(0, 20) };
  });
}

/** Every chapter and data file the guide is made of, relative to the project root. */
export function proseFiles() {
  const walk = (dir, ext) =>
    readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith(ext))
      .map((e) => relative(root, join(e.parentPath, e.name)))
      .sort();
  const source = ['.ts', '.tsx', '.astro'].flatMap((ext) => walk('src', ext)).sort();
  return { chapters: walk('content/chapters', '.mdx'), data: walk('content/data', '.yaml'), source };
}

/** Lints one file of either kind, read from disk. */
export function lintFile(file) {
  const text = readFileSync(join(root, file), 'utf8');
  if (file.endsWith('.mdx')) return lintChapter(text, file);
  return file.endsWith('.yaml') ? lintYamlProse(text, file) : lintSourceProse(text, file);
}

export const formatProblem = (p) => `${p.file}:${p.line}:${p.column}${p.where ? ` (${p.where})` : ''}  ${p.message}  [${p.rule}]`;

// `node test/textlint/lint.mjs [files…]`: print every problem, exit 1 when there is one.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { chapters, data, source } = proseFiles();
  const files = process.argv.length > 2 ? process.argv.slice(2) : [...chapters, ...data, ...source];
  const problems = (await Promise.all(files.map(lintFile))).flat();
  for (const p of problems) console.log(formatProblem(p));
  console.log(`textlint: ${files.length} files, ${problems.length} problems`);
  process.exit(problems.length ? 1 : 0);
}
