import { useStore } from '@nanostores/preact';
import { useEffect, useMemo } from 'preact/hooks';
import type { AnswerSet } from '../../lib/answers';
import { compareRecords } from '../../lib/self-check/history/compare';
import { holdsSet, makeRecord, previousOf } from '../../lib/self-check/history/record';
import { $draftTopic, $history, keepShown, setTopic } from '../../stores/self-check-history';
import { selfCheckData } from '../data/self-check';

/**
 * The person's own result in their history: kept (once a day) while they agree to keeping, the previous kept result
 * and the change since, and what they typed for the 1on1 (kept with the record, or for this page only).
 */
export function useJourney(set: AnswerSet) {
  const { instrument } = selfCheckData;
  const history = useStore($history);
  const draft = useStore($draftTopic);
  const setKey = JSON.stringify([set.version, set.answers, set.choices]);
  useEffect(() => {
    if (history.consent) keepShown(set, instrument);
  }, [history.consent, setKey]);
  const current = history.records.find((r) => holdsSet(r, set)) ?? null;
  const previous = previousOf(history.records, set);
  const shown = useMemo(() => current ?? makeRecord(set, instrument, new Date()), [current, setKey]);
  const comparison = useMemo(() => (previous ? compareRecords(previous, shown) : null), [previous, shown]);
  return {
    instrument,
    history,
    current,
    previous,
    comparison,
    topic: current ? current.topic : draft,
    setTopic: (text: string) => setTopic(current?.id ?? null, text),
  };
}
