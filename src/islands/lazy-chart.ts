import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * Draws a chart whose module (and chart.js) is imported only when the chart is on screen, redrawing when `key`
 * changes. Returns the canvas ref and whether loading failed, so the view can point to its table instead.
 * A layout effect: when the module is already here (fetched from the last screen on), the chart is drawn before the
 * browser paints the result, in the same frame, instead of one painted frame later with an empty canvas.
 */
export function useLazyChart<M>(load: () => Promise<M>, draw: (module: M, canvas: HTMLCanvasElement) => { destroy(): void }, key: string) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useLayoutEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    load()
      .then((module) => {
        if (!cancelled && canvas.current) chart = draw(module, canvas.current);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [key]);
  return { canvas, failed };
}
