import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAnswerSet, type AnswerSet } from '@/lib/answers';
import { choiceOptions, type Option } from '@/lib/choice-options';
import { fullToolPage } from '@/lib/embed-links';
import { parseMatrixRows, rowsToCsv } from '@/lib/matrix/rows';
import { decodeMatrixCode, encodeMatrixCode } from '@/lib/matrix/share';
import { optionsResolver } from '@/lib/self-check/engine';
import { readSiteSettings } from '@/lib/settings/read-site-settings';
import { decodeShareCode, encodeShareCode } from '@/lib/share-code';
import { readOrgResult } from '@/lib/team/org-result';
import { siteSettingsSchema } from '@/schemas/site-settings';
import { orgCheckData, selfCheckData } from './support/data';

/**
 * Seeded, bounded fuzzing of the parsers that read what a reader or HR hands the site, other than survey CSV:
 * share codes, the matrix's links, saved answers, the gap view's organisation result, embed paths and the
 * settings file. A fixed seed makes every run try the same inputs, so a failure is reproduced by running the file
 * again; the run counts and lengths bound the time. Each parser must never throw, must answer a refusal in
 * Japanese, and whatever it accepts must be valid and mean exactly what its input said.
 */
const SEED = 20_261_205;
const bounded = (numRuns: number) => ({ seed: SEED, numRuns });
const JAPANESE = /[ぁ-んァ-ヶ一-龥]/;

/** Characters that tend to break parsers: separators, quotes, percent signs, full-width forms, controls, surrogates. */
const NASTY = fc.constantFrom('.', '~', '+', '-', ',', '"', "'", '#', '%', '%2', '=', '\n', '\r', '\t', ' ', '\u3000', '\uFEFF', '\u0000', '\uD800', 'あ', '０', 'ｚ', 'z', '9', '1', '0', '<script>');
const nastyText = (maxLength: number) => fc.array(fc.oneof(NASTY, fc.string({ maxLength: 3, unit: 'binary' })), { maxLength }).map((a) => a.join(''));

/** One random edit of a valid input: a character replaced, a run deleted, text inserted, or the end cut off. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.oneof(NASTY, fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: nastyText(4) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);
function mutate(text: string, m: { kind: string; at: number; text?: string; length?: number }): string {
  const at = text.length === 0 ? 0 : m.at % text.length;
  if (m.kind === 'replace') return text.slice(0, at) + m.text + text.slice(at + 1);
  if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + (m.length ?? 1));
  if (m.kind === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  return text.slice(0, at);
}

const INSTRUMENTS = (() => {
  const self = selfCheckData();
  const org = orgCheckData();
  const orgOptions = (q: string, choices: Record<string, readonly string[]>): Option[] => {
    const question = org.instrument.choices.find((c) => c.id === q);
    return question ? choiceOptions(question, choices, []) : [];
  };
  return [
    { id: self.instrumentId, instrument: self.instrument, optionsFor: optionsResolver(self) as (q: string, c: Record<string, string[]>) => Option[] },
    { id: org.instrumentId, instrument: org.instrument, optionsFor: orgOptions as (q: string, c: Record<string, string[]>) => Option[] },
  ];
})();

describe.each(INSTRUMENTS)('share codes of the $id', ({ id, instrument, optionsFor }) => {
  const points = instrument.scale.labels.length;
  /** Any answer set a reader can make: each item answered or not, each choice question left or answered from its options. */
  const answerSet: fc.Arbitrary<AnswerSet> = fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: points }), { minLength: instrument.items.length, maxLength: instrument.items.length }),
      fc.array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: instrument.choices.length, maxLength: instrument.choices.length }),
    )
    .map(([values, picks]) => {
      const answers: Record<string, number> = {};
      instrument.items.forEach((item, i) => {
        if (values[i]! > 0) answers[item.id] = values[i]!;
      });
      const choices: Record<string, string[]> = {};
      instrument.choices.forEach((q, i) => {
        const options = optionsFor(q.id, choices);
        const picked = [...new Set(picks[i]!.map((p) => options[p % Math.max(options.length, 1)]?.id).filter((o): o is string => o !== undefined))];
        const kept = q.multiple ? picked : picked.slice(0, 1);
        if (kept.length > 0) choices[q.id] = kept;
      });
      return { instrument: id, version: instrument.version, answers, choices };
    });
  const decode = (code: unknown) => decodeShareCode(code, id, instrument, optionsFor);
  const encode = (set: AnswerSet) => encodeShareCode(id, instrument, set, optionsFor);

  /** What every answer of decodeShareCode must be: a refusal in Japanese, or a valid set its code stands for exactly. */
  const wellFormed = (input: unknown) => {
    const result = decode(input);
    if (!result.ok) {
      expect(result.message).toMatch(JAPANESE);
      return;
    }
    const check = checkAnswerSet(result.value, id, instrument, (q, c) => optionsFor(q, c).map((o) => o.id));
    expect(check.ok, JSON.stringify(input)).toBe(true);
    expect(encode(result.value)).toBe((input as string).trim());
  };

  it('reads back every answer set it writes', () => {
    fc.assert(
      fc.property(answerSet, (set) => {
        const result = decode(encode(set));
        expect(result).toEqual({ ok: true, value: set });
      }),
      bounded(400),
    );
  });

  it('refuses an edited or cut code in Japanese, or reads exactly what it says; it never throws', () => {
    fc.assert(fc.property(answerSet, fc.array(mutation, { minLength: 1, maxLength: 3 }), (set, edits) => wellFormed(edits.reduce(mutate, encode(set)))), bounded(1500));
  });

  it('answers any text or value at all without throwing', () => {
    fc.assert(fc.property(fc.oneof(nastyText(60), fc.string({ maxLength: 3000, unit: 'binary' }), fc.anything()), wellFormed), bounded(1500));
  });
});

