import { describe, expect, it } from 'vitest';
import { CYCLE_STEPS, FUDO_GROUPS, SUPPORT_STEPS } from '@/schemas/vocabulary';
import { ageBands, measures, orgCheckData, selfCheckData } from './support/data';

const bands = ageBands();
const catalogue = measures();

describe('the shared data', () => {
  it('has a measure for every age band at every one of the four steps', () => {
    for (const band of bands) for (const step of SUPPORT_STEPS) expect(catalogue.some((m) => m.ageBands.includes(band.id) && m.step === step), `${band.id} × ${step}`).toBe(true);
  });

  it('answers every stagnation reason with a measure for its own age band', () => {
    for (const band of bands) for (const r of band.reasons) expect(catalogue.some((m) => m.reasons.includes(r.id) && m.ageBands.includes(band.id)), r.id).toBe(true);
  });

  it('has a measure for every 不動層 group at every step of 知る・気づく・拡げる', () => {
    for (const g of FUDO_GROUPS) for (const c of CYCLE_STEPS) expect(catalogue.some((m) => m.groups.includes(g) && m.cycle === c), `${g} × ${c}`).toBe(true);
  });

  it('gives the self-check rules only reasons and faces that exist', () => {
    const { rules, instrument } = selfCheckData();
    const dims = new Set(instrument.dimensions.map((d) => d.id));
    const reasons = new Set(bands.flatMap((b) => b.reasons.map((r) => r.id)));
    for (const [reason, dim] of Object.entries(rules.reasonDimensions)) {
      expect(reasons.has(reason), reason).toBe(true);
      expect(dims.has(dim), dim).toBe(true);
    }
    for (const r of reasons) expect(rules.reasonDimensions[r], `no face for reason ${r}`).toBeDefined();
    for (const g of rules.groups) for (const d of g.when) expect(dims.has(d), d).toBe(true);
    for (const d of rules.taigenDo.dimensions) expect(dims.has(d), d).toBe(true);
    for (const d of dims) expect(rules.faces.some((f) => f.id === d), `no limits for face ${d}`).toBe(true);
  });

  it('keys at least two items of every self-check face the other way, each opposite named where it has one', () => {
    const { instrument } = selfCheckData();
    for (const d of instrument.dimensions) {
      const items = instrument.items.filter((i) => i.dimension === d.id);
      expect(items.filter((i) => i.reverse).length, d.id).toBeGreaterThanOrEqual(2);
      expect(items.filter((i) => i.reverse && i.opposes).length, d.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('offers at least one thing the person can do alone for every group step and every stagnation reason', () => {
    for (const g of FUDO_GROUPS) for (const c of CYCLE_STEPS) expect(catalogue.some((m) => m.groups.includes(g) && m.cycle === c && m.action === 'self'), `${g} × ${c}`).toBe(true);
    for (const band of bands) for (const r of band.reasons) expect(catalogue.some((m) => m.reasons.includes(r.id) && m.action === 'self'), r.id).toBe(true);
  });

  it('gives the organisation check a condition for every 浸透ステップ, in order, on axes that exist', () => {
    const org = orgCheckData();
    expect(org.rules.stages.map((s) => s.step)).toEqual([...org.steps].sort((a, b) => a.order - b.order).map((s) => s.id));
    const axes = new Set([...org.instrument.dimensions.map((d) => d.id), 'mean', 'each']);
    for (const s of org.rules.stages) for (const c of s.done) expect(axes.has(c.of), `${s.step}: ${c.of}`).toBe(true);
  });
});
