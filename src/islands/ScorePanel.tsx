import type { DimensionScore } from '../lib/likert';
import { RadarChart } from './RadarChart';

interface Props {
  scores: DimensionScore[];
  /** What a score belongs to, as the table's header: 軸 in both diagnostics. */
  noun: string;
  seriesLabel: string;
  /** Prefix of each score cell's test id, e.g. `score` → data-testid="score-mieru". */
  testId: string;
  showAnswered?: boolean;
}

export const formatScore = (n: number | null) => (n === null ? '—' : n.toFixed(0));

/** Scores as a radar chart (loaded lazily) with the same figures in a table for screen readers and print. */
export function ScorePanel({ scores, noun, seriesLabel, testId, showAnswered = false }: Props) {
  const summary = `レーダーチャート：${scores.map((s) => `${s.label} ${formatScore(s.score)}点`).join('、')}（100点満点）`;
  return (
    <div class="result-scores">
      <RadarChart labels={scores.map((s) => s.label)} series={[{ label: seriesLabel, values: scores.map((s) => s.score) }]} summary={summary} />
      <table class="score-table">
        <caption>{noun}ごとの点数（0〜100）</caption>
        <thead>
          <tr>
            <th scope="col">{noun}</th>
            <th scope="col">点数</th>
            {showAnswered && <th scope="col">回答した設問</th>}
          </tr>
        </thead>
        <tbody>
          {scores.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.label}</th>
              <td data-testid={`${testId}-${s.id}`}>{formatScore(s.score)}</td>
              {showAnswered && (
                <td>
                  {s.answered} / {s.total}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
