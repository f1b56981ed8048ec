import type { RadarSeries } from '../lib/charts/radar';
import { useLazyChart } from './lazy-chart';

interface Props {
  labels: string[];
  series: RadarSeries[];
  /** Short text equivalent; the full figures are in the table next to the chart. */
  summary: string;
}

/** Loads chart.js only when mounted (i.e. when a result is shown) and redraws when the data changes. */
export function RadarChart({ labels, series, summary }: Props) {
  const { canvas, failed } = useLazyChart(() => import('../lib/charts/radar'), ({ drawRadar }, el) => drawRadar(el, labels, series), JSON.stringify([labels, series]));
  return (
    <div class="radar-chart">
      {failed ? <p class="widget-note">図を表示できませんでした。点数は表でご覧ください。</p> : <canvas ref={canvas} role="img" aria-label={summary} />}
    </div>
  );
}