describe('the matrix’s share links', () => {
  /** Rows as the matrix accepts them: whatever parseMatrixRows reads from a pasted table. */
  const label = fc.array(fc.constantFrom('営業', '部', 'A', 'b', '1', ',', '"', "'", '=', '.', ' ', '#', '（', 'あ', '\u3000'), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
  const figure = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }).map((d) => Math.round(d * 10) / 10));
  const rows = fc
    .array(fc.tuple(label, figure, figure, fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined })), { minLength: 1, maxLength: 12 })
    .map((list) => parseMatrixRows(list.map(([l, co, c, n]) => `"${l.replace(/"/g, '""')}",${co},${c}${n === undefined ? '' : `,${n}`}`).join('\n')).rows)
    .filter((r) => r.length > 0);

  const wellFormed = (code: string) => {
    const result = decodeMatrixCode(code);
    if (!result.ok) {
      expect(result.message).toMatch(JAPANESE);
      return;
    }
    expect(result.rows.length).toBeGreaterThan(0);
    for (const r of result.rows) {
      expect(r.label.length).toBeGreaterThan(0);
      for (const v of [r.co, r.contribution]) expect(v >= 0 && v <= 100).toBe(true);
    }
    expect(new Set(result.rows.map((r) => r.label)).size).toBe(result.rows.length);
    expect(encodeMatrixCode(result.rows)).toBe(code);
  };

  it('reads back every set of rows it writes', () => {
    fc.assert(
      fc.property(rows, (r) => {
        expect(decodeMatrixCode(encodeMatrixCode(r))).toEqual({ ok: true, rows: r });
      }),
      bounded(400),
    );
  });

  it('keeps a row whose label starts with # in the link and in the saved CSV (found by this fuzzing: it was read as a comment)', () => {
    const r = [{ label: '#営業', co: 10, contribution: 20 }, { label: '開発', co: 30, contribution: 40 }];
    expect(decodeMatrixCode(encodeMatrixCode(r))).toEqual({ ok: true, rows: r });
    expect(parseMatrixRows(rowsToCsv(r).replace(/^\uFEFF/, '')).rows).toEqual(r);
  });

  it('refuses an edited, cut or made-up code in Japanese, or reads exactly what it says; it never throws', () => {
    fc.assert(fc.property(rows, fc.array(mutation, { minLength: 1, maxLength: 3 }), (r, edits) => wellFormed(edits.reduce(mutate, encodeMatrixCode(r)))), bounded(1000));
    fc.assert(fc.property(fc.oneof(nastyText(80), fc.string({ maxLength: 3000, unit: 'binary' })), wellFormed), bounded(1000));
  });
});

