import { useRef, useState } from 'preact/hooks';
import type { ResultParts } from './result-parts';

/** What the result needs, loaded together: the diagnostic's view and exports, the actions under it. */
export interface LoadedResult {
  parts: ResultParts;
  Actions: typeof import('./ResultActions').ResultActions;
}

/**
 * Everything only a result needs (its view, share link, exports, chart) is imported on demand: `load()` starts it
 * once (from the last screen on, or on a result link), and a failed attempt may be retried by a later call.
 */
export function useResultCode(loadResult: () => Promise<ResultParts>) {
  const [loaded, setLoaded] = useState<LoadedResult | null>(null);
  const [failed, setFailed] = useState(false);
  const loading = useRef<Promise<LoadedResult> | null>(null);
  const load = () =>
    (loading.current ??= Promise.all([loadResult(), import('./ResultActions')]).then(
      ([parts, m]) => {
        const result = { parts, Actions: m.ResultActions };
        setLoaded(result);
        return result;
      },
      (e: unknown) => {
        loading.current = null;
        setFailed(true);
        throw e;
      },
    ));
  const start = () => void load().catch(() => undefined);
  return { loaded, failed, start };
}
