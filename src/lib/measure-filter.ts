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

export function filterMeasures(measures: readonly Measure[], f: MeasureFilter): Measure[] {
  return measures.filter(
    (m) => (!f.band || m.ageBands.includes(f.band)) && (!f.reason || m.reasons.includes(f.reason)) && (!f.step || m.step === f.step),
  );
}

/** Reads a filter from a query string, dropping anything unknown (a hand-edited link must not break the page). */
export function filterFromQuery(search: string, knownReasons: readonly string[]): MeasureFilter {
  const q = new URLSearchParams(search);
  const band = q.get('band');
  const reason = q.get('reason');
  const step = q.get('step');
  return {
    band: AGE_BANDS.includes(band as AgeBand) ? (band as AgeBand) : undefined,
    reason: reason && knownReasons.includes(reason) ? reason : undefined,
    step: SUPPORT_STEPS.includes(step as SupportStep) ? (step as SupportStep) : undefined,
  };
}

export function filterToQuery(f: MeasureFilter): string {
  const q = new URLSearchParams();
  if (f.band) q.set('band', f.band);
  if (f.reason) q.set('reason', f.reason);
  if (f.step) q.set('step', f.step);
  const s = q.toString();
  return s ? `?${s}` : '';
}
