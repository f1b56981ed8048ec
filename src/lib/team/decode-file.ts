/**
 * Turning a dropped or chosen file into text for the team view, or saying plainly what kind of file it is when it
 * cannot be text we read: an Excel workbook (.xlsx, a zip), or binary data. UTF-8 (with or without BOM), UTF-16
 * with a BOM and Shift_JIS (what Excel and Notepad on Japanese Windows often write) are all read. Pure; runs in a
 * page or a worker.
 */
export type DecodedFile = { ok: true; text: string } | { ok: false; message: string };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

function decode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Control characters that never occur in a text file (NUL and the like), a sign of binary data. */
const BINARY = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/;

export function decodeFile(bytes: Uint8Array): DecodedFile {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    return { ok: false, message: 'Excelのブック（.xlsx）などの圧縮ファイルです。ここで読めるのは、自己診断の「JSONで保存」で作ったファイルと共有リンクです。' };
  }
  let text: string | null = null;
  if (startsWith(bytes, 0xff, 0xfe)) text = decode(bytes, 'utf-16le');
  else if (startsWith(bytes, 0xfe, 0xff)) text = decode(bytes, 'utf-16be');
  else text = decode(bytes, 'utf-8') ?? decode(bytes, 'shift_jis');
  if (text === null || BINARY.test(text.slice(0, 4096))) {
    return { ok: false, message: 'テキストではないファイル（画像や圧縮ファイルなど）です。自己診断の「JSONで保存」で作ったファイルを選んでください。' };
  }
  return { ok: true, text: text.replace(/^\uFEFF/, '') };
}
