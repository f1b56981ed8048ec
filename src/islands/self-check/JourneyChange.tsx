import type { AnswerSet } from '../../lib/answers';
import { ChangeSinceLast } from './ChangeSinceLast';
import { useJourney } from './use-journey';

/** The change since the last kept result, near the top of one's own result; nothing when there is none. */
export function JourneyChange({ set }: { set: AnswerSet }) {
  const j = useJourney(set);
  if (!j.previous || !j.comparison) return null;
  return <ChangeSinceLast c={j.comparison} previousAt={j.previous.savedAt} instrument={j.instrument} />;
}
