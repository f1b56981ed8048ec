/**
 * A scatter chart on the C/O × 事業貢献 quadrants, chart.js tree-shaken to a scatter. Import it lazily.
 * A small plugin draws the split lines and quadrant names; every point is labelled so the chart reads in print.
 */
import { Chart, LinearScale, PointElement, ScatterController, Tooltip, type Plugin } from 'chart.js';

Chart.register(ScatterController, PointElement, LinearScale, Tooltip);

export interface QuadrantPoint {
  label: string;
  x: number;
  y: number;
}

const css = (el: Element, name: string, fallback: string) => getComputedStyle(el).getPropertyValue(name).trim() || fallback;

export function drawQuadrants(canvas: HTMLCanvasElement, points: QuadrantPoint[], split: { x: number; y: number }, names: Record<'a' | 'b' | 'c' | 'd', string>): Chart<'scatter'> {
  const text = css(canvas, '--sl-color-gray-2', '#333');
  const grid = css(canvas, '--sl-color-gray-5', '#ccc');
  const accent = css(canvas, '--sl-color-text-accent', '#1d4e89');
  const overlay: Plugin<'scatter'> = {
    id: 'quadrants',
    afterDraw(chart) {
      const { ctx, chartArea: a, scales } = chart;
      const sx = scales.x!.getPixelForValue(split.x);
      const sy = scales.y!.getPixelForValue(split.y);
      ctx.save();
      ctx.strokeStyle = text;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(sx, a.top);
      ctx.lineTo(sx, a.bottom);
      ctx.moveTo(a.left, sy);
      ctx.lineTo(a.right, sy);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = text;
      ctx.font = '12px system-ui, sans-serif';
      ctx.fillText(names.b, a.left + 6, a.top + 14);
      ctx.fillText(names.a, sx + 6, a.top + 14);
      ctx.fillText(names.d, a.left + 6, a.bottom - 6);
      ctx.fillText(names.c, sx + 6, a.bottom - 6);
      ctx.fillStyle = accent;
      for (const p of points) ctx.fillText(p.label, scales.x!.getPixelForValue(p.x) + 7, scales.y!.getPixelForValue(p.y) - 7);
      ctx.restore();
    },
  };
  return new Chart(canvas, {
    type: 'scatter',
    data: { datasets: [{ label: '層', data: points, backgroundColor: accent, borderColor: accent, pointRadius: 6 }] },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: true,
      aspectRatio: 1.3,
      scales: {
        x: { min: 0, max: 100, title: { display: true, text: 'C/O体現度', color: text }, ticks: { color: text }, grid: { color: grid } },
        y: { min: 0, max: 100, title: { display: true, text: '事業貢献', color: text }, ticks: { color: text }, grid: { color: grid } },
      },
      plugins: {
        tooltip: { callbacks: { label: (c) => `${(c.raw as QuadrantPoint).label}: C/O ${c.parsed.x} / 貢献 ${c.parsed.y}` } },
      },
    },
    plugins: [overlay],
  });
}
