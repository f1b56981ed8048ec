import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAnswerSet, unanswered } from '@/lib/answers';
import { answeredIn, answersNeeded, currentScreen, finish, readCarried, readResultLink, screenForCarried, screenOf, withAnswer, withChoice } from '@/lib/diagnostic/flow';
import { screens } from '@/lib/diagnostic/screens';
import { HASH_PREFIX, hashPayload } from '@/lib/hash-payload';
import { encodeShareCode } from '@/lib/share-code';
import { optionsResolver } from '@/lib/self-check/options';
import { answersForLevels } from './support/self-check-answers';
import { selfCheckData } from './support/data';

const data = selfCheckData();
const { instrument } = data;
const optionsFor = optionsResolver(data);
const pages = screens(instrument);
const empty = emptyAnswerSet('self-check', instrument.version);
const complete = answersForLevels(data, Object.fromEntries(instrument.dimensions.map((d) => [d.id, 4])));
const code = (set = complete) => encodeShareCode('self-check', instrument, set, optionsFor);

describe('the questionnaire flow, without a browser', () => {
  it('opens on the first open question when a stored page says "result" but answers are missing', () => {
    expect(currentScreen(pages.length, pages, complete, instrument)).toBe(pages.length);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: instrument.items.length - 1 }), (k) => {
        const item = instrument.items[k]!;
        const { [item.id]: _, ...answers } = complete.answers;
        const screen = currentScreen(pages.length + 3, pages, { ...complete, answers }, instrument);
        expect(pages[screen]!.items.map((i) => i.id)).toContain(item.id);
      }),
    );
    expect(currentScreen(-2, pages, empty, instrument)).toBe(0);
  });

  it('lets the reader see a result only with every answer, and names what is missing in order', () => {
    expect(finish(complete, instrument)).toEqual({ ok: true });
    const r = finish(withChoice(complete, 'age', null, instrument, optionsFor), instrument);
    expect(r).toEqual({ ok: false, missing: ['age'] });
    expect(screenOf(pages, 'age')).toBe(pages.length - 1);
    expect(finish(empty, instrument)).toEqual({ ok: false, missing: unanswered(empty, instrument) });
  });

  it('counts answers against what a result needs', () => {
    expect(answersNeeded(instrument)).toBe(instrument.items.length + instrument.choices.filter((c) => !c.optional).length);
    expect(answeredIn(empty, instrument)).toBe(0);
    expect(answeredIn(complete, instrument)).toBe(answersNeeded(instrument));
    expect(answeredIn(withAnswer(empty, instrument.items[0]!.id, 3), instrument)).toBe(1);
  });

  it('drops a stagnation reason when a new age band makes it meaningless, and keeps it when it still fits', () => {
    const band = data.ageBands[0]!;
    const reason = band.reasons[0]!.id;
    const chosen = withChoice(withChoice(empty, 'age', band.id, instrument, optionsFor), 'reason', reason, instrument, optionsFor);
    expect(chosen.choices.reason).toEqual([reason]);
    expect(withChoice(chosen, 'age', band.id, instrument, optionsFor).choices.reason).toEqual([reason]);
    const other = data.ageBands.find((b) => !b.reasons.some((r) => r.id === reason))!;
    expect(withChoice(chosen, 'age', other.id, instrument, optionsFor).choices.reason).toBeUndefined();
  });

  it('shows a complete result link, refuses one of part of the answers, and says why in Japanese', () => {
    expect(readResultLink(code(), 'self-check', instrument, optionsFor)).toEqual({ ok: true, set: complete });
    const { [instrument.items[0]!.id]: _, ...answers } = complete.answers;
    const partial = readResultLink(code({ ...complete, answers }), 'self-check', instrument, optionsFor);
    expect(partial).toEqual({ ok: false, message: expect.stringContaining('未回答が1問') });
    const broken = readResultLink(`${code()}x`, 'self-check', instrument, optionsFor);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.message).toMatch(/[ぁ-ん]/);
  });

  it('takes carried answers when nothing is saved, asks when something is, and opens at their first open question', () => {
    expect(readCarried(code(), empty, 'self-check', instrument, optionsFor)).toEqual({ kind: 'take', set: complete, count: answersNeeded(instrument) });
    const saved = withAnswer(empty, instrument.items[0]!.id, 2);
    expect(readCarried(code(), saved, 'self-check', instrument, optionsFor)).toMatchObject({ kind: 'ask', saved: 1 });
    expect(readCarried('nonsense', empty, 'self-check', instrument, optionsFor)).toEqual({ kind: 'unreadable' });
    expect(screenForCarried(complete, pages, instrument)).toBe(pages.length - 1);
    expect(screenForCarried(withChoice(complete, 'age', null, instrument, optionsFor), pages, instrument)).toBe(screenOf(pages, 'age'));
  });
});

describe('hash payloads', () => {
  it('reads the payload after its prefix, percent-decoded, at the start or anywhere in a pasted text', () => {
    expect(hashPayload('#r=a%20b', HASH_PREFIX.result)).toBe('a b');
    expect(hashPayload('#a=x', HASH_PREFIX.result)).toBeNull();
    expect(hashPayload('https://x/tools/self-check/#r=abc', HASH_PREFIX.result)).toBeNull();
    expect(hashPayload('https://x/tools/self-check/#r=abc', HASH_PREFIX.result, true)).toBe('abc');
  });

  it('gives a payload that does not decode back as it is, for its decoder to report', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const got = hashPayload(`#m=${s}`, HASH_PREFIX.matrix);
        let decoded: string | null = null;
        try {
          decoded = decodeURIComponent(s);
        } catch {
          /* not decodable */
        }
        expect(got).toBe(decoded ?? s);
      }),
    );
  });
});
