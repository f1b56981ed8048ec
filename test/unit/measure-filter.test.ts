import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterFromQuery, filterMeasures, filterToQuery, readFilter, withBand, type MeasureFilter } from '@/lib/measure-filter';
import { AGE_BANDS, SUPPORT_STEPS } from '@/schemas/vocabulary';
import { ageBands, measures } from './support/data';

const catalogue = measures();
const reasons = ageBands().flatMap((b) => b.reasons.map((r) => r.id));
const filterArb: fc.Arbitrary<MeasureFilter> = fc.record(
  { band: fc.constantFrom(...AGE_BANDS), reason: fc.constantFrom(...reasons), step: fc.constantFrom(...SUPPORT_STEPS) },
  { requiredKeys: [] },
);

describe('measure filter', () => {
  it('returns only rows that satisfy every chosen condition, and all rows for an empty filter', () => {
    expect(filterMeasures(catalogue, {})).toHaveLength(catalogue.length);
    fc.assert(
      fc.property(filterArb, (f) => {
        for (const m of filterMeasures(catalogue, f)) {
          if (f.band) expect(m.ageBands).toContain(f.band);
          if (f.reason) expect(m.reasons).toContain(f.reason);
          if (f.step) expect(m.step).toBe(f.step);
        }
        // Nothing that satisfies the filter is left out.
        const kept = new Set(filterMeasures(catalogue, f).map((m) => m.id));
        for (const m of catalogue) {
          const fits = (!f.band || m.ageBands.includes(f.band)) && (!f.reason || m.reasons.includes(f.reason)) && (!f.step || m.step === f.step);
          expect(kept.has(m.id)).toBe(fits);
        }
      }),
    );
  });

  it('round-trips through the URL query and ignores hand-edited junk', () => {
    fc.assert(
      fc.property(filterArb, (f) => {
        expect(filterFromQuery(filterToQuery(f), reasons)).toEqual({ band: f.band, reason: f.reason, step: f.step });
      }),
    );
    expect(filterFromQuery('?band=teen&step=<script>&reason=x', reasons)).toEqual({ band: undefined, reason: undefined, step: undefined });
  });
});

describe('changing the age band of a filter', () => {
  const bandReasons = Object.fromEntries(ageBands().map((b) => [b.id, b.reasons.map((r) => r.id)]));
  it('keeps the reason only when the new band has it, and keeps the step', () => {
    fc.assert(
      fc.property(filterArb, fc.option(fc.constantFrom(...AGE_BANDS), { nil: undefined }), (f, band) => {
        const next = withBand(f, band, bandReasons);
        expect(next.band).toBe(band);
        expect(next.step).toBe(f.step);
        expect(next.reason).toBe(band && f.reason && bandReasons[band]!.includes(f.reason) ? f.reason : undefined);
      }),
    );
  });
});

describe('reading a linked filter against the lists the page offers', () => {
  it('keeps only values the page lists', () => {
    const known = { bands: ['young'], reasons: ['young-no-model'], steps: ['know'] };
    expect(readFilter('?band=young&reason=young-no-model&step=know', known)).toEqual({ band: 'young', reason: 'young-no-model', step: 'know' });
    expect(readFilter('?band=senior&reason=x&step=practice', known)).toEqual({ band: undefined, reason: undefined, step: undefined });
  });
});
