/**
 * Geometry of the C/O × 事業貢献 scatter drawn as SVG: where each point, split line, tick and label goes in a
 * fixed viewBox. Pure, so the drawing needs no chart library and renders the same at build time and in the browser.
 */
import type { MatrixSettings } from '../../schemas/matrix';
import type { QuadrantId } from './rows';

export interface PlotPoint {
  label: string;
  co: number;
  contribution: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlacedPoint extends PlotPoint {
  cx: number;
  cy: number;
  /** The label's anchor point and alignment, as SVG <text> x, y and text-anchor take them. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
  /** The box the label is estimated to cover. */
  labelBox: Box;
}

export interface PlotLayout {
  width: number;
  height: number;
  /** The plotting area inside the axes. */
  area: Box;
  split: { x: number; y: number };
  ticks: { value: number; x: number; y: number }[];
  /** Each quadrant's name in its outer corner. */
  names: { id: QuadrantId; text: string; x: number; y: number; anchor: 'start' | 'end' }[];
  points: PlacedPoint[];
}

export const PLOT_WIDTH = 420;
export const PLOT_HEIGHT = 340;
/** Font size of every text in the plot, in viewBox units (the stylesheet uses the same). */
export const PLOT_FONT = 13;
export const POINT_RADIUS = 5;
const MARGIN = { left: 48, right: 16, top: 10, bottom: 44 };
const TICKS = [0, 20, 40, 60, 80, 100];
const GAP = 4;

/** Estimated width of a label: full-width characters take one em, Latin letters and digits about 0.6. */
export const textWidth = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2000 ? 0.6 : 1), 0) * PLOT_FONT;

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
const inside = (a: Box, b: Box) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
const clamp = (v: number) => Math.min(100, Math.max(0, v));

/**
 * Places points scored 0–100 on both axes. Each label goes right of its point, else left, above, below or
 * diagonally: the first place inside the plot that covers no other label or point, or the place that covers least.
 */
export function plotLayout(points: readonly PlotPoint[], split: MatrixSettings['split'], quadrantNames: Record<QuadrantId, string>): PlotLayout {
  const area = { left: MARGIN.left, top: MARGIN.top, right: PLOT_WIDTH - MARGIN.right, bottom: PLOT_HEIGHT - MARGIN.bottom };
  const x = (v: number) => area.left + (clamp(v) / 100) * (area.right - area.left);
  const y = (v: number) => area.bottom - (clamp(v) / 100) * (area.bottom - area.top);
  const dots: Box[] = points.map((p) => {
    const cx = x(p.co);
    const cy = y(p.contribution);
    return { left: cx - POINT_RADIUS, right: cx + POINT_RADIUS, top: cy - POINT_RADIUS, bottom: cy + POINT_RADIUS };
  });
  const top = area.top + PLOT_FONT + 4;
  const bottom = area.bottom - 6;
  const names = [
    { id: 'b' as const, x: area.left + 6, y: top, anchor: 'start' as const },
    { id: 'a' as const, x: area.right - 6, y: top, anchor: 'end' as const },
    { id: 'd' as const, x: area.left + 6, y: bottom, anchor: 'start' as const },
    { id: 'c' as const, x: area.right - 6, y: bottom, anchor: 'end' as const },
  ].map((n) => ({ ...n, text: quadrantNames[n.id] }));
  // Quadrant names are placed first, so point labels keep off them too.
  const placed: Box[] = names.map((n) => {
    const w = textWidth(n.text);
    const left = n.anchor === 'start' ? n.x : n.x - w;
    return { left, right: left + w, top: n.y - PLOT_FONT, bottom: n.y + PLOT_FONT * 0.3 };
  });
  const laidOut = points.map((p, i): PlacedPoint => {
    const cx = x(p.co);
    const cy = y(p.contribution);
    const w = textWidth(p.label);
    const h = PLOT_FONT;
    const r = POINT_RADIUS + GAP;
    // Text sits on its baseline, about 0.35 em below the middle of the letters.
    const mid = cy + h * 0.35;
    const candidates = [
      { labelX: cx + r, labelY: mid, anchor: 'start' as const, box: { left: cx + r, right: cx + r + w, top: cy - h / 2, bottom: cy + h / 2 } },
      { labelX: cx - r, labelY: mid, anchor: 'end' as const, box: { left: cx - r - w, right: cx - r, top: cy - h / 2, bottom: cy + h / 2 } },
      { labelX: cx, labelY: cy - r - h * 0.15, anchor: 'middle' as const, box: { left: cx - w / 2, right: cx + w / 2, top: cy - r - h, bottom: cy - r } },
      { labelX: cx, labelY: cy + r + h * 0.85, anchor: 'middle' as const, box: { left: cx - w / 2, right: cx + w / 2, top: cy + r, bottom: cy + r + h } },
      // Diagonals, for points in a corner of the plot.
      { labelX: cx + GAP, labelY: cy - r - h * 0.15, anchor: 'start' as const, box: { left: cx + GAP, right: cx + GAP + w, top: cy - r - h, bottom: cy - r } },
      { labelX: cx - GAP, labelY: cy - r - h * 0.15, anchor: 'end' as const, box: { left: cx - GAP - w, right: cx - GAP, top: cy - r - h, bottom: cy - r } },
      { labelX: cx + GAP, labelY: cy + r + h * 0.85, anchor: 'start' as const, box: { left: cx + GAP, right: cx + GAP + w, top: cy + r, bottom: cy + r + h } },
      { labelX: cx - GAP, labelY: cy + r + h * 0.85, anchor: 'end' as const, box: { left: cx - GAP - w, right: cx - GAP, top: cy + r, bottom: cy + r + h } },
    ];
    const cost = (box: Box) =>
      (inside(box, area) ? 0 : 1e6) + placed.reduce((s, b) => s + overlap(box, b), 0) + dots.reduce((s, d, j) => s + (j === i ? 0 : overlap(box, d)), 0);
    const best = candidates.reduce((a, b) => (cost(b.box) < cost(a.box) ? b : a));
    placed.push(best.box);
    return { ...p, cx, cy, labelX: best.labelX, labelY: best.labelY, anchor: best.anchor, labelBox: best.box };
  });
  return {
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    area,
    split: { x: x(split.co), y: y(split.contribution) },
    ticks: TICKS.map((value) => ({ value, x: x(value), y: y(value) })),
    names,
    points: laidOut,
  };
}
