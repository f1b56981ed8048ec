import { itemSheetCsv } from '../../lib/team/item-sheet';
import { selfCheckQuestions as data } from '../data/self-check-questions';
import { downloadText } from '../download';
import { withBoundary } from '../IslandBoundary';

/** The item sheet for setting the self-check up in another survey tool, written from the instrument data. */
function ItemSheet() {
  return (
    <div class="button-row not-content">
      <button type="button" class="widget-button" onClick={() => downloadText(`co-self-check-items-v${data.instrument.version}.csv`, itemSheetCsv(data), 'text/csv')}>
        設問シートをCSVで保存（第{data.instrument.version}版）
      </button>
    </div>
  );
}

/** What the page hydrates: the tool inside a boundary that turns any exception into a message (IslandBoundary). */
export default withBoundary(ItemSheet, '設問シート');
