import { useEffect, useRef, useState } from 'preact/hooks';
import type { RadarSeries } from '../lib/charts/radar';

interface Props {
  labels: string[];
  series: RadarSeries[];
  /** Short text equivalent; the full figures are in the table next to the chart. */
  summary: string;
}

/** Loads chart.js only when mounted (i.e. when a result is shown) and redraws when the data changes. */
export function RadarChart({ labels, series, summary }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  const key = JSON.stringify([labels, series]);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    import('../lib/charts/radar')
      .then(({ drawRadar }) => {
        if (!cancelled && canvas.current) chart = drawRadar(canvas.current, labels, series);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [key]);
  return (
    <div class="radar-chart">
      {failed ? <p class="widget-note">図を表示できませんでした。点数は表でご覧ください。</p> : <canvas ref={canvas} role="img" aria-label={summary} />}
    </div>
  );
}