describe('saved answers and the organisation result pasted into the gap view', () => {
  const org = orgCheckData();
  const orgOptionIds = (q: string, c: Record<string, string[]>) => {
    const question = org.instrument.choices.find((x) => x.id === q);
    return question ? choiceOptions(question, c, []).map((o) => o.id) : [];
  };
  /** Objects shaped almost like a saved answer set, with any value anywhere. */
  const nearlyAnswers = fc.record(
    {
      instrument: fc.oneof(fc.constant('org-check'), fc.anything()),
      version: fc.oneof(fc.constant(org.instrument.version), fc.anything()),
      answers: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...org.instrument.items.map((i) => i.id)), fc.string()), fc.anything()), fc.anything()),
      choices: fc.oneof(fc.dictionary(fc.string(), fc.array(fc.anything())), fc.anything()),
    },
    { requiredKeys: [] },
  );

  it('checks any stored value without throwing, and accepts only answers on the scale to known items', () => {
    const points = org.instrument.scale.labels.length;
    const ids = new Set(org.instrument.items.map((i) => i.id));
    fc.assert(
      fc.property(fc.oneof(nearlyAnswers, fc.anything()), (raw) => {
        const result = checkAnswerSet(raw, 'org-check', org.instrument, orgOptionIds);
        if (!result.ok) {
          expect(result.message).toMatch(JAPANESE);
          return;
        }
        for (const [item, v] of Object.entries(result.value.answers)) {
          expect(ids.has(item)).toBe(true);
          expect(Number.isInteger(v) && v >= 1 && v <= points).toBe(true);
        }
      }),
      bounded(2000),
    );
  });

  it('reads any pasted text as an organisation result or refuses it in Japanese, never throwing', () => {
    const pasted = fc.oneof(
      nastyText(80),
      fc.oneof(nearlyAnswers, fc.anything()).map((v) => {
        try {
          return JSON.stringify({ format: 'co-guide/org-check-result', ...(typeof v === 'object' && v !== null ? v : { v }) }) ?? '';
        } catch {
          return '';
        }
      }),
      fc.tuple(nastyText(10), nastyText(40)).map(([before, code]) => `${before}https://intranet.example/tools/org-check/#r=${code}`),
    );
    fc.assert(
      fc.property(pasted, (text) => {
        const result = readOrgResult(text, org);
        if (!result.ok) {
          expect(result.message).toMatch(JAPANESE);
          return;
        }
        expect(checkAnswerSet(result.set, 'org-check', org.instrument, orgOptionIds).ok).toBe(true);
      }),
      bounded(1500),
    );
  });
});

describe('embed paths', () => {
  it('give the tool’s own page under the base, or nothing, for any path and base', () => {
    const path = fc.array(fc.constantFrom('/', 'hr', 'co-guide', 'embed', 'self-check', '..', '%2F', '#', '?x', 'あ', ''), { maxLength: 8 }).map((a) => a.join('/'));
    fc.assert(
      fc.property(fc.oneof(path, nastyText(20)), fc.oneof(fc.constantFrom('/', '/hr/co-guide/', '/hr/co-guide'), nastyText(10)), (pathname, base) => {
        const page = fullToolPage(pathname, base);
        if (page === null) return;
        expect(page.startsWith(`${base.replace(/\/*$/, '')}/tools/`)).toBe(true);
        expect(page.endsWith('/')).toBe(true);
        expect(page.slice(0, -1).split('/').pop()).not.toBe('');
      }),
      bounded(2000),
    );
  });
});

describe('the settings reader', () => {
  const temp = mkdtempSync(join(tmpdir(), 'co-guide-settings-fuzz-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  mkdirSync(join(temp, 'data'));
  const real = readFileSync('content/data/site-settings.yaml', 'utf8');
  const defaults = siteSettingsSchema.parse({});

  /** Settings files HR might write: the real one edited at random, YAML of any shape, or any text. */
  const settingsText = fc.oneof(
    fc.array(mutation, { minLength: 1, maxLength: 4 }).map((edits) => edits.reduce(mutate, real)),
    fc.record({ organisation: fc.oneof(fc.record({ name: fc.oneof(nastyText(50), fc.anything()), logo: fc.anything() }, { requiredKeys: [] }), fc.anything()), accentColour: fc.anything(), hrContact: fc.oneof(nastyText(130), fc.anything()), tools: fc.anything(), team: fc.anything() }, { requiredKeys: [] }).map((v) => {
      try {
        return stringify(v);
      } catch {
        return '';
      }
    }),
    fc.string({ maxLength: 400, unit: 'binary' }),
  );

  it('turns any file into settings the schema accepts, never throwing: the defaults, or values within their limits', () => {
    fc.assert(
      fc.property(settingsText, (text) => {
        writeFileSync(join(temp, 'data/site-settings.yaml'), text);
        const settings = readSiteSettings(temp);
        expect(siteSettingsSchema.parse(settings)).toEqual(settings);
        if (JSON.stringify(settings) === JSON.stringify(defaults)) return;
        expect(settings.organisation.name.length).toBeLessThanOrEqual(40);
        expect(settings.hrContact.length).toBeLessThanOrEqual(120);
        expect(settings.accentColour).toMatch(/^(#[0-9a-fA-F]{6})?$/);
        expect(settings.team.minGroupSize >= 2 && settings.team.minGroupSize <= 100).toBe(true);
      }),
      bounded(300),
    );
  });
});
