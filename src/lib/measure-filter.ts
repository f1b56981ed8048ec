/**
 * Filtering the measure catalogue by age band, stagnation reason and step, and keeping the filter in the
 * URL query (`?band=young&reason=young-no-model&step=know`) so HR can link a filtered view. Pure.
 */
import type { Measure } from '../schemas/measure';
import { AGE_BANDS, SUPPORT_STEPS, type AgeBand, type SupportStep } from '../schemas/vocabulary';

export interface MeasureFilter {
  band?: AgeBand;
  reason?: string;
  step?: SupportStep;
}

/** What a filter looks at in a measure (the table's rows carry just this, as data attributes). */
export type Filterable = Pick<Measure, 'ageBands' | 'reasons' | 'step'>;

export function matchesFilter(m: Filterable, f: MeasureFilter): boolean {
  return (!f.band || m.ageBands.includes(f.band)) && (!f.reason || m.reasons.includes(f.reason)) && (!f.step || m.step === f.step);
}

export function filterMeasures<M extends Filterable>(measures: readonly M[], f: MeasureFilter): M[] {
  return measures.filter((m) => matchesFilter(m, f));
}

/**
 * The filter after the age band is changed to `band`: the reason stays only when that band has it (`bandReasons`:
 * the reasons of each band), as the reason list then offers only that band's reasons.
 */
export function withBand(f: MeasureFilter, band: AgeBand | undefined, bandReasons: Readonly<Record<string, readonly string[]>>): MeasureFilter {
  const keepReason = band && f.reason && bandReasons[band]?.includes(f.reason);
  return { ...f, band, reason: keepReason ? f.reason : undefined };
}

/** Reads a filter from a query string, dropping anything unknown (a hand-edited link must not break the page). */
export function filterFromQuery(search: string, knownReasons: readonly string[]): MeasureFilter {
  return readFilter(search, { bands: AGE_BANDS, reasons: knownReasons, steps: SUPPORT_STEPS });
}

/**
 * The same with the known values given: the page's own filter lists, so the browser needs no copy of the
 * vocabulary (a reading page's JavaScript budget is 5 KB).
 */
export function readFilter(search: string, known: { bands: readonly string[]; reasons: readonly string[]; steps: readonly string[] }): MeasureFilter {
  const q = new URLSearchParams(search);
  const pick = (key: string, values: readonly string[]) => {
    const v = q.get(key);
    return v !== null && values.includes(v) ? v : undefined;
  };
  return { band: pick('band', known.bands) as AgeBand | undefined, reason: pick('reason', known.reasons), step: pick('step', known.steps) as SupportStep | undefined };
}

export function filterToQuery(f: MeasureFilter): string {
  const q = new URLSearchParams();
  if (f.band) q.set('band', f.band);
  if (f.reason) q.set('reason', f.reason);
  if (f.step) q.set('step', f.step);
  const s = q.toString();
  return s ? `?${s}` : '';
}
