/** One stage condition of the organisation self-check in words, for the model page and the result alike. */
import type { StageCondition } from '../../schemas/org-check-rules';

export function conditionText(c: StageCondition, dimensions: readonly { id: string; label: string }[]): string {
  if (c.of === 'each') return `どの軸も${c.min}以上`;
  const what = c.of === 'mean' ? '3つの軸の平均' : `「${dimensions.find((d) => d.id === c.of)?.label ?? c.of}」`;
  return `${what}が${c.min}以上`;
}
