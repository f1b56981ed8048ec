import type { RadarSeries } from './charts/radar';
import { useLazyChart } from './lazy-chart';

interface Props {
  labels: string[];
  series: RadarSeries[];
  /** Short text equivalent; the full figures are in the table next to the chart. */
  summary: string;
}

/**
 * chart.js is fetched as soon as this module is: the module comes with a result view, which a questionnaire imports
 * when the reader reaches its last screen, so the chart is ready when the result appears.
 */
let radarModule: Promise<typeof import('./charts/radar')> | undefined;
const loadRadar = () => (radarModule ??= import('./charts/radar'));
if (typeof window !== 'undefined') loadRadar().catch(() => (radarModule = undefined));

/** Draws with chart.js when mounted (i.e. when a result is shown) and redraws when the data changes. */
export function RadarChart({ labels, series, summary }: Props) {
  const { canvas, failed } = useLazyChart(loadRadar, ({ drawRadar }, el) => drawRadar(el, labels, series), JSON.stringify([labels, series]));
  return (
    <div class="radar-chart">
      {failed ? <p class="widget-note">図を表示できませんでした。点数は表でご覧ください。</p> : <canvas ref={canvas} role="img" aria-label={summary} />}
    </div>
  );
}
