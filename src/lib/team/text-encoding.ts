/**
 * The one text decoder of the team view, for survey exports and dropped result files alike. Microsoft Forms and
 * Google Forms write UTF-8 (often with a BOM); Excel in Japan saves "CSV" as Shift_JIS; UTF-16 (Excel's "Unicode
 * text") is recognised by its BOM. Shift_JIS text is almost never valid UTF-8, so a file that is not valid UTF-8 is
 * read as Shift_JIS — line by line when some of its lines are UTF-8 and others not (a row pasted in from another
 * file), and then the lines read as the minority encoding are reported instead of the whole file turning into
 * mojibake. Pure but for fileBytes, which reads the chosen file; runs in a page or a worker.
 */
export type TextEncodingName = 'utf-8' | 'shift_jis' | 'utf-16le' | 'utf-16be';

export interface MixedEncoding {
  /** The encoding of the fewer lines. */
  encoding: TextEncodingName;
  /** Their line numbers (the first few), as a text editor shows them. */
  lines: number[];
  /** How many lines in all. */
  count: number;
}

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Present when the lines of the file are not all in one encoding. */
  mixed?: MixedEncoding;
}

export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  shift_jis: 'Shift_JIS',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};

/** How many line numbers a mixed-encoding report names. */
const LINES_NAMED = 10;

/**
 * Why not .xlsx: the registry's SheetJS (0.18.5) has published advisories fixed only off the registry, and the
 * maintained alternatives add hundreds of kilobytes to a page HR opens once; every tool exports CSV anyway.
 */
export const SPREADSHEET_MESSAGE =
  'Excelなどの表計算ファイル（.xlsx / .xls）はそのまま読み込めません。表計算ソフトで開き、「名前を付けて保存」で「CSV UTF-8（コンマ区切り）」または「CSV（コンマ区切り）」を選んで保存したファイルを選んでください。Microsoft Forms では「Excelで開く」の後に、Googleフォームでは回答のスプレッドシートの「ファイル」→「ダウンロード」→「カンマ区切り形式（.csv）」で作れます。';

/** What a spreadsheet file starts with: ZIP (.xlsx, .ods) or the old OLE container (.xls). */
export function isSpreadsheetFile(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

/**
 * Per line (split at LF, a byte that occurs in neither encoding's multi-byte characters): 0 for ASCII only,
 * 1 for valid UTF-8 with other characters, 2 for not valid UTF-8. One pass over the bytes, no decoding.
 */
function utf8Lines(bytes: Uint8Array): Uint8Array {
  let lines = 1;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) lines++;
  const kinds = new Uint8Array(lines);
  let line = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x0a) line++;
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    // Overlong forms and surrogates, as TextDecoder's fatal mode refuses them.
    if (ok && len === 3) ok = !(b === 0xe0 && bytes[i + 1]! < 0xa0) && !(b === 0xed && bytes[i + 1]! >= 0xa0);
    if (ok && len === 4) ok = !(b === 0xf0 && bytes[i + 1]! < 0x90) && !(b === 0xf4 && bytes[i + 1]! >= 0x90);
    if (ok) {
      if (kinds[line] === 0) kinds[line] = 1;
      i += len;
    } else {
      kinds[line] = 2;
      i++;
    }
  }
  return kinds;
}

/** Decodes each line with its own encoding; `kinds` as utf8Lines gives them. */
function decodeByLine(bytes: Uint8Array, kinds: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8');
  const sjis = new TextDecoder('shift_jis');
  const parts: string[] = [];
  let from = 0;
  let run = kinds[0] === 2;
  let line = 0;
  // Consecutive lines of one encoding are decoded together: a handful of calls, not one per line.
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const next = line + 1 < kinds.length && kinds[line + 1] === 2;
    if (i === bytes.length || next !== run) {
      const end = Math.min(i + 1, bytes.length);
      parts.push((run ? sjis : utf8).decode(bytes.subarray(from, end)));
      from = end;
      run = next;
    }
    line++;
  }
  return parts.join('');
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeText(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    /* not UTF-8 throughout: see line by line */
  }
  const kinds = utf8Lines(bytes);
  let utf8 = 0;
  let sjis = 0;
  for (const k of kinds) {
    if (k === 1) utf8++;
    else if (k === 2) sjis++;
  }
  if (utf8 === 0) return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' };
  const minority = utf8 < sjis ? 1 : 2;
  const lines: number[] = [];
  kinds.forEach((k, i) => k === minority && lines.length < LINES_NAMED && lines.push(i + 1));
  return {
    text: decodeByLine(bytes, kinds),
    encoding: minority === 1 ? 'shift_jis' : 'utf-8',
    mixed: { encoding: minority === 1 ? 'utf-8' : 'shift_jis', lines, count: minority === 1 ? utf8 : sjis },
  };
}

/** The report of a mixed-encoding file, in words. */
export function mixedEncodingText(m: MixedEncoding, main: TextEncodingName): string {
  const named = m.lines.map((l) => `${l}行目`).join('、');
  const more = m.count > m.lines.length ? `など${m.count.toLocaleString('ja-JP')}行` : '';
  return `このファイルは${ENCODING_LABELS[main]}ですが、${named}${more}だけが${ENCODING_LABELS[m.encoding]}で書かれていました。文字化けしないよう、その行は${ENCODING_LABELS[m.encoding]}として読みました。別のファイルから行を貼り付けたときに起こります。読み取った値が正しいか確かめてください。`;
}

/** When the browser cannot read a chosen file (NotReadableError: moved, deleted or changed after it was chosen). */
export const FILE_READ_ERROR = 'ファイルを読めませんでした。選んだ後にファイルを移動・削除・上書きしていないか確かめて、もう一度選んでください。';

/** A chosen file's bytes, or null when the browser cannot read it (moved, deleted or overwritten after it was chosen). */
export async function fileBytes(file: Blob): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    return null;
  }
}

/** A dropped file as text, or what kind of file it is when it cannot be text we read. */
export type DecodedFile = { ok: true; text: string } | { ok: false; message: string };

/** Control characters that never occur in a text file (NUL and the like), a sign of binary data. */
const BINARY = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/;

export function decodeFile(bytes: Uint8Array): DecodedFile {
  if (isSpreadsheetFile(bytes)) return { ok: false, message: SPREADSHEET_MESSAGE };
  const { text } = decodeText(bytes);
  if (BINARY.test(text.slice(0, 4096))) {
    return { ok: false, message: 'テキストではないファイル（画像や圧縮ファイルなど）です。自己診断の「JSONで保存」で作ったファイルを選んでください。' };
  }
  return { ok: true, text: text.replace(/^\uFEFF/, '') };
}
