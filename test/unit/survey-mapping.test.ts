import { describe, expect, it } from 'vitest';
import type { ColumnRole } from '@/lib/team/survey-import';
import { ageColumnOf, chosenAgeBands, clip, percentDone, proposedAges, reviewMapping, roleOf, roleValue, withAgeBand, withRole, type OpenedSurvey } from '@/lib/team/survey-mapping';
import { selfCheckData } from './support/data';

const data = selfCheckData();
const items = data.instrument.items;

function opened(mapping: ColumnRole[], ageValues: [string, number][] | null = null): OpenedSurvey {
  return {
    encoding: 'utf-8',
    header: mapping.map((_, i) => `列${i + 1}`),
    sample: mapping.map(() => ''),
    rows: 3,
    mapping,
    columns: mapping.map((m) => ({ distinct: 3, freeText: false, values: m.kind === 'choice' ? ageValues : null })),
    notes: [],
    fileName: 's.csv',
    ages: {},
  };
}
const allItems: ColumnRole[] = items.map((i) => ({ kind: 'item', id: i.id }));

describe('survey mapping', () => {
  it('round-trips every role through the value of its choice, and reads anything else as unused', () => {
    const roles: ColumnRole[] = [{ kind: 'ignore' }, { kind: 'extra' }, { kind: 'item', id: 'q1' }, { kind: 'choice', id: 'age' }];
    for (const r of roles) expect(roleOf(roleValue(r))).toEqual(r);
    expect(roleOf('item:')).toEqual({ kind: 'ignore' });
    expect(roleOf('nonsense')).toEqual({ kind: 'ignore' });
  });

  it('clips long texts with an ellipsis', () => {
    expect(clip('あいうえお', 3)).toBe('あいう…');
    expect(clip('あいう', 3)).toBe('あいう');
    expect(clip('x'.repeat(41))).toBe(`${'x'.repeat(40)}…`);
  });

  it('finds the age column and proposes bands only for its values', () => {
    const mapping: ColumnRole[] = [{ kind: 'ignore' }, { kind: 'choice', id: 'age' }, ...allItems];
    const o = opened(mapping, [['25歳', 2], ['ひみつ', 1]]);
    expect(ageColumnOf(mapping)).toBe(1);
    const proposed = proposedAges(o, data);
    expect(proposed['ひみつ']).toBeUndefined();
    expect(proposedAges(opened(allItems), data)).toEqual({});
  });

  it('asks for the unplaced age values, and reads only the placed ones', () => {
    const o = opened([{ kind: 'choice', id: 'age' }, ...allItems], [['ひみつ', 1], ['25歳', 2]]);
    const first = reviewMapping(o, data);
    expect(first.ageValues.map((v) => v.value)).toEqual(['ひみつ', '25歳']);
    expect(first.issues.length).toBeGreaterThan(0);
    const band = data.ageBands[0]!.id;
    const placed = withAgeBand(withAgeBand(o, 'ひみつ', band), '25歳', band);
    expect(chosenAgeBands(first.ageValues, placed.ages)).toEqual({ ひみつ: band, '25歳': band });
    const unplaced = withAgeBand(placed, 'ひみつ', undefined);
    expect(chosenAgeBands(first.ageValues, unplaced.ages)).toEqual({ '25歳': band });
    expect(o.ages).toEqual({});
  });

  it('says when the age column has too many values to be ages', () => {
    const o = opened([{ kind: 'choice', id: 'age' }, ...allItems], null);
    expect(reviewMapping(o, data).issues).toContain('1列目「列1」には値が50種類より多くあり、年代の列とは思えません。年代の列を選び直してください。');
  });

  it('changes one column’s role without touching the others', () => {
    const o = opened(allItems);
    const changed = withRole(o, 1, 'extra');
    expect(changed.mapping[1]).toEqual({ kind: 'extra' });
    expect(changed.mapping.filter((_, i) => i !== 1)).toEqual(allItems.filter((_, i) => i !== 1));
    expect(o.mapping).toEqual(allItems);
  });

  it('gives progress in whole percent, never dividing by zero', () => {
    expect(percentDone(1, 3)).toBe(33);
    expect(percentDone(5, 0)).toBe(500);
    expect(percentDone(0, 0)).toBe(0);
  });
});
