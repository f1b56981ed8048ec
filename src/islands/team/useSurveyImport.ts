import { useEffect, useRef, useState } from 'preact/hooks';
import type { SelfCheckData } from '../../lib/self-check/engine';
import type { Pool } from '../../lib/team/pool';
import { chosenAgeBands, proposedAges, reviewMapping, withAgeBand, withRole, type OpenedSurvey } from '../../lib/team/survey-mapping';
import type { FromSurveyWorker } from '../../lib/team/survey-protocol';
import type { RowProblem } from '../../lib/team/survey-import';
import { FILE_READ_ERROR } from '../../lib/team/text-encoding';
import { startSurveyWorker, type SurveyWorker } from './survey-client';

export interface Progress {
  phase: 'open' | 'read';
  done: number;
  total: number;
}

type OnRead = (fileName: string, result: { pool: Pool; problems: RowProblem[] }) => void;

/**
 * A survey file through the worker: opened (decoded and its columns guessed), its mapping corrected by HR, then
 * read and scored. A file dropped on the team view is opened as if chosen; a new resetKey stops everything.
 */
export function useSurveyImport(data: SelfCheckData, onRead: OnRead, dropped: { file: File } | null, resetKey: number) {
  const [opened, setOpened] = useState<OpenedSurvey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const worker = useRef<SurveyWorker | null>(null);
  const fileName = useRef('');
  const fileInput = useRef<HTMLInputElement>(null);
  const attempts = useRef(0);

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
    attempts.current++;
    stop();
    setOpened(null);
    setError(null);
    emptyChooser();
  }, [resetKey]);

  const handle = (m: FromSurveyWorker) => {
    if (m.type === 'progress') setProgress({ phase: m.phase, done: m.done, total: m.total });
    else if (m.type === 'failed') {
      stop();
      setError(`${fileName.current}：${m.message}`);
    } else if (m.type === 'opened') {
      setProgress(null);
      const { encoding, header, sample, rows, mapping, columns, notes } = m;
      setOpened({ encoding, header, sample, rows, mapping, columns, notes, fileName: fileName.current, ages: proposedAges(m, data) });
    } else if (m.type === 'done') {
      // The worker keeps the file, so HR can correct the mapping and read again without choosing it anew.
      setProgress(null);
      onRead(fileName.current, { pool: m.pool, problems: m.problems });
    }
  };

  const choose = async (file: File | undefined) => {
    stop();
    setOpened(null);
    setError(null);
    if (!file) return;
    fileName.current = file.name;
    const attempt = ++attempts.current;
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch {
      // NotReadableError and the like: say so and leave the chooser ready for another try.
      if (attempt !== attempts.current) return;
      emptyChooser();
      setError(`${file.name}：${FILE_READ_ERROR}`);
      return;
    }
    // Another file was chosen, or everything cleared, while this one was being read.
    if (attempt !== attempts.current) return;
    worker.current = startSurveyWorker(handle, () => {
      stop();
      setError(`${file.name}：ファイルを読み込めませんでした。CSVとして保存し直したファイルで試してください。`);
    });
    setProgress({ phase: 'open', done: 0, total: bytes.byteLength });
    worker.current.send({ type: 'open', bytes, fileName: file.name, data }, [bytes]);
  };

  const cancel = () => {
    stop();
    setOpened(null);
    emptyChooser();
    setError('読み込みを取り消しました。集計するときは、もう一度ファイルを選んでください。');
  };

  const { ageValues, issues } = opened ? reviewMapping(opened, data) : { ageValues: [], issues: [] };
  const setRole = (col: number, value: string) => opened && setOpened(withRole(opened, col, value));
  const setAge = (value: string, band: string | undefined) => opened && setOpened(withAgeBand(opened, value, band));
  const read = () => {
    if (!opened || !worker.current) return;
    setProgress({ phase: 'read', done: 0, total: 1 });
    worker.current.send({ type: 'read', mapping: opened.mapping, ageValues: chosenAgeBands(ageValues, opened.ages) });
  };
  return { opened, error, progress, fileInput, choose, cancel, read, setRole, setAge, ageValues, issues };
}
