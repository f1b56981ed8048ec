/** Build-time guard for the widget data modules (src/lib/widget-data/read.ts). */
import { isDeepStrictEqual } from 'node:util';

/**
 * Stops the build when a widget's data module differs from what the content collections give for the same files,
 * so the two readings of content/data/ can never drift apart unnoticed. Compared as JSON, as the browser gets it.
 */
export function sameData(what: string, fromCollections: unknown, fromModules: unknown): void {
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(fromCollections)), JSON.parse(JSON.stringify(fromModules)))) {
    throw new Error(`${what}: ウィジェット用のデータモジュール（src/lib/widget-data/read.ts）の内容がコンテンツコレクションと一致しません`);
  }
}
