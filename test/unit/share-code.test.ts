import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionsResolver } from '@/lib/self-check/engine';
import { decodeShareCode, encodeShareCode } from '@/lib/share-code';
import { selfCheckData } from './support/data';

const data = selfCheckData();
const resolve = optionsResolver(data);
const ids = data.instrument.items.map((i) => i.id);
const bandIds = data.ageBands.map((b) => b.id);

const setArb = fc
  .record({
    answers: fc.dictionary(fc.constantFrom(...ids), fc.integer({ min: 1, max: 5 })),
    band: fc.option(fc.constantFrom(...bandIds), { nil: undefined }),
    reasonIndex: fc.option(fc.nat(5), { nil: undefined }),
  })
  .map(({ answers, band, reasonIndex }) => {
    const choices: Record<string, string[]> = {};
    if (band) {
      choices.age = [band];
      const reasons = data.ageBands.find((b) => b.id === band)!.reasons;
      if (reasonIndex !== undefined && reasonIndex < reasons.length) choices.reason = [reasons[reasonIndex]!.id];
    }
    return { instrument: 'self-check', version: data.instrument.version, answers, choices };
  });

const encode = (set: Parameters<typeof encodeShareCode>[2]) => encodeShareCode('self-check', data.instrument, set, resolve);
const decode = (code: unknown) => decodeShareCode(code, 'self-check', data.instrument, resolve);

describe('share code', () => {
  it('round-trips any valid answer set', () => {
    fc.assert(
      fc.property(setArb, (set) => {
        expect(decode(encode(set))).toEqual({ ok: true, value: set });
      }),
    );
  });

  it('is compact: a complete answer set fits in well under 80 characters', () => {
    const set = { instrument: 'self-check', version: 1, answers: Object.fromEntries(ids.map((id) => [id, 3])), choices: { age: ['senior'], reason: ['senior-no-next'] } };
    expect(encode(set).length).toBeLessThan(80);
  });

  it('never throws on arbitrary input and always explains a rejection', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (junk) => {
        const r = decode(junk);
        if (!r.ok) expect(r.message.length).toBeGreaterThan(5);
      }),
    );
  });

  it('rejects a tampered, truncated, old-version or foreign link with its own message', () => {
    const good = encode({ instrument: 'self-check', version: 1, answers: { m1: 4, f1: 2 }, choices: { age: ['young'] } });
    const tampered = good.replace(/\.(\d)/, (_, d) => `.${d === '4' ? '5' : '4'}`);
    expect(decode(tampered)).toMatchObject({ ok: false, error: 'checksum' });
    expect(decode(good.slice(0, -3))).toMatchObject({ ok: false, error: 'checksum' });
    expect(decode(good.split('.').slice(0, 3).join('.'))).toMatchObject({ ok: false, error: 'malformed' });
    const old = encodeShareCode('self-check', { ...data.instrument, version: 0 }, { instrument: 'self-check', version: 0, answers: {}, choices: {} }, resolve);
    expect(decode(old)).toMatchObject({ ok: false, error: 'version' });
    const foreign = encodeShareCode('org-check', data.instrument, { instrument: 'org-check', version: 1, answers: {}, choices: {} }, resolve);
    expect(decode(foreign)).toMatchObject({ ok: false, error: 'instrument' });
  });

  it('says a link from a newer version of the site was made by a newer version, not that it is old', () => {
    const v = data.instrument.version;
    const newer = encodeShareCode('self-check', { ...data.instrument, version: v + 1 }, { instrument: 'self-check', version: v + 1, answers: {}, choices: {} }, resolve);
    const r = decode(newer);
    expect(r).toMatchObject({ ok: false, error: 'version', message: expect.stringContaining('新しい版') });
    expect(r.ok ? '' : r.message).not.toContain('古い版');
    const older = encodeShareCode('self-check', { ...data.instrument, version: v - 1 }, { instrument: 'self-check', version: v - 1, answers: {}, choices: {} }, resolve);
    expect(decode(older)).toMatchObject({ ok: false, message: expect.stringContaining('古い版') });
  });
});
