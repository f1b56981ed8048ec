import { z } from 'astro/zod';
import { joinJapaneseLines } from './japanese-prose';

/** A stable, URL-safe identifier: lower-case letters, digits and hyphens. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id は半角英小文字・数字・ハイフンで書いてください（例: young-no-model）');

/**
 * A link to a chapter section, written as the chapter slug plus an optional heading anchor,
 * e.g. `kojin/measures#know`. Resolved against the site's base at render time, never hard-coded.
 */
export const chapterLinkSchema = z
  .string()
  .regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*\/?(?:#[^\s#]+)?$/, 'link は「章のスラッグ#見出しアンカー」の形で書いてください（例: kojin/measures#know）');

/**
 * Multi-line Japanese prose. YAML folds line breaks into spaces, which Japanese text must not have:
 * a space between two Japanese characters is removed, so editors can wrap long sentences freely.
 */
export const proseSchema = z
  .string()
  .trim()
  .min(1)
  .transform(joinJapaneseLines);
