import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import { scoreDimensions } from '@/lib/likert';
import { compareRecords, sharedItems } from '@/lib/self-check/history/compare';
import { checkRecords, decodeHistoryFile, encodeHistoryFile, mergeRecords, MAX_RECORDS } from '@/lib/self-check/history/file';
import { fingerprint, holdsSet, keepResult, makeRecord, previousOf, type HistoryRecord } from '@/lib/self-check/history/record';
import { selfCheckData } from './support/data';
import { answersForLevels } from './support/self-check-answers';

const data = selfCheckData();
const { instrument } = data;
const items = instrument.items;

const setOf = (answers: Record<string, number>, choices: Record<string, string[]> = { age: ['middle'] }): AnswerSet => ({ instrument: 'self-check', version: instrument.version, answers, choices });
const arbAnswers = fc.tuple(...items.map(() => fc.integer({ min: 1, max: 5 }))).map((vs) => Object.fromEntries(items.map((it, i) => [it.id, vs[i]!])));
const at = (iso: string) => new Date(iso);

describe('a kept result', () => {
  it('holds the answers, the shown scores and a fingerprint of every item as asked', () => {
    const set = answersForLevels(data, { mieru: 5, fuyasu: 2, tsunagu: 1, reach: 4 });
    const r = makeRecord(set, instrument, at('2026-06-01T09:00:00Z'), '', 'abc');
    expect(r.id).toBe('2026-06-01T09:00:00.000Z-abc');
    expect(r.faces).toEqual(scoreDimensions(instrument, set.answers).map((s) => ({ id: s.id, label: s.label, score: s.score })));
    expect(r.faces.map((f) => f.score)).toEqual([100, 25, 0, 75]);
    expect(Object.keys(r.items)).toEqual(items.map((i) => i.id));
    expect(holdsSet(r, set)).toBe(true);
    expect(holdsSet(r, { ...set, choices: { age: ['young'] } })).toBe(false);
    expect(holdsSet(r, { ...set, answers: { ...set.answers, m1: set.answers.m1 === 1 ? 2 : 1 } })).toBe(false);
  });

  it('tells a reworded, turned round or rescaled item from the same one', () => {
    const base = makeRecord(setOf({}), instrument, at('2026-06-01T09:00:00Z')).items.m1!;
    const reworded = { ...instrument, items: items.map((i) => (i.id === 'm1' ? { ...i, text: `${i.text}（改）` } : i)) };
    const reversed = { ...instrument, items: items.map((i) => (i.id === 'm1' ? { ...i, reverse: true } : i)) };
    const sixPoint = { ...instrument, scale: { labels: [...instrument.scale.labels, '強くそう思う'] } };
    for (const other of [reworded, reversed, sixPoint]) expect(makeRecord(setOf({}), other, at('2026-06-01T09:00:00Z')).items.m1!.key).not.toBe(base.key);
    expect(fingerprint('あ')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('is kept once per day: the same answers change nothing, a retake that day replaces it, another day adds one', () => {
    const a = setOf(answersForLevels(data, { mieru: 3, fuyasu: 3, tsunagu: 3, reach: 3 }).answers);
    const b = setOf(answersForLevels(data, { mieru: 4, fuyasu: 3, tsunagu: 3, reach: 3 }).answers);
    const first = makeRecord(a, instrument, at('2026-06-01T12:00:00Z'), '評価のこと', 'a');
    let list = keepResult([], first).records;
    expect(list).toEqual([first]);
    expect(keepResult(list, makeRecord(a, instrument, at('2026-12-05T09:00:00Z'), '', 'x')).records).toEqual([first]);
    const sameDay = keepResult(list, makeRecord(b, instrument, at('2026-06-01T13:00:00Z'), '', 'b'));
    expect(sameDay.records).toHaveLength(1);
    expect(sameDay.kept.answers).toEqual(b.answers);
    expect(sameDay.kept.topic).toBe('評価のこと');
    const later = makeRecord(b, instrument, at('2026-12-05T09:00:00Z'), '', 'c');
    list = keepResult(list, later).records;
    expect(list.map((r) => r.id)).toEqual([later.id, first.id]);
    // Shown again, the newest result is compared with the one before it; a result not kept, with the newest.
    expect(previousOf(list, b)?.id).toBe(first.id);
    expect(previousOf(list, a)?.id).toBe(later.id);
    expect(previousOf([], a)).toBeNull();
    expect(previousOf([first], a)).toBeNull();
  });
});

describe('the change since last time', () => {
  it('on the same questions, is the difference of the shown scores for every face, whatever the answers', () => {
    fc.assert(
      fc.property(arbAnswers, arbAnswers, (x, y) => {
        const before = makeRecord(setOf(x), instrument, at('2026-06-01T09:00:00Z'));
        const after = makeRecord(setOf(y), instrument, at('2026-12-01T09:00:00Z'));
        const c = compareRecords(before, after);
        expect(c.allShared).toBe(true);
        expect(c.sharedItems).toBe(items.length);
        expect(c.faces.map((f) => [f.before, f.after, f.delta])).toEqual(before.faces.map((f, i) => [f.score, after.faces[i]!.score, after.faces[i]!.score! - f.score!]));
        // The answers that moved most, largest first, each really moved, none larger left out.
        const moves = items.map((i) => Math.abs(y[i.id]! - x[i.id]!));
        expect(c.moved.map((m) => Math.abs(m.keyedDelta))).toEqual([...moves].filter((m) => m > 0).sort((p, q) => q - p).slice(0, 3));
        for (const m of c.moved) {
          expect([m.before, m.after]).toEqual([x[m.itemId], y[m.itemId]]);
          expect(m.keyedDelta).toBe(m.reverse ? m.before - m.after : m.after - m.before);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('across versions, counts only the items asked the same way in both, and says how many', () => {
    // A later version: m1 reworded, f1 turned round, t1 dropped, a new item on つなぐ.
    const v3 = {
      ...instrument,
      version: instrument.version + 1,
      items: [
        ...items.filter((i) => i.id !== 't1').map((i) => (i.id === 'm1' ? { ...i, text: '仕事で大切にしたいことを、人に説明できる。' } : i.id === 'f1' ? { ...i, reverse: true } : i)),
        { id: 't9', dimension: 'tsunagu', reverse: false, text: '新しい設問。' },
      ],
    };
    const old = makeRecord(setOf(answersForLevels(data, { mieru: 1, fuyasu: 1, tsunagu: 1, reach: 1 }).answers), instrument, at('2026-06-01T09:00:00Z'));
    const newAnswers = Object.fromEntries(v3.items.map((i) => [i.id, i.reverse ? 1 : 5]));
    const now = makeRecord({ instrument: 'self-check', version: v3.version, answers: newAnswers, choices: {} }, v3, at('2026-12-01T09:00:00Z'));
    const shared = sharedItems(old, now);
    expect(shared).not.toContain('m1');
    expect(shared).not.toContain('f1');
    expect(shared).not.toContain('t9');
    expect(shared).toHaveLength(items.length - 3);
    const c = compareRecords(old, now);
    expect(c.allShared).toBe(false);
    expect([c.beforeVersion, c.afterVersion]).toEqual([instrument.version, v3.version]);
    expect(c.faces.map((f) => [f.id, f.shared, f.total])).toEqual([
      ['mieru', 5, 6],
      ['fuyasu', 5, 6],
      ['tsunagu', 5, 6],
      ['reach', 6, 6],
    ]);
    // Every shared item went from the lowest to the highest keyed answer: each face from 0 to 100 on those items.
    expect(c.faces.map((f) => [f.before, f.after, f.delta])).toEqual(c.faces.map(() => [0, 100, 100]));
    expect(c.moved.every((m) => shared.includes(m.itemId))).toBe(true);
    // Another instrument, or another scale, shares nothing.
    expect(sharedItems(old, { ...now, instrument: 'org-check' })).toEqual([]);
    expect(compareRecords(old, { ...now, points: 7 }).faces.every((f) => f.delta === null && f.shared === 0)).toBe(true);
  });
});

describe('the file of kept results', () => {
  const records = [
    makeRecord(setOf(answersForLevels(data, { mieru: 2, fuyasu: 3, tsunagu: 4, reach: 5 }).answers), instrument, at('2026-06-01T09:00:00Z'), '異動のこと', 'a'),
    makeRecord(setOf(answersForLevels(data, { mieru: 4, fuyasu: 3, tsunagu: 4, reach: 5 }).answers), instrument, at('2026-12-01T09:00:00Z'), '', 'b'),
  ];
  const file = encodeHistoryFile(records, at('2026-12-05T00:00:00Z'));

  it('reads back exactly what it wrote, newest first', () => {
    const r = decodeHistoryFile(file);
    expect(r).toEqual({ ok: true, value: [records[1], records[0]] });
  });

  it.each([
    ['not JSON', 'これはJSONではない', 'JSONとして読み取れませんでした'],
    ['a single result file', JSON.stringify({ format: 'co-guide/self-check-result', answers: {} }), '診断結果を1回分書き出したファイル'],
    ['another file', JSON.stringify({ hello: 1 }), '記録のファイルではありません'],
    ['a newer format', JSON.stringify({ format: 'co-guide/self-check-history', formatVersion: 2, records: [] }), '新しい版で作られた'],
    ['an answer off the scale', file.replace('"m1": 2', '"m1": 9'), '設問 m1 の回答が 1〜5 の範囲にありません'],
    ['an answer to an unknown item', file.replace('"m1": 2', '"zz": 2'), '設問の一覧にない設問（zz）'],
    ['a broken date', file.replace('"2026-06-01T09:00:00.000Z"', '"きのう"'), '日付が読み取れません'],
    ['a score over 100', file.replace(/"score": 75/, '"score": 750'), '0〜100 の範囲にありません'],
    ['the same record twice', JSON.stringify({ format: 'co-guide/self-check-history', formatVersion: 1, records: [records[0], records[0]] }), '2件目の記録が、ほかの記録と重なっています'],
  ])('refuses %s whole, with a message in Japanese', (_, text, message) => {
    const r = decodeHistoryFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain(message);
      expect(r.message).toContain('何も取り込んでいません');
    }
  });

  it('never throws on a damaged file, and whatever it accepts is a valid list', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: file.length - 1 }), fc.string({ maxLength: 3 }), (pos, s) => {
        const damaged = file.slice(0, pos) + s + file.slice(pos + 1);
        const r = decodeHistoryFile(damaged);
        if (r.ok) expect(checkRecords(r.value).ok).toBe(true);
        else expect(r.message).toMatch(/[ぁ-ん]/);
      }),
      { numRuns: 500 },
    );
  });

  it('imports only what is not kept yet, so importing twice changes nothing, and stops at the limit', () => {
    const once = mergeRecords([records[0]!], records);
    expect(once.ok && once.value.added).toBe(1);
    const twice = once.ok ? mergeRecords(once.value.records, records) : once;
    expect(twice.ok && [twice.value.added, twice.value.records.length]).toEqual([0, 2]);
    const many: HistoryRecord[] = Array.from({ length: MAX_RECORDS }, (_, i) => ({ ...records[0]!, id: `r${i}` }));
    const full = mergeRecords(many, [records[1]!]);
    expect(full.ok).toBe(false);
    if (!full.ok) expect(full.message).toContain('何も取り込んでいません');
  });
});
