/**
 * The page's side of the survey worker: one worker per file, replaced after a cancel (terminating is the only
 * way to stop a running task). The worker script is bundled by Vite and served from this site, as the
 * Content-Security-Policy requires.
 */
import type { FromSurveyWorker, ToSurveyWorker } from '../../lib/team/survey-protocol';

export interface SurveyWorker {
  send(message: ToSurveyWorker, transfer?: Transferable[]): void;
  cancel(): void;
}

export function startSurveyWorker(onMessage: (m: FromSurveyWorker) => void, onCrash: () => void): SurveyWorker {
  const worker = new Worker(new URL('../../workers/survey-worker.ts', import.meta.url), { type: 'module', name: 'survey' });
  worker.onmessage = (e: MessageEvent<FromSurveyWorker>) => onMessage(e.data);
  worker.onerror = () => onCrash();
  return {
    send: (m, transfer = []) => worker.postMessage(m, transfer),
    cancel: () => worker.terminate(),
  };
}

