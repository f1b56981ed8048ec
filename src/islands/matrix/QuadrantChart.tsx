import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuadrantPoint } from '../../lib/charts/quadrant';

interface Props {
  points: QuadrantPoint[];
  split: { x: number; y: number };
  names: Record<'a' | 'b' | 'c' | 'd', string>;
  summary: string;
}

/** Loads chart.js only when mounted and redraws when the points change. */
export function QuadrantChart({ points, split, names, summary }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  const key = JSON.stringify(points);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    import('../../lib/charts/quadrant')
      .then(({ drawQuadrants }) => {
        if (!cancelled && canvas.current) chart = drawQuadrants(canvas.current, points, split, names);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [key]);
  return <div class="quadrant-chart">{failed ? <p class="widget-note">図を表示できませんでした。表をご覧ください。</p> : <canvas ref={canvas} role="img" aria-label={summary} />}</div>;
}
