import { useEffect, useState } from 'preact/hooks';
import type { AnswerSet } from '../../lib/answers';
import { readResultLink, type OptionsFor } from '../../lib/diagnostic/flow';
import { HASH_PREFIX, hashPayload } from '../../lib/hash-payload';
import type { Instrument } from '../../schemas/instrument';

/**
 * A result link in the hash (`#r=…`): the result to show read-only, never touching the reader's own saved answers,
 * or why it cannot be shown. Read on load and on every hash change; `onHash` runs first on each (carried answers
 * pasted into a tab that already shows this page arrive as a hash change), `onLink` when a result link is there.
 */
export function useResultLink(instrumentId: string, instrument: Instrument, optionsFor: OptionsFor, onHash: () => void, onLink: () => void) {
  const [shared, setShared] = useState<AnswerSet | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const read = () => {
      onHash();
      const code = hashPayload(location.hash, HASH_PREFIX.result);
      if (code === null) return setShared(null);
      onLink();
      const r = readResultLink(code, instrumentId, instrument, optionsFor);
      setShared(r.ok ? r.set : null);
      setError(r.ok ? null : r.message);
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  const leave = () => {
    history.replaceState(null, '', location.pathname + location.search);
    setShared(null);
  };
  return { shared, error, leave };
}
