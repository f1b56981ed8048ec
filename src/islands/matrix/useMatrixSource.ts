import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { HASH_PREFIX, hashPayload } from '../../lib/hash-payload';
import { parseMatrixRows, type MatrixRow } from '../../lib/matrix/rows';
import { decodeMatrixCode } from '../../lib/matrix/share';
import { $matrixText as $text } from '../../stores/matrix';
import { $storageTrouble } from '../../stores/storage';

/**
 * Where the matrix's rows come from: a shared link (`#m=…`) when one decodes, otherwise the reader's saved text.
 * Saved figures and storage messages appear only after hydration: the server rendered neither.
 */
export function useMatrixSource() {
  const saved = useStore($text);
  const storedTrouble = useStore($storageTrouble);
  const [mounted, setMounted] = useState(false);
  const [shared, setShared] = useState<MatrixRow[] | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  useEffect(() => {
    setMounted(true);
    const code = hashPayload(location.hash, HASH_PREFIX.matrix);
    if (code !== null) {
      // A link that does not decode shows the reader's own input with the reason, never other or example figures.
      const r = decodeMatrixCode(code);
      if (r.ok) setShared(r.rows);
      else setLinkError(r.message);
    }
  }, []);
  const text = mounted ? saved : '';
  const trouble = mounted ? storedTrouble : null;
  const own = parseMatrixRows(text);
  const leaveShared = () => {
    history.replaceState(null, '', location.pathname + location.search);
    setShared(null);
  };
  return { saved, text, trouble, shared, linkError, rows: shared ?? own.rows, problems: shared ? [] : own.problems, leaveShared };
}
