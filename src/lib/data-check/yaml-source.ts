import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { badIndentCharacter, fullWidthColon, misindentedLine } from './yaml-indent';

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

/** Parser errors that a line indented unlike its neighbours causes, reported near it rather than at it. */
const INDENT_ERRORS = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MISSING_CHAR', 'UNEXPECTED_TOKEN']);

/** Parses YAML keeping positions; returns the syntax errors instead when the text is not valid YAML. */
export function readYaml(text: string): { source: YamlSource } | { errors: YamlSyntaxError[] } {
  // Full-width characters where YAML wants ASCII: the parser sees them only as a knock-on error, elsewhere or none.
  const typed = badIndentCharacter(text) ?? fullWidthColon(text);
  if (typed) return { errors: [{ line: typed.line, message: `YAML として読めません: ${typed.message}` }] };
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    // Only the first: the parser's later errors are mostly knock-on effects of it.
    const e = doc.errors[0]!;
    const at = lineCounter.linePos(e.pos[0]).line;
    const off = INDENT_ERRORS.has(e.code) ? misindentedLine(text) : undefined;
    // The first line out of step is the cause when it stands near where the parser lost its way (comments between
    // them move the parser's line, and a level indented too far is noticed only at its next key).
    if (off !== undefined && Math.abs(off - at) <= 15) {
      return { errors: [{ line: off, message: 'YAML として読めません: 字下げ（行頭の空白）が前後の行とそろっていません。同じ階層の行と同じ数の半角スペースにしてください' }] };
    }
    return { errors: [{ line: at, message: `YAML として読めません: ${SYNTAX_HINTS[e.code] ?? '書き方に誤りがあります'}（${e.message.split('\n')[0]}）` }] };
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
