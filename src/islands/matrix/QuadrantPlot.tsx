import { plotLayout, POINT_RADIUS, type PlotPoint } from '../../lib/matrix/plot';
import type { QuadrantId } from '../../lib/matrix/rows';

interface Props {
  points: PlotPoint[];
  split: { co: number; contribution: number };
  names: Record<QuadrantId, string>;
  /** What the plot shows, in words, for screen readers (the table beside it has the figures). */
  summary: string;
}

/**
 * The C/O × 事業貢献 scatter as plain SVG: rendered into the page at build time and redrawn by Preact when the
 * figures change, with no chart library and nothing that moves the layout while the page loads.
 */
export function QuadrantPlot({ points, split, names, summary }: Props) {
  const l = plotLayout(points, split, names);
  const { area } = l;
  return (
    <div class="quadrant-chart">
      <svg class="quadrant-plot" viewBox={`0 0 ${l.width} ${l.height}`} role="img" aria-label={summary}>
        <g class="plot-grid">
          {l.ticks.map((t) => (
            <g key={t.value}>
              <line x1={t.x} x2={t.x} y1={area.top} y2={area.bottom} />
              <line x1={area.left} x2={area.right} y1={t.y} y2={t.y} />
            </g>
          ))}
        </g>
        <g class="plot-ticks">
          {l.ticks.map((t) => (
            <g key={t.value}>
              <text x={t.x} y={area.bottom + 16} text-anchor="middle">
                {t.value}
              </text>
              <text x={area.left - 6} y={t.y + 4} text-anchor="end">
                {t.value}
              </text>
            </g>
          ))}
          <text x={(area.left + area.right) / 2} y={l.height - 4} text-anchor="middle">
            C/O体現度
          </text>
          <text x={14} y={(area.top + area.bottom) / 2} text-anchor="middle" transform={`rotate(-90 14 ${(area.top + area.bottom) / 2})`}>
            事業貢献
          </text>
        </g>
        <path class="plot-split" d={`M${l.split.x} ${area.top}V${area.bottom}M${area.left} ${l.split.y}H${area.right}`} />
        <g class="plot-names">
          {l.names.map((n) => (
            <text key={n.id} x={n.x} y={n.y} text-anchor={n.anchor}>
              {n.text}
            </text>
          ))}
        </g>
        <g class="plot-points">
          {l.points.map((p) => (
            <g key={p.label}>
              <circle cx={p.cx} cy={p.cy} r={POINT_RADIUS} />
              <text x={p.labelX} y={p.labelY} text-anchor={p.anchor}>
                {p.label}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </div>
  );
}
