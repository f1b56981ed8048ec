/**
 * The age column of a company's own survey rarely uses the site's bands: it says ２０代, 30代, ６０代以上. Each
 * distinct value that is not a band is put to HR once, with a proposal only when the value's ages lie inside one
 * band (４０代 → 中堅層); 30代 straddles 若年層 (…30代前半) and 中堅層 (30代後半…), so it is left for HR to choose.
 * Pure.
 */
import type { SelfCheckData } from '../self-check/engine';
import { bandLookup } from './survey-import';

/** What HR chose for one value: a band id, or '' for 「使わない」. */
export type AgeValueChoices = Record<string, string>;

export interface AgeValue {
  value: string;
  rows: number;
  /** The band whose ages contain the value's, or null when none or several do. */
  proposed: string | null;
}

type Range = [number, number];

/** One piece of an age text: 「20代」「30代前半」「50代以上」「65歳」「29歳以下」. */
function pieceRange(piece: string, unit: string): Range | null {
  const m = /^(\d{1,3})(代|歳)?(前半|後半|以上|以下|未満)?$/.exec(piece);
  if (!m) return null;
  const n = Number(m[1]);
  const kind = m[2] ?? unit;
  const base: Range = kind === '代' ? [n, n + 9] : [n, n];
  switch (m[3]) {
    case '前半':
      return [base[0], base[0] + 4];
    case '後半':
      return [base[0] + 5, base[1]];
    case '以上':
      return [base[0], Infinity];
    case '以下':
      return [0, base[1]];
    case '未満':
      return [0, base[0] - 1];
    default:
      return base;
  }
}

/** The ages a text covers, or null when it is not an age text. 「20代〜30代前半」 → [20, 34]. */
export function ageRange(text: string): Range | null {
  const t = text.normalize('NFKC').replace(/[\s()（）]/g, '');
  const pieces = t.split(/[〜~～\-－–]/);
  if (pieces.length > 2 || pieces.some((p) => p === '')) return null;
  const unit = /(代|歳)/.exec(pieces.at(-1)!)?.[1] ?? '歳';
  const ranges = pieces.map((p) => pieceRange(p, unit));
  if (ranges.some((r) => r === null)) return null;
  const [first, last] = [ranges[0]!, ranges.at(-1)!];
  return first[0] <= last[1] ? [first[0], last[1]] : null;
}

/** The band proposed for a value: the only band whose ages contain all of the value's. */
export function proposeBand(value: string, data: Pick<SelfCheckData, 'ageBands'>): string | null {
  const r = ageRange(value);
  if (!r) return null;
  const inside = data.ageBands.filter((b) => {
    const band = ageRange(b.ages);
    return band !== null && band[0] <= r[0] && r[1] <= band[1];
  });
  return inside.length === 1 ? inside[0]!.id : null;
}

/** The values of an age column that are not a band, with their row counts and a proposal each. */
export function ageValuesToMap(values: readonly (readonly [string, number])[], data: Pick<SelfCheckData, 'ageBands'>): AgeValue[] {
  const bands = bandLookup(data);
  return values.filter(([v]) => v.trim() !== '' && !bands(v)).map(([value, rows]) => ({ value, rows, proposed: proposeBand(value, data) }));
}

/** The proposals as HR's first choices; values without one stay unchosen. */
export const proposedChoices = (list: readonly AgeValue[]): AgeValueChoices => Object.fromEntries(list.flatMap((v) => (v.proposed ? [[v.value, v.proposed]] : [])));
