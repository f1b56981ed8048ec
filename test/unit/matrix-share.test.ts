import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMatrixCode, encodeMatrixCode } from '@/lib/matrix/share';
import { checksum } from '@/lib/share-code';

const labelArb = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && !s.startsWith('#') && !/[\r\n\t"]/.test(s) && s === s.normalize('NFKC'));
const rowsArb = fc.uniqueArray(fc.record({ label: labelArb, co: fc.integer({ min: 0, max: 100 }), contribution: fc.integer({ min: 0, max: 100 }) }), { selector: (r) => r.label, minLength: 1, maxLength: 20 });

const ROWS = [
  { label: '30代前半', co: 72, contribution: 45 },
  { label: '=HYPERLINK("x")', co: 50.5, contribution: 61 },
  { label: '営業部.東京', co: 10, contribution: 100 },
];

describe('matrix share code', () => {
  it('round-trips any valid rows, labels with dots, commas and formula signs included', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        expect(decodeMatrixCode(encodeMatrixCode(rows))).toEqual({ ok: true, rows });
      }),
    );
    expect(decodeMatrixCode(encodeMatrixCode(ROWS))).toEqual({ ok: true, rows: ROWS });
  });

  it('refuses every truncation of a code with a message, never other figures', () => {
    const code = encodeMatrixCode(ROWS);
    for (let n = 0; n < code.length; n++) {
      const r = decodeMatrixCode(code.slice(0, n));
      expect(r.ok, `cut at ${n}`).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/共有リンク/);
    }
  });

  it('refuses a single changed character anywhere (45 → 4 and the like)', () => {
    const code = encodeMatrixCode([{ label: 'A', co: 45, contribution: 45 }]);
    for (let i = 0; i < code.length; i++) {
      for (const ch of ['4', '0', 'x', '.', ',']) {
        if (code[i] === ch) continue;
        const changed = code.slice(0, i) + ch + code.slice(i + 1);
        expect(decodeMatrixCode(changed).ok, changed).toBe(false);
      }
    }
  });

  it('tells a link of the old unchecked form, a newer site and a bad version apart', () => {
    expect(decodeMatrixCode('ラベル,C/O体現度,事業貢献\n30代前半,72,45')).toMatchObject({ ok: false, message: expect.stringContaining('以前の形式') });
    const newer = `matrix.2.A,1,2`;
    expect(decodeMatrixCode(`${newer}.${checksum(newer)}`)).toMatchObject({ ok: false, message: expect.stringContaining('新しい版') });
    const zero = `matrix.0.A,1,2`;
    expect(decodeMatrixCode(`${zero}.${checksum(zero)}`)).toMatchObject({ ok: false, message: expect.stringContaining('版の表記') });
    const bad = `matrix.1.A,1000,2`;
    expect(decodeMatrixCode(`${bad}.${checksum(bad)}`)).toMatchObject({ ok: false });
    expect(decodeMatrixCode('')).toMatchObject({ ok: false });
  });
});
