import { useRef, useState } from 'preact/hooks';
import type { TeamOutcomeView } from './TeamOutcome';

/**
 * The result views (the count, the tables, the gap view, the round comparison, and the data only they read) are
 * imported on demand: nothing of them is needed until there is a result, and the page hydrates without them.
 * `start()` begins the import once, from the first time HR works with the tool, so the views are in by the time a
 * count ends; a failed import may be retried by a later call.
 */
export function useOutcomeView() {
  const [View, setView] = useState<typeof TeamOutcomeView | null>(null);
  const [failed, setFailed] = useState(false);
  const loading = useRef<Promise<void> | null>(null);
  const start = () => {
    if (loading.current) return;
    setFailed(false);
    loading.current = import('./TeamOutcome').then(
      (m) => setView(() => m.TeamOutcomeView),
      () => {
        loading.current = null;
        setFailed(true);
      },
    );
  };
  return { View, failed, start };
}
