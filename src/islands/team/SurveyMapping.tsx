import type { AgeValue } from '../../lib/team/age-values';
import type { SelfCheckQuestionData } from '../../lib/self-check/engine';
import { MAX_GROUPS } from '../../lib/team/survey-file';
import { clip, roleValue, type OpenedSurvey } from '../../lib/team/survey-mapping';
import { ENCODING_LABELS } from '../../lib/team/text-encoding';
import { AgeValueStep } from './AgeValueStep';
import { useStepwise } from '../useStepwise';

/** Rows of the mapping table drawn per task (each row holds a select of every question). */
const ROWS_PER_TASK = 6;

interface Props {
  opened: OpenedSurvey;
  data: SelfCheckQuestionData;
  ageValues: AgeValue[];
  issues: string[];
  busy: boolean;
  onRole: (col: number, value: string) => void;
  onAge: (value: string, band: string | undefined) => void;
  onRead: () => void;
}

/** The opened file's columns and the question each is taken for, which HR checks and corrects before reading. */
export function SurveyMapping({ opened, data, ageValues, issues, busy, onRole, onAge, onRead }: Props) {
  const rows = useStepwise(opened.header.length, ROWS_PER_TASK);
  return (
    <section aria-labelledby="survey-mapping-heading">
      <h3 id="survey-mapping-heading">列と設問の対応を確かめる</h3>
      <p role="status" data-testid="survey-opened">
        {opened.fileName}（{ENCODING_LABELS[opened.encoding]}、見出しの下に{opened.rows.toLocaleString('ja-JP')}行）を開きました。見出しから対応を推しはかりました。違っている列は、右の欄で直してください。
      </p>
      {opened.notes.length > 0 && (
        <ul class="widget-warning" data-testid="survey-notes">
          {opened.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <div class="table-scroll" tabIndex={0} role="region" aria-label="列と設問の対応">
        <table class="score-table" data-testid="survey-mapping">
          <thead>
            <tr>
              <th scope="col">列</th>
              <th scope="col">見出し</th>
              <th scope="col">1行目の値</th>
              <th scope="col">割り当て</th>
            </tr>
          </thead>
          <tbody>
            {opened.header.slice(0, rows).map((h, col) => (
              <tr key={col}>
                <td>{col + 1}</td>
                <th scope="row">{clip(h) || '（見出しなし）'}</th>
                {/* Comments are not shown: they may name a person, and they are not a classification. */}
                <td>{opened.columns[col]!.freeText ? '（自由記述のようです）' : clip(opened.sample[col] ?? '', 20)}</td>
                <td>
                  <select aria-label={`${col + 1}列目「${clip(h, 30)}」の割り当て`} value={roleValue(opened.mapping[col]!)} onChange={(e) => onRole(col, (e.currentTarget as HTMLSelectElement).value)}>
                    <option value="ignore">使わない</option>
                    <option value="extra" disabled={opened.columns[col]!.distinct > MAX_GROUPS}>
                      分類として残す（部署など）
                    </option>
                    {data.instrument.choices.map((c) => (
                      <option key={c.id} value={`choice:${c.id}`}>
                        {c.id}：{clip(c.text, 24)}
                      </option>
                    ))}
                    {data.instrument.items.map((i) => (
                      <option key={i.id} value={`item:${i.id}`}>
                        {i.id}：{clip(i.text, 24)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {ageValues.length > 0 && <AgeValueStep values={ageValues} choices={opened.ages} bands={data.ageBands} onChoose={onAge} />}
      {issues.length > 0 && (
        <ul class="widget-banner is-error" role="alert" data-testid="survey-mapping-issues">
          {issues.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <div class="button-row">
        <button type="button" class="widget-button" onClick={onRead} disabled={busy || issues.length > 0}>
          この対応で読み込んで集計する
        </button>
      </div>
    </section>
  );
}
