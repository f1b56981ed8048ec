/// <reference lib="webworker" />
/**
 * The survey worker: reads the chosen file, then decodes, parses, reads and scores a survey export off the page's
 * thread, so 100,000 rows never freeze the page, and reports progress. The page cancels by terminating it. It
 * holds the decoded text between "open" and "read" so that HR can correct the mapping without the file being parsed
 * again.
 */
import type { SelfCheckData } from '../lib/self-check/engine';
import { analyseSurvey } from '../lib/team/survey-analysis';
import { MAX_GROUPS, openSurvey, type ColumnFacts } from '../lib/team/survey-file';
import { mappingIssues } from '../lib/team/survey-import';
import { fileBytes, FILE_READ_ERROR } from '../lib/team/text-encoding';
import { SURVEY_UNREADABLE, type FromSurveyWorker, type ToSurveyWorker } from '../lib/team/survey-protocol';
import { poolBuffers } from '../lib/team/pool';
import { summariseTeam } from '../lib/team/team-summary';

declare const self: DedicatedWorkerGlobalScope;

let data: SelfCheckData | null = null;
let file: { text: string; separator: ',' | '\t'; header: string[]; columns: ColumnFacts[] } | null = null;
const post = (m: FromSurveyWorker, transfer: Transferable[] = []) => self.postMessage(m, transfer);

self.onmessage = async (e: MessageEvent<ToSurveyWorker>) => {
  const m = e.data;
  const phase = m.type;
  try {
    if (m.type === 'open') {
      data = m.data;
      file = null;
      post({ type: 'progress', phase: 'open', done: 0, total: m.file.size });
      const bytes = await fileBytes(m.file);
      if (!bytes) return post({ type: 'failed', phase, message: FILE_READ_ERROR });
      const o = openSurvey(bytes, m.file.name, data, (done, total) => post({ type: 'progress', phase: 'open', done, total }));
      if (!o.ok) return post({ type: 'failed', phase, message: o.message });
      const { text, separator, ...opened } = o;
      file = { text, separator, header: o.header, columns: o.columns };
      post({ type: 'opened', ...opened });
    } else if (m.type === 'read') {
      if (!data || !file) return post({ type: 'failed', phase, message: 'ファイルをもう一度選んでください。' });
      // The page checks the same; checked again here so that no mapping can make the breakdowns unbounded.
      const issues = mappingIssues(m.mapping, file.header, data, { tooVaried: file.columns.map((c) => c.distinct > MAX_GROUPS), maxGroups: MAX_GROUPS });
      if (issues.length) return post({ type: 'failed', phase, message: issues.join('') });
      const result = analyseSurvey(file.text, file.separator, m.mapping, data, { ageValues: m.ageValues, onProgress: (done, total) => post({ type: 'progress', phase: 'read', done, total }) });
      // The pool's typed arrays are handed over, not copied: the page receives 100,000 people at no cost.
      post({ type: 'done', ...result, summary: summariseTeam(result.pool, data, m.minSize) }, poolBuffers(result.pool));
    }
  } catch {
    post({ type: 'failed', phase, message: SURVEY_UNREADABLE });
  }
};
