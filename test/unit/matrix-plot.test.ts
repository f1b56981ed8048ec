import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plotLayout, POINT_RADIUS, type Box } from '@/lib/matrix/plot';
import { quadrantOf } from '@/lib/matrix/rows';
import { readDataFile } from '@/data/read-file';

const settings = readDataFile('content', 'matrix');
const names = { a: 'A 自律貢献', b: 'B 成果先行', c: 'C 未活用', d: 'D 停滞' };
const overlaps = (a: Box, b: Box) => Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
const within = (a: Box, b: Box) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
const dot = (p: { cx: number; cy: number }): Box => ({ left: p.cx - POINT_RADIUS, right: p.cx + POINT_RADIUS, top: p.cy - POINT_RADIUS, bottom: p.cy + POINT_RADIUS });

describe('matrix plot geometry', () => {
  it('puts every score pair on the side of the split lines its quadrant says, inside the plot', () => {
    for (const split of [settings.split, { co: 30, contribution: 70 }]) {
      const points = [];
      for (let co = 0; co <= 100; co += 5) for (let contribution = 0; contribution <= 100; contribution += 5) points.push({ label: `${co}-${contribution}`, co, contribution });
      const l = plotLayout(points, split, names);
      for (const p of l.points) {
        const q = quadrantOf(p, split);
        expect(p.cx >= l.split.x, p.label).toBe(q === 'a' || q === 'c');
        expect(p.cy <= l.split.y, p.label).toBe(q === 'a' || q === 'b');
        expect(within(dot(p), { left: l.area.left - POINT_RADIUS, right: l.area.right + POINT_RADIUS, top: l.area.top - POINT_RADIUS, bottom: l.area.bottom + POINT_RADIUS }), p.label).toBe(true);
      }
    }
  });

  it('keeps every label of up to eight characters inside the plot, wherever a dozen points fall', () => {
    const point = fc.record({ label: fc.string({ minLength: 1, maxLength: 8 }), co: fc.integer({ min: 0, max: 100 }), contribution: fc.integer({ min: 0, max: 100 }) });
    fc.assert(
      fc.property(fc.uniqueArray(point, { selector: (p) => p.label, maxLength: 12 }), (points) => {
        const l = plotLayout(points, settings.split, names);
        for (const p of l.points) expect(within(p.labelBox, l.area), p.label).toBe(true);
      }),
    );
  });

  it('draws the illustrative pattern with no label over another label, a point or a quadrant name', () => {
    const l = plotLayout(settings.illustration, settings.split, names);
    const nameBoxes = l.names.map((n) => ({ left: n.anchor === 'start' ? n.x : n.x - 13 * n.text.length, right: n.anchor === 'start' ? n.x + 13 * n.text.length : n.x, top: n.y - 13, bottom: n.y }));
    for (const p of l.points) {
      for (const other of l.points) {
        if (other === p) continue;
        expect(overlaps(p.labelBox, other.labelBox), `${p.label} / ${other.label}`).toBe(false);
        expect(overlaps(p.labelBox, dot(other)), `${p.label} over the point of ${other.label}`).toBe(false);
      }
      for (const n of nameBoxes) expect(overlaps(p.labelBox, n), `${p.label} over a quadrant name`).toBe(false);
    }
  });

  it('places labels to the right of a point when there is room, and elsewhere near the right edge', () => {
    const l = plotLayout(
      [
        { label: '営業部', co: 20, contribution: 50 },
        { label: '開発部', co: 100, contribution: 50 },
      ],
      settings.split,
      names,
    );
    expect(l.points.map((p) => p.anchor)).toEqual(['start', 'end']);
    expect(l.points[0]!.labelX).toBeGreaterThan(l.points[0]!.cx);
    expect(l.points[1]!.labelX).toBeLessThan(l.points[1]!.cx);
  });
});
