/// <reference lib="webworker" />
/**
 * The results worker: reads pasted links and result files (a million share links included) and pools them off the
 * page's thread, reporting how many entries it has read. The page stops it by terminating it, so 「すべて消す」 never
 * waits for a slice of work to end.
 */
import { poolBuffers } from '../lib/team/pool';
import { readResults, type ResultFile } from '../lib/team/read-results';
import { summariseTeam } from '../lib/team/team-summary';
import { fileBytes } from '../lib/team/text-encoding';
import type { FromResultsWorker, ToResultsWorker } from '../lib/team/results-protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (m: FromResultsWorker, transfer: Transferable[] = []) => self.postMessage(m, transfer);

self.onmessage = async (e: MessageEvent<ToResultsWorker>) => {
  const { text, files, data, minSize } = e.data;
  try {
    const read: ResultFile[] = [];
    // A file the browser cannot read (moved or deleted after it was chosen) is reported by name.
    for (const f of files) read.push({ name: f.name, bytes: await fileBytes(f) });
    const result = readResults(text, read, data, (entries) => post({ type: 'progress', entries }));
    post({ type: 'done', ...result, summary: summariseTeam(result.pool, data, minSize) }, poolBuffers(result.pool));
  } catch (error) {
    post({ type: 'failed', name: error instanceof Error ? error.name : '不明な問題' });
  }
};
