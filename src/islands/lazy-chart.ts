import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Draws a chart whose module (and chart.js) is imported only when the chart is on screen, redrawing when `key`
 * changes. Returns the canvas ref and whether loading failed, so the view can point to its table instead.
 */
export function useLazyChart<M>(load: () => Promise<M>, draw: (module: M, canvas: HTMLCanvasElement) => { destroy(): void }, key: string) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
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
