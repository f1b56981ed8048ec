/// <reference lib="webworker" />
/**
 * The survey worker: decodes, parses, reads and scores a survey export off the page's thread, so 100,000 rows
 * never freeze the page, and reports progress. The page cancels by terminating it. It holds the decoded text
 * between "open" and "read" so that HR can correct the mapping without the file being parsed again.
 */
import type { SelfCheckData } from '../lib/self-check/engine';
import { analyseSurvey } from '../lib/team/survey-analysis';
import { openSurvey } from '../lib/team/survey-file';
import type { FromSurveyWorker, ToSurveyWorker } from '../lib/team/survey-protocol';

declare const self: DedicatedWorkerGlobalScope;

let data: SelfCheckData | null = null;
let file: { text: string; separator: ',' | '\t' } | null = null;
const post = (m: FromSurveyWorker) => self.postMessage(m);

self.onmessage = (e: MessageEvent<ToSurveyWorker>) => {
  const m = e.data;
  try {
    if (m.type === 'open') {
      data = m.data;
      file = null;
      post({ type: 'progress', phase: 'open', done: 0, total: m.bytes.byteLength });
      const o = openSurvey(new Uint8Array(m.bytes), m.fileName, data);
      if (!o.ok) return post({ type: 'failed', message: o.message });
      file = { text: o.text, separator: o.separator };
      post({ type: 'opened', encoding: o.encoding, header: o.header, sample: o.sample, rows: o.rows, mapping: o.mapping });
    } else if (m.type === 'read') {
      if (!data || !file) return post({ type: 'failed', message: 'ファイルをもう一度選んでください。' });
      const result = analyseSurvey(file.text, file.separator, m.mapping, data, (done, total) => post({ type: 'progress', phase: 'read', done, total }));
      post({ type: 'done', ...result });
    }
  } catch {
    post({ type: 'failed', message: 'ファイルを読み込めませんでした。CSVとして保存し直したファイルで試してください。' });
  }
};
