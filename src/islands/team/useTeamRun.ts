import { useRef, useState } from 'preact/hooks';
import type { SelfCheckData } from '../../lib/self-check/engine';
import { createImporter, looksLikeTable, type ImportProblem } from '../../lib/team/import';
import { poolBuilder, type Pool } from '../../lib/team/pool';
import { surveyProblems } from '../../lib/team/problem-list';
import type { RowProblem } from '../../lib/team/survey-import';
import { decodeFile, FILE_READ_ERROR } from '../../lib/team/text-encoding';

export interface Outcome {
  problems: ImportProblem[];
  /** Problems past the listed ones, counted but not kept (a huge bad paste). */
  moreProblems: number;
  pool: Pool;
}

/** The longest the page works between two pauses (ms), so that it stays responsive and 「すべて消す」 stops at once. */
const SLICE_MS = 25;
/** How often the clock is looked at (entries). */
const CHECK_EVERY = 32;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads pasted links and result files into one pool, in slices so that the page stays responsive, and shows the
 * outcome with the focus on its heading. A survey export found among the files is handed on as `dropped`.
 */
export function useTeamRun(data: SelfCheckData) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [dropped, setDropped] = useState<{ file: File } | null>(null);
  // Each run has a number; 「すべて消す」 moves it on, and a run that is no longer current stops at its next pause.
  const runs = useRef(0);

  const show = (o: Outcome) => {
    setOutcome(o);
    setTimeout(() => document.getElementById('team-result-heading')?.focus(), 0);
  };
  // The button always comes back: whatever one file or entry does, the rest are read and the outcome shown.
  const run = async (text: string, files: readonly File[]) => {
    const id = ++runs.current;
    const live = () => runs.current === id;
    setBusy(true);
    setProgress(0);
    setFailure(null);
    let steps = 0;
    let entries = 0;
    let since = performance.now();
    /** Whether this slice has run long enough (the clock is looked at every CHECK_EVERY steps). */
    const due = () => ++steps % CHECK_EVERY === 0 && performance.now() - since >= SLICE_MS;
    /** Lets the page paint and take input; false once the run was cancelled. */
    const pause = async () => {
      setProgress(entries);
      await nextTask();
      since = performance.now();
      return live();
    };
    try {
      const importer = createImporter(data);
      const readStepwise = async (input: string, source: string) => {
        for (const _ of importer.readSteps(input, source)) {
          entries++;
          if (due() && !(await pause())) return false;
        }
        return true;
      };
      if (!(await readStepwise(text, '貼り付け'))) return;
      for (const f of files) {
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await f.arrayBuffer());
        } catch {
          importer.refuse(f.name, FILE_READ_ERROR);
          continue;
        }
        if (!live()) return;
        const decoded = decodeFile(bytes);
        // A survey export among the result files goes to the survey import, where its columns are mapped.
        if (decoded.ok && looksLikeTable(decoded.text)) setDropped({ file: f });
        else if (decoded.ok) {
          if (!(await readStepwise(decoded.text, f.name))) return;
        } else importer.refuse(f.name, decoded.message);
      }
      const imported = importer.result();
      const pool = poolBuilder(data);
      const problems = [...imported.problems];
      for (const e of imported.entries) {
        const refused = pool.add(e.set);
        if (refused) problems.push({ source: e.source, line: e.line, message: refused });
        if (due() && !(await pause())) return;
      }
      show({ problems, moreProblems: imported.moreProblems, pool: pool.result() });
    } catch (e) {
      if (!live()) return;
      setOutcome(null);
      setFailure(`集計の途中で問題が起きました（${e instanceof Error ? e.name : '不明な問題'}）。入力を確かめて、もう一度「集計する」を押してください。`);
    } finally {
      if (live()) setBusy(false);
    }
  };
  // A survey export replaces what was pasted: it is the whole company's answers, not a few more.
  const fromSurvey = (fileName: string, r: { pool: Pool; problems: RowProblem[] }) => show({ pool: r.pool, moreProblems: 0, problems: surveyProblems(fileName, r.problems) });
  // Stops whatever runs and forgets its outcome, failure and handed-on survey file.
  const stop = () => {
    runs.current++;
    setBusy(false);
    setOutcome(null);
    setFailure(null);
    setDropped(null);
  };
  return { outcome, busy, progress, failure, dropped, setDropped, run, fromSurvey, stop };
}
