import { sharePagePath } from '../../lib/embed-links';
import { HASH_PREFIX } from '../../lib/hash-payload';
import { rowsToCsv, type MatrixRow } from '../../lib/matrix/rows';
import { encodeMatrixCode } from '../../lib/matrix/share';
import { downloadText } from '../download';

interface Props {
  rows: readonly MatrixRow[];
  base: string;
  onShareUrl: (url: string) => void;
  onClear: () => void;
}

/** What the reader can do with their own figures: make a share link, save as CSV, print, or clear them. */
export function MatrixActions({ rows, base, onShareUrl, onClear }: Props) {
  return (
    <div class="button-row no-print">
      <button type="button" class="widget-button" onClick={() => onShareUrl(`${location.origin}${sharePagePath(location.pathname, base)}${HASH_PREFIX.matrix}${encodeURIComponent(encodeMatrixCode(rows))}`)}>
        共有リンクを作る
      </button>
      <button type="button" class="widget-button" onClick={() => downloadText('co-matrix.csv', rowsToCsv(rows), 'text/csv')}>
        CSVで保存
      </button>
      <button type="button" class="widget-button" onClick={() => window.print()}>
        印刷する
      </button>
      <button type="button" class="widget-button is-secondary" onClick={onClear}>
        入力を消す
      </button>
    </div>
  );
}
