import { useState } from 'preact/hooks';
import { matrixView, plotSummary, withAddedRow, type RowDraft, type SplitMode } from '../../lib/matrix/view';
import type { MatrixSettings } from '../../schemas/matrix';
import { $matrixText as $text } from '../../stores/matrix';
import { ShareLink } from '../ShareLink';
import { MatrixActions } from './MatrixActions';
import { MatrixBanners } from './MatrixBanners';
import { MatrixInput } from './MatrixInput';
import { MatrixTable } from './MatrixTable';
import { QuadrantPlot } from './QuadrantPlot';
import { SplitChoice } from './SplitChoice';
import { useMatrixSource } from './useMatrixSource';
import { withBoundary } from '../IslandBoundary';

interface Props {
  settings: MatrixSettings;
  base: string;
  /** Rows that give a headcount below this are not shown (content/data/site-settings.yaml). */
  minGroupSize: number;
}

const EMPTY_DRAFT: RowDraft = { label: '', co: '', contribution: '' };

/** The C/O × 事業貢献 matrix: paste or type figures per age band or department, see them on the quadrants. */
function CoMatrix({ settings, base, minGroupSize }: Props) {
  const { saved, text, trouble, shared, linkError, rows, problems, leaveShared } = useMatrixSource();
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [splitMode, setSplitMode] = useState<SplitMode>('fixed');
  const view = matrixView(rows, settings, splitMode, minGroupSize);
  const { isIllustration, showing, numberOf } = view;

  const addRow = (e: Event) => {
    e.preventDefault();
    $text.set(withAddedRow(saved, draft));
    setDraft(EMPTY_DRAFT);
  };

  return (
    <div class="co-matrix not-content" data-pagefind-ignore="">
      <MatrixBanners showingShared={shared !== null} onLeaveShared={leaveShared} trouble={trouble} linkError={linkError} problems={problems} />
      {shared === null && <MatrixInput text={text} onText={(t) => $text.set(t)} draft={draft} onDraft={setDraft} onAdd={addRow} />}
      {isIllustration && (
        <p class="widget-warning" data-testid="illustration-note">
          数値が入るまでは、このサイトが想定した例を表示しています。ガイドブックが指摘する「30代」（C/O体現度の高い層が活かされず、スコアが下がりやすい）を図にしたもので、調査データではありません。
        </p>
      )}
      <SplitChoice mode={splitMode} onMode={setSplitMode} fixed={settings.split} split={view.split} />
      <div class="matrix-view">
        <QuadrantPlot
          points={showing.map((r) => ({ label: String(numberOf.get(r)), co: r.co, contribution: r.contribution }))}
          split={view.split}
          names={view.names}
          summary={plotSummary(view, settings)}
        />
        <MatrixTable view={view} settings={settings} base={base} minGroupSize={minGroupSize} />
      </div>
      {view.hasSmallGroups && (
        <p class="widget-note" data-testid="matrix-small-groups">
          人数が{minGroupSize}人未満の行は、一人ひとりの回答が推しはかれてしまうため、図と表のどちらにも数値を出していません。
        </p>
      )}
      <h3>象限の読み方</h3>
      <dl class="quadrant-meanings">
        {settings.quadrants.map((x) => (
          <div key={x.id}>
            <dt>{x.label}</dt>
            <dd>
              {x.meaning}。{x.action}。
            </dd>
          </div>
        ))}
      </dl>
      {!isIllustration && shared === null && <MatrixActions rows={rows} base={base} onShareUrl={setShareUrl} onClear={() => $text.set('')} />}
      {shareUrl && <ShareLink url={shareUrl} warning="このリンクには入力した数値がそのまま入っています。社外秘の数値なら、渡す相手を選んでください。「#」より後ろはサーバーに送られません。" />}
    </div>
  );
}

/** What the page hydrates: the tool inside a boundary that turns any exception into a message (IslandBoundary). */
export default withBoundary(CoMatrix, 'マトリクス');
