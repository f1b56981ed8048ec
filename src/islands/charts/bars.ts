/**
 * A grouped bar chart (0–100) for two series side by side, chart.js tree-shaken to bars. Import it lazily.
 * Colours come from the page's theme variables, so light, dark and print follow the site.
 */
import { BarController, BarElement, CategoryScale, Legend, LinearScale, Tooltip } from 'chart.js';
import { Chart } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface BarSeries {
  label: string;
  values: (number | null)[];
}

const css = (el: Element, name: string, fallback: string) => getComputedStyle(el).getPropertyValue(name).trim() || fallback;

export function drawBars(canvas: HTMLCanvasElement, labels: string[], series: BarSeries[]): Chart<'bar'> {
  const text = css(canvas, '--sl-color-gray-2', '#333');
  const grid = css(canvas, '--sl-color-gray-5', '#ccc');
  const palette = [css(canvas, '--sl-color-text-accent', '#1d4e89'), css(canvas, '--sl-color-orange', '#d97706')];
  return new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: palette[i % palette.length] })) },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: true,
      aspectRatio: 1.8,
      scales: {
        x: { ticks: { color: text }, grid: { color: grid } },
        // Plain numbers, as on the radar (src/islands/charts/radar.ts): no Intl.NumberFormat to build first.
        y: { min: 0, max: 100, ticks: { color: text, stepSize: 25, callback: String }, grid: { color: grid } },
      },
      plugins: { legend: { labels: { color: text } } },
    },
  });
}
