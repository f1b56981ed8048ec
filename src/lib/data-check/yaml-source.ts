import { isNode, LineCounter, parseDocument, type Document } from 'yaml';

/** A parsed YAML file that can say on which line any value (or its nearest existing parent) sits. */
export interface YamlSource {
  data: unknown;
  /** 1-based line of the value at `path`, or of the closest parent that exists (a missing field's entry). */
  lineOf: (path: readonly PropertyKey[]) => number;
}

export interface YamlSyntaxError {
  line: number;
  message: string;
}

/** The usual YAML mistakes, said in Japanese; the parser's own English follows in brackets. */
const SYNTAX_HINTS: Record<string, string> = {
  BAD_INDENT: '字下げ（行頭の空白）がそろっていません',
  MISSING_CHAR: '閉じ記号（] や } や引用符）が足りません',
  BLOCK_AS_IMPLICIT_KEY: '「キー: 値」の形が崩れています（コロンの後の空白や字下げを確かめてください）',
  DUPLICATE_KEY: '同じキーが1つの項目に二度書かれています',
  MULTILINE_IMPLICIT_KEY: '「キー: 値」の形が崩れています（コロンの後の空白や字下げを確かめてください）',
  UNEXPECTED_TOKEN: '予期しない記号があります',
  TAB_AS_INDENT: '字下げにタブが使われています（半角スペースにしてください）',
  BAD_SCALAR_START: '値の書き出しが YAML として読めません（引用符で囲むと直ることがあります）',
};

/** Parses YAML keeping positions; returns the syntax errors instead when the text is not valid YAML. */
export function readYaml(text: string): { source: YamlSource } | { errors: YamlSyntaxError[] } {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    // Only the first: the parser's later errors are mostly knock-on effects of it.
    return {
      errors: doc.errors.slice(0, 1).map((e) => ({
        line: lineCounter.linePos(e.pos[0]).line,
        message: `YAML として読めません: ${SYNTAX_HINTS[e.code] ?? '書き方に誤りがあります'}（${e.message.split('\n')[0]}）`,
      })),
    };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { source: { data: doc.toJS(), lineOf } };
}
