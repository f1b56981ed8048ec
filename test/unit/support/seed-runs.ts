/**
 * Finds wording taken from the seed press release without quotation marks: every run of `min` or more characters
 * that a text shares with the seed, outside 「」『』“”. Quoting is how the site marks the consortium's words; an
 * unquoted run reads as the site's own sentence (or as copying). Markup and spaces are ignored on both sides.
 */
const QUOTES: Record<string, string> = { '「': '」', '『': '』', '“': '”' };

/** The text with markup, URLs and spaces dropped, so a run cannot hide behind ** or a line break. */
export function plain(text: string): string {
  return text
    .replace(/^import .*$/gm, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\{\s*#[^}]*\}/g, '')
    .replace(/[\s*_`#>|[\]]/g, '');
}

/**
 * The parts of a text that stand outside quotation marks (nested quotes count as inside). A short quotation is a
 * term (「見える」「不動層」), not a quoted passage: it stays in the text around it, so 「見える」「増やす」「つなぐ」という3つの
 * 視点を… is still found as the release's sentence.
 */
export function unquoted(text: string, termLength = 12): string[] {
  const parts: string[] = [];
  const closers: string[] = [];
  let part = '';
  let quoted = '';
  for (const ch of text) {
    if (QUOTES[ch]) {
      closers.push(QUOTES[ch]);
      quoted += ch;
    } else if (closers.length && ch === closers.at(-1)) {
      closers.pop();
      quoted += ch;
      if (!closers.length) {
        if ([...quoted].length - 2 <= termLength) part += quoted;
        else (parts.push(part), (part = ''));
        quoted = '';
      }
    } else if (closers.length) quoted += ch;
    else part += ch;
  }
  parts.push(part);
  return parts.filter(Boolean);
}

/** Proper names the release spells out; naming them is not quoting the release. */
const NAMES = ['キャリアオーナーシップとはたらく未来コンソーシアム'];

/** Characters of a run outside its short quoted terms and punctuation: what makes it a sentence of the release. */
const ownWords = (run: string) => run.replace(/[「『“][^」』”]*[」』”]/g, '').replace(/[、。・，：:（）()]/g, '').length;

/**
 * Every run of at least `min` characters shared with `seed` outside a quotation (「」 passages longer than a term,
 * blockquotes), longest match from each start, unless it is only a list of quoted terms (「知る」「気づく」「拡げる」の
 * 3つ) with fewer than `words` characters of its own.
 */
export function seedRuns(text: string, seed: string, min = 20, words = 10): string[] {
  const source = plain(seed);
  const windows = new Set<string>();
  for (let i = 0; i + min <= source.length; i++) windows.add(source.slice(i, i + min));
  const prose = NAMES.reduce((t, name) => t.replaceAll(name, '〓'), text.replace(/^>.*$/gm, ''));
  const runs: string[] = [];
  for (const part of unquoted(plain(prose))) {
    for (let i = 0; i + min <= part.length; ) {
      if (!windows.has(part.slice(i, i + min))) {
        i++;
        continue;
      }
      let end = i + min;
      while (end < part.length && source.includes(part.slice(i, end + 1))) end++;
      const run = part.slice(i, end);
      if (ownWords(run) >= words) runs.push(run);
      i = end;
    }
  }
  return runs;
}
