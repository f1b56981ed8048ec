import { useEffect, useState } from 'preact/hooks';

/**
 * How many of `total` rows a long table draws: `step` at first and `step` more after each task, so that drawing and
 * laying out the table never holds the page in one long task (the survey mapping's 30 rows of 30-option selects
 * took one 400 ms task on a busy machine). A table drawn anew (mounted again) starts again from `step`.
 */
export function useStepwise(total: number, step: number): number {
  const [shown, setShown] = useState(step);
  useEffect(() => {
    if (shown >= total) return;
    const next = setTimeout(() => setShown((n) => n + step), 0);
    return () => clearTimeout(next);
  }, [shown, total]);
  return Math.min(shown, total);
}
