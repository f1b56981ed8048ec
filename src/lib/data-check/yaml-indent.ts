/**
 * Finds the mistakes people make when they edit YAML by hand in Japanese, which the YAML parser reports in terms that
 * point elsewhere: a tab or a full-width space (U+3000) in the indentation, a full-width colon (：) after a key, and
 * a line indented unlike its neighbours (the parser names the line where it noticed, often one before or after).
 */
export interface LineProblem {
  line: number;
  message: string;
}

const KEY_OR_ITEM = /^(?:- |[A-Za-z_][\w-]*\s*[:：])/;
const isContent = (l: string) => l.trim() !== '' && !l.trim().startsWith('#');

/** A tab or a full-width space in the indentation of a key or list item: the first such line. */
export function badIndentCharacter(text: string): LineProblem | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const [lead = ''] = lines[i]!.match(/^[ \t\u3000]*/) ?? [];
    if (!KEY_OR_ITEM.test(lines[i]!.slice(lead.length))) continue;
    if (lead.includes('\t')) return { line: i + 1, message: '字下げにタブが使われています。行頭は半角スペースだけで字下げしてください' };
    if (lead.includes('\u3000')) return { line: i + 1, message: '字下げに全角スペースが使われています。行頭は半角スペースだけで字下げしてください' };
  }
  return undefined;
}

/** A key followed by a full-width colon (`hrContact：…`, `{ id： a }`): the first such line. */
export function fullWidthColon(text: string): LineProblem | undefined {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => !l.trim().startsWith('#') && (/^[ \t\u3000]*(?:- )?[A-Za-z_][\w-]*\s*：/.test(l) || /[{,]\s*[A-Za-z_][\w-]*\s*：/.test(l)));
  return at < 0 ? undefined : { line: at + 1, message: 'キーの後のコロンが全角（：）です。半角のコロンと空白（: ）にしてください' };
}

/**
 * The first line whose indentation fits no level open above it: deeper than its parent allows, or back out to a
 * column no enclosing level uses; levels and block scalars (`>-`, `|`) sit two columns in, as every data file is
 * written. Only a hint for a parser's indentation error: plain scalars continued on a deeper line are valid YAML
 * and would be named here too.
 */
export function misindentedLine(text: string): number | undefined {
  const lines = text.split('\n');
  const levels = [0];
  let opens: 'any' | number | undefined; // what the previous line allows the next one to start at
  let blockAt: number | undefined; // indent of the key whose block scalar is being skipped
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isContent(line)) continue;
    const n = line.match(/^ */)![0].length;
    if (blockAt !== undefined) {
      // Prose in a block scalar sits two columns in from its key, every line alike.
      if (n > blockAt && n !== blockAt + 2) return i + 1;
      if (n > blockAt) continue;
      blockAt = undefined;
    }
    const top = levels.at(-1)!;
    if (n === top && opens === 'any' && !line.slice(n).startsWith('- ')) opens = undefined;
    if (n > top) {
      // A new level is two columns in, as every data file is written; a key's list may also start at its column.
      if ((opens === 'any' && n === top + 2) || opens === n) levels.push(n);
      else return i + 1;
    } else if (n < top) {
      while (levels.at(-1)! > n) levels.pop();
      if (levels.at(-1) !== n) return i + 1;
    }
    const body = line.slice(n);
    if (/:\s*[|>][-+0-9]*\s*$/.test(body)) {
      blockAt = n;
      opens = undefined;
    } else if (/:\s*$/.test(body)) opens = 'any';
    else if (body.startsWith('- ')) opens = n + 2;
    else opens = undefined;
    // A list item's own keys sit two columns in: after `- id: x`, `  title: …` is a sibling inside the item.
    if (body.startsWith('- ') && !/:\s*$/.test(body)) levels.push(n + 2);
  }
  return undefined;
}
