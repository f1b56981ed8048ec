import type { AnswerSet } from '../../lib/answers';
import type { Diagnosis } from '../../lib/self-check/engine';
import { HistoryPanel } from './HistoryPanel';
import { OneOnOneSheet } from './OneOnOneSheet';
import { useJourney } from './use-journey';

/** Under one's own result: what to bring to the 1on1 (and its printed sheet), then the kept results. */
export function JourneyTools({ d, set }: { d: Diagnosis; set: AnswerSet }) {
  const j = useJourney(set);
  return (
    <>
      <OneOnOneSheet d={d} topic={j.topic} onTopic={j.setTopic} kept={j.current !== null} comparison={j.comparison} savedAt={j.current?.savedAt ?? null} />
      <HistoryPanel history={j.history} currentId={j.current?.id ?? null} />
    </>
  );
}
