import type { SplitMode } from '../../lib/matrix/view';
import type { MatrixSettings } from '../../schemas/matrix';

interface Props {
  mode: SplitMode;
  onMode: (mode: SplitMode) => void;
  fixed: MatrixSettings['split'];
  split: MatrixSettings['split'];
}

/** How the quadrants are split (the site's fixed values or the median of the shown rows), and the split in use. */
export function SplitChoice({ mode, onMode, fixed, split }: Props) {
  return (
    <>
      <fieldset class="matrix-split no-print">
        <legend>象限の分け方</legend>
        <label>
          <input type="radio" name="matrix-split" checked={mode === 'fixed'} onChange={() => onMode('fixed')} />
          固定（C/O体現度{fixed.co}・事業貢献{fixed.contribution}）
        </label>
        <label>
          <input type="radio" name="matrix-split" checked={mode === 'median'} onChange={() => onMode('median')} />
          入力した数値の中央値
        </label>
      </fieldset>
      <p class="widget-note" data-testid="matrix-split-note">
        いまの分け目：C/O体現度{split.co}、事業貢献{split.contribution}
        {mode === 'median' ? '（表示している行の中央値。およそ半分ずつが高い側と低い側に分かれます）' : ''}
      </p>
    </>
  );
}
