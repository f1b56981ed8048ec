import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportProblem } from '../../lib/team/import';
import type { Pool } from '../../lib/team/pool';
import { surveyProblems } from '../../lib/team/problem-list';
import type { FromResultsWorker } from '../../lib/team/results-protocol';
import type { TeamSummary } from '../../lib/team/team-summary';
import { DATA_FAILED, loadSelfCheckData } from './self-check-data';
import { startResultsWorker, type ResultsWorker } from './worker-client';
import type { SurveyRead } from './useSurveyImport';

export interface Outcome {
  problems: ImportProblem[];
  /** Problems past the listed ones, counted but not kept (a huge bad paste). */
  moreProblems: number;
  pool: Pool;
  /** The tables and round figures, counted in the worker (team-summary.ts). */
  summary: TeamSummary;
}

const failureText = (name: string) => `集計の途中で問題が起きました（${name}）。入力を確かめて、もう一度「集計する」を押してください。`;

/**
 * Reads pasted links and result files into one pool in a worker (src/workers/results-worker.ts), so that the page
 * stays responsive whatever the input and 「すべて消す」 stops it at once, and gives the outcome to show. A survey export
 * found among the files is handed on as `dropped`.
 */
export function useTeamRun(minSize: number) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [dropped, setDropped] = useState<{ file: File } | null>(null);
  const worker = useRef<ResultsWorker | null>(null);

  const end = () => {
    worker.current?.cancel();
    worker.current = null;
    setBusy(false);
  };
  useEffect(() => end, []);
  // The button always comes back: whatever one file or entry does, the rest are read and the outcome shown.
  const run = (text: string, files: readonly File[]) => {
    end();
    setBusy(true);
    setProgress(0);
    setFailure(null);
    const fail = (message: string) => {
      end();
      setOutcome(null);
      setFailure(message);
    };
    const job = startResultsWorker(
      (m: FromResultsWorker) => {
        if (job !== worker.current) return;
        if (m.type === 'progress') setProgress(m.entries);
        else if (m.type === 'failed') fail(failureText(m.name));
        else {
          end();
          // A survey export among the result files goes to the survey import, where its columns are mapped.
          const survey = m.surveys[0];
          if (survey !== undefined) setDropped({ file: files[survey]! });
          // The outcome's view puts the focus on its heading (TeamOutcome).
          setOutcome({ problems: m.problems, moreProblems: m.moreProblems, pool: m.pool, summary: m.summary });
        }
      },
      () => job === worker.current && fail(failureText('Worker')),
    );
    worker.current = job;
    // The data comes with the first count (self-check-data.ts); a count stopped meanwhile is not sent.
    loadSelfCheckData().then(
      (data) => job === worker.current && job.send({ type: 'read', text, files: [...files], data, minSize }),
      () => job === worker.current && fail(DATA_FAILED.count),
    );
  };
  // A survey export replaces what was pasted: it is the whole company's answers, not a few more.
  const fromSurvey = (fileName: string, r: SurveyRead) => setOutcome({ pool: r.pool, summary: r.summary, moreProblems: 0, problems: surveyProblems(fileName, r.problems) });
  // Stops whatever runs and forgets its outcome, failure and handed-on survey file.
  const stop = () => {
    end();
    setOutcome(null);
    setFailure(null);
    setDropped(null);
  };
  return { outcome, busy, progress, failure, dropped, setDropped, run, fromSurvey, stop };
}
