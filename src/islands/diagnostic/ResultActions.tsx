import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { AnswerSet } from '../../lib/answers';
import type { Option } from '../../lib/choice-options';
import { sharePagePath } from '../../lib/embed-links';
import { encodeShareCode } from '../../lib/share-code';
import type { Instrument } from '../../schemas/instrument';
import { downloadText } from '../download';
import { ShareLink } from '../ShareLink';
import type { ResultParts } from './result-parts';

interface Props {
  instrumentId: string;
  instrument: Instrument;
  optionsFor: (questionId: string, choices: Record<string, string[]>) => Option[];
  set: AnswerSet;
  parts: ResultParts;
  fileStem: string;
  shareUrlPrefix: string;
  onReview: () => void;
  /** The start-over control, owned by the questionnaire. */
  children?: ComponentChildren;
}

/** Share link, JSON/CSV export, print and review under one's own result. Loaded with the result, not with the questions. */
export function ResultActions({ instrumentId, instrument, optionsFor, set, parts, fileStem, shareUrlPrefix, onReview, children }: Props) {
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  return (
    <div class="result-actions no-print">
      <h3>結果を使う</h3>
      <div class="button-row">
        <button type="button" class="widget-button" onClick={() => setShareUrl(`${location.origin}${sharePagePath(location.pathname, import.meta.env.BASE_URL)}${shareUrlPrefix}${encodeShareCode(instrumentId, instrument, set, optionsFor)}`)}>
          共有リンクを作る
        </button>
        <button type="button" class="widget-button" onClick={() => downloadText(`${fileStem}.json`, parts.exportJson(set), 'application/json')}>
          JSONで保存
        </button>
        <button type="button" class="widget-button" onClick={() => downloadText(`${fileStem}.csv`, parts.exportCsv(set), 'text/csv')}>
          CSVで保存
        </button>
        <button type="button" class="widget-button" onClick={() => window.print()}>
          印刷する
        </button>
        <button type="button" class="widget-button is-secondary" onClick={onReview}>
          回答を見直す
        </button>
      </div>
      {shareUrl && <ShareLink url={shareUrl} />}
      {children}
    </div>
  );
}
