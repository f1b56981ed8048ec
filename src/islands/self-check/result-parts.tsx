/** The self-check's result view and exports, imported by the questionnaire only when a result is near. */
import { diagnose, type SelfCheckData } from '../../lib/self-check/engine';
import { resultToCsv, resultToJson } from '../../lib/self-check/export';
import type { ResultParts } from '../diagnostic/result-parts';
import { Result } from './Result';

export function selfCheckResultParts(data: SelfCheckData, base: string): ResultParts {
  return {
    render: (set, shared, actions) => (
      <Result d={diagnose(data, set)} base={base} title={shared ? '共有された診断結果' : 'あなたの診断結果'}>
        {actions}
      </Result>
    ),
    exportJson: (set) => resultToJson(set, diagnose(data, set), new Date()),
    exportCsv: (set) => resultToCsv(data, set, diagnose(data, set)),
  };
}
