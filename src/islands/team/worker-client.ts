/**
 * The page's side of the team view's workers: one worker per job, replaced after a cancel (terminating is the only
 * way to stop a running task, and it stops at once). Each worker script is bundled by Vite and served from this
 * site, as the Content-Security-Policy requires; Vite needs each `new Worker(new URL(…))` written out in full.
 */
import type { FromResultsWorker, ToResultsWorker } from '../../lib/team/results-protocol';
import type { FromSurveyWorker, ToSurveyWorker } from '../../lib/team/survey-protocol';

export interface JobWorker<To> {
  send(message: To, transfer?: Transferable[]): void;
  cancel(): void;
}
export type SurveyWorker = JobWorker<ToSurveyWorker>;
export type ResultsWorker = JobWorker<ToResultsWorker>;

function connect<To, From>(worker: Worker, onMessage: (m: From) => void, onCrash: () => void): JobWorker<To> {
  worker.onmessage = (e: MessageEvent<From>) => onMessage(e.data);
  worker.onerror = () => onCrash();
  return {
    send: (m, transfer = []) => worker.postMessage(m, transfer),
    cancel: () => worker.terminate(),
  };
}

export function startSurveyWorker(onMessage: (m: FromSurveyWorker) => void, onCrash: () => void): SurveyWorker {
  return connect(new Worker(new URL('../../workers/survey-worker.ts', import.meta.url), { type: 'module', name: 'survey' }), onMessage, onCrash);
}

export function startResultsWorker(onMessage: (m: FromResultsWorker) => void, onCrash: () => void): ResultsWorker {
  return connect(new Worker(new URL('../../workers/results-worker.ts', import.meta.url), { type: 'module', name: 'results' }), onMessage, onCrash);
}
