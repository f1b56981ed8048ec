/**
 * The self-check's result view and exports, imported by the questionnaire only when a result is near. It brings the
 * data only a result needs (rules, 不動層 groups, measures), so that data arrives with this code, not before.
 */
import { diagnose } from '../../lib/self-check/engine';
import { resultToCsv, resultToJson } from '../../lib/self-check/export';
import { selfCheckData as data } from '../data/self-check';
import type { ResultParts } from '../diagnostic/result-parts';
import { Result } from './Result';

export function selfCheckResultParts(base: string): ResultParts {
  return {
    render: (set, shared, actions) => (
      <Result d={diagnose(data, set)} set={set} rules={data.rules} base={base} title={shared ? '共有された診断結果' : 'あなたの診断結果'} own={!shared}>
        {actions}
      </Result>
    ),
    exportJson: (set) => resultToJson(set, diagnose(data, set), new Date()),
    exportCsv: (set) => resultToCsv(data, set, diagnose(data, set)),
  };
}
