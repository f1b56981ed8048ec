/**
 * Share codes for the matrix figures, built like the diagnostics' codes (src/lib/share-code.ts): versioned and
 * checksummed, so a link cut short or edited by hand is refused with a message instead of showing other figures.
 *
 *   matrix.<version>.<rows, one `label,co,contribution[,headcount]` per line>.<checksum>
 *
 * The whole code is percent-encoded into the URL hash by the caller. Labels may contain dots, so the version is
 * read up to the second dot and the checksum after the last one. Pure.
 */
import { checksum } from '../share-code';
import { csvCell } from '../csv';
import { parseMatrixRows, type MatrixRow } from './rows';

export const MATRIX_CODE_VERSION = 1;
const ID = 'matrix';
/** 500 rows of long labels stay far below this; anything longer is junk. */
const MAX_LENGTH = 60_000;

export type MatrixDecodeResult = { ok: true; rows: MatrixRow[] } | { ok: false; message: string };

export function encodeMatrixCode(rows: readonly MatrixRow[]): string {
  // The headcount travels too, so the receiver hides the same small groups as the sender.
  const text = rows.map((r) => `${csvCell(r.label)},${r.co},${r.contribution}${r.headcount === undefined ? '' : `,${r.headcount}`}`).join('\n');
  const body = `${ID}.${MATRIX_CODE_VERSION}.${text}`;
  return `${body}.${checksum(body)}`;
}

const fail = (message: string): MatrixDecodeResult => ({ ok: false, message });
const CUT = 'リンクが途中で切れていないか確かめ、送ってくれた人に、もう一度リンクをコピーしてもらってください。';

export function decodeMatrixCode(code: string): MatrixDecodeResult {
  if (code.trim() === '') return fail('共有リンクに数値が含まれていません。');
  if (code.length > MAX_LENGTH) return fail('共有リンクが長すぎます。途中で別の文字が混ざっていないか確かめてください。');
  const first = code.indexOf('.');
  const second = code.indexOf('.', first + 1);
  const last = code.lastIndexOf('.');
  if (code.slice(0, first) !== ID || second < 0 || last <= second) {
    return fail(`共有リンクの形が正しくありません。以前の形式のリンクか、途中で切れたリンクです。${CUT}`);
  }
  const body = code.slice(0, last);
  if (checksum(body) !== code.slice(last + 1)) return fail(`共有リンクが壊れているか、書き換えられています。${CUT}`);
  const version = Number(code.slice(first + 1, second));
  if (!Number.isInteger(version) || version < 1) return fail('共有リンクの版の表記が正しくありません。');
  if (version > MATRIX_CODE_VERSION) return fail(`このサイトの新しい版（第${version}版の形式）で作られたリンクのため、この版では読めません。リンクを作った人と同じ版のサイトで開いてください。`);
  if (version < MATRIX_CODE_VERSION) return fail(`古い版（第${version}版の形式）で作られたリンクです。お手数ですが、リンクを作り直してもらってください。`);
  const { rows, problems } = parseMatrixRows(code.slice(second + 1, last));
  if (problems.length > 0 || rows.length === 0) return fail(`共有リンクの数値を読み取れませんでした。${CUT}`);
  return { ok: true, rows };
}
