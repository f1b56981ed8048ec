import { describe, expect, it } from 'vitest';
import { talkSheetSchema } from '@/schemas/talk-sheet';
import { AGE_BANDS, FUDO_GROUPS } from '@/schemas/vocabulary';
import { talkSheets } from './support/data';

const sheet = { id: 'x', purpose: '目的', questions: ['一', '二', '三'], cautions: ['注意'] };

describe('talk sheets', () => {
  it('has one sheet for every 不動層 group and every age band, each aimed at exactly one of them', () => {
    const sheets = talkSheets();
    expect(sheets.flatMap((s) => (s.fudoGroup ? [s.fudoGroup] : [])).sort()).toEqual([...FUDO_GROUPS].sort());
    expect(sheets.flatMap((s) => (s.ageBand ? [s.ageBand] : [])).sort()).toEqual([...AGE_BANDS].sort());
  });

  it.each([
    ['neither a group nor a band', {}],
    ['both a group and a band', { fudoGroup: 'reach', ageBand: 'young' }],
  ])('rejects a sheet aimed at %s, saying in Japanese what to write', (_, target) => {
    const r = talkSheetSchema.safeParse({ ...sheet, ...target });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['fudoGroup'], message: expect.stringContaining('どちらか1つだけ') });
  });

  it('accepts a sheet aimed at one group, and refuses more questions than fit on one A4 page', () => {
    expect(talkSheetSchema.safeParse({ ...sheet, fudoGroup: 'grow' }).success).toBe(true);
    const tooMany = talkSheetSchema.safeParse({ ...sheet, fudoGroup: 'grow', questions: ['1', '2', '3', '4', '5', '6', '7'] });
    expect(tooMany.success).toBe(false);
    expect(tooMany.error?.issues[0]?.path).toEqual(['questions']);
  });
});
