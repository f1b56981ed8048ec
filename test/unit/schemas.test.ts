import { describe, expect, it } from 'vitest';
import { proseSchema } from '@/schemas/common';
import { measureSchema } from '@/schemas/measure';
import { instrumentSchema } from '@/schemas/instrument';

describe('content schemas', () => {
  it('joins Japanese lines that YAML folded with a space, and keeps spaces next to Latin text', () => {
    expect(proseSchema.parse('一行目の文です。\n二行目の文です。')).toBe('一行目の文です。二行目の文です。');
    expect(proseSchema.parse('C/O 経営と HR の話')).toBe('C/O 経営と HR の話');
  });

  it('explains in Japanese what a measure for an age band is missing', () => {
    const r = measureSchema.safeParse({ id: 'x', title: 't', summary: 's', perspective: 'kojin', frames: ['mieru'], owners: ['hr'], ageBands: ['young'], link: 'kojin/measures#young' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['step'], message: expect.stringContaining('step') });
  });

  it('rejects an instrument whose item points at a dimension that does not exist, naming the item', () => {
    const r = instrumentSchema.safeParse({
      version: 1,
      title: 't',
      description: 'd',
      design: 'd',
      scale: { labels: ['1', '2', '3'] },
      dimensions: [{ id: 'mieru', label: '見える', description: 'd' }],
      items: [{ id: 'a1', text: 't', dimension: 'tsunagu' }],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['items', 0, 'dimension'] });
  });
});
