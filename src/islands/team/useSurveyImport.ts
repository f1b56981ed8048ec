import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SelfCheckQuestionData } from '../../lib/self-check/engine';
import type { Pool } from '../../lib/team/pool';
import { chosenAgeBands, proposedAges, reviewMapping, withAgeBand, withRole, type OpenedSurvey } from '../../lib/team/survey-mapping';
import { SURVEY_UNREADABLE, type FromSurveyWorker } from '../../lib/team/survey-protocol';
import type { RowProblem } from '../../lib/team/survey-import';
import type { TeamSummary } from '../../lib/team/team-summary';
import { DATA_FAILED, loadSelfCheckData } from './self-check-data';
import { startSurveyWorker, type SurveyWorker } from './worker-client';

export interface Progress {
  phase: 'open' | 'read';
  done: number;
  total: number;
}

/** What a survey read gives the team view. */
export interface SurveyRead {
  pool: Pool;
  problems: RowProblem[];
  summary: TeamSummary;
}

type OnRead = (fileName: string, result: SurveyRead) => void;

/**
 * A survey file through the worker: opened (decoded and its columns guessed), its mapping corrected by HR, then
 * read and scored. A file dropped on the team view is opened as if chosen; a new resetKey stops everything.
 */
export function useSurveyImport(data: SelfCheckQuestionData, minSize: number, onRead: OnRead, dropped: { file: File } | null, resetKey: number) {
  const [opened, setOpened] = useState<OpenedSurvey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  // Once HR reads the file, the mapping folds into one line (with a way back): the result is what comes next, and a
  // table of every column left in the page would be laid out again with each figure shown.
  const [folded, setFolded] = useState(false);
  const worker = useRef<SurveyWorker | null>(null);
  const fileName = useRef('');
  const fileInput = useRef<HTMLInputElement>(null);

  const stop = () => {
    worker.current?.cancel();
    worker.current = null;
    setProgress(null);
  };
  const emptyChooser = () => {
    if (fileInput.current) fileInput.current.value = '';
  };
  useEffect(() => stop, []);
  useEffect(() => void (dropped && choose(dropped.file)), [dropped]);
  useEffect(() => {
    if (resetKey === 0) return;
    stop();
    setOpened(null);
    setError(null);
    emptyChooser();
  }, [resetKey]);

  const handle = (m: FromSurveyWorker) => {
    if (m.type === 'progress') setProgress({ phase: m.phase, done: m.done, total: m.total });
    else if (m.type === 'failed') {
      // A file that could not be opened (unreadable, not a table) cannot be used: the chooser is ready for another.
      if (m.phase === 'open') emptyChooser();
      stop();
      setError(`${fileName.current}：${m.message}`);
    } else if (m.type === 'opened') {
      setProgress(null);
      const { encoding, header, sample, rows, mapping, columns, notes } = m;
      setOpened({ encoding, header, sample, rows, mapping, columns, notes, fileName: fileName.current, ages: proposedAges(m, data) });
    } else if (m.type === 'done') {
      // The worker keeps the file, so HR can correct the mapping and read again without choosing it anew.
      setProgress(null);
      onRead(fileName.current, { pool: m.pool, problems: m.problems, summary: m.summary });
    }
  };

  // The worker reads the file itself: copying 20 MB out of the browser's file store took several 60–100 ms tasks
  // on the page's thread.
  const choose = (file: File | undefined) => {
    stop();
    setOpened(null);
    setFolded(false);
    setError(null);
    if (!file) return;
    fileName.current = file.name;
    const job = startSurveyWorker(handle, () => {
      stop();
      setError(`${file.name}：${SURVEY_UNREADABLE}`);
    });
    worker.current = job;
    setProgress({ phase: 'open', done: 0, total: file.size });
    // The worker scores with the whole data, loaded with the first file (self-check-data.ts); a file replaced or
    // cancelled meanwhile is not sent.
    loadSelfCheckData().then(
      (data) => job === worker.current && job.send({ type: 'open', file, data }),
      // Told as the worker tells a file it could not open: the same message and an empty chooser.
      () => job === worker.current && handle({ type: 'failed', phase: 'open', message: DATA_FAILED.survey }),
    );
  };

  const cancel = () => {
    stop();
    setOpened(null);
    emptyChooser();
    setError('読み込みを取り消しました。集計するときは、もう一度ファイルを選んでください。');
  };

  const { ageValues, issues } = useMemo(() => (opened ? reviewMapping(opened, data) : { ageValues: [], issues: [] }), [opened, data]);
  const setRole = (col: number, value: string) => opened && setOpened(withRole(opened, col, value));
  const setAge = (value: string, band: string | undefined) => opened && setOpened(withAgeBand(opened, value, band));
  const read = () => {
    if (!opened || !worker.current) return;
    setProgress({ phase: 'read', done: 0, total: 1 });
    setFolded(true);
    worker.current.send({ type: 'read', mapping: opened.mapping, ageValues: chosenAgeBands(ageValues, opened.ages), minSize });
  };
  const unfold = () => setFolded(false);
  return { opened, folded, unfold, error, progress, fileInput, choose, cancel, read, setRole, setAge, ageValues, issues };
}
