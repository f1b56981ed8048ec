/**
 * A radar chart of dimension scores, with chart.js tree-shaken to what a radar needs.
 * Import this module with `import()` only when a result is on screen, so the questions stay light.
 */
import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip);

export interface RadarSeries {
  label: string;
  values: (number | null)[];
}

/** Colours come from the page's theme variables, so the chart follows light, dark and print. */
function themeColour(el: Element, name: string, fallback: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}

export function drawRadar(canvas: HTMLCanvasElement, labels: string[], series: RadarSeries[]): Chart<'radar'> {
  const accent = themeColour(canvas, '--sl-color-text-accent', '#1d4e89');
  const text = themeColour(canvas, '--sl-color-gray-2', '#333');
  const grid = themeColour(canvas, '--sl-color-gray-5', '#ccc');
  const palette = [accent, themeColour(canvas, '--sl-color-orange', '#d97706')];
  return new Chart(canvas, {
    type: 'radar',
    data: {
      labels,
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.values,
        borderColor: palette[i % palette.length],
        backgroundColor: `color-mix(in srgb, ${palette[i % palette.length]} 20%, transparent)`,
        pointBackgroundColor: palette[i % palette.length],
        fill: true,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: true,
      scales: {
        r: {
          min: 0,
          max: 100,
          // Plain numbers: chart.js's default tick formatter first builds an Intl.NumberFormat for the page's
          // locale, ~40 ms on a desktop CPU (~150 ms on a throttled phone) before the chart appears.
          ticks: { stepSize: 25, color: text, backdropColor: 'transparent', callback: String },
          grid: { color: grid },
          angleLines: { color: grid },
          pointLabels: { color: text, font: { size: 14 } },
        },
      },
      plugins: { tooltip: { enabled: true } },
    },
  });
}
