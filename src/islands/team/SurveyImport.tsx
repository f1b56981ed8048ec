import { useState } from 'preact/hooks';
import type { SelfCheckData } from '../../lib/self-check/engine';
import { openSurvey } from '../../lib/team/survey-file';
import { mappingIssues, readSurvey, type ColumnRole, type SurveyRead } from '../../lib/team/survey-import';
import { ENCODING_LABELS, type TextEncodingName } from '../../lib/team/text-encoding';

interface Props {
  data: SelfCheckData;
  onRead: (fileName: string, read: SurveyRead) => void;
}

interface Opened {
  fileName: string;
  encoding: TextEncodingName;
  header: string[];
  sample: string[];
  rows: number;
  records: string[][];
  mapping: ColumnRole[];
}

const roleValue = (r: ColumnRole) => (r.kind === 'item' || r.kind === 'choice' ? `${r.kind}:${r.id}` : r.kind);
const roleOf = (value: string): ColumnRole => {
  const [kind, id] = value.split(':') as [string, string | undefined];
  if ((kind === 'item' || kind === 'choice') && id) return { kind, id };
  return kind === 'extra' ? { kind: 'extra' } : { kind: 'ignore' };
};
const clip = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * Importing the export of a survey HR ran in its own tool: choose the file, check (and correct) which column is
 * which question, then read. The file is read in this browser only.
 */
export function SurveyImport({ data, onRead }: Props) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (file: File | undefined) => {
    setOpened(null);
    setError(null);
    if (!file) return;
    const o = openSurvey(new Uint8Array(await file.arrayBuffer()), file.name, data);
    if (!o.ok) return setError(`${file.name}：${o.message}`);
    setOpened({ fileName: file.name, encoding: o.encoding, header: o.header, sample: o.records[1] ?? [], rows: o.records.length - 1, records: o.records, mapping: o.mapping });
  };

  const issues = opened ? mappingIssues(opened.mapping, opened.header, data) : [];
  const setRole = (col: number, value: string) => opened && setOpened({ ...opened, mapping: opened.mapping.map((m, i) => (i === col ? roleOf(value) : m)) });
  const read = () => {
    if (!opened) return;
    setBusy(true);
    onRead(opened.fileName, readSurvey(opened.records, opened.mapping, data));
    setBusy(false);
  };

  return (
    <div class="survey-import team-input no-print">
      <h3>アンケートツールの回答から集計する</h3>
      <div class="drop-zone">
        <label for="survey-file">アンケートの回答ファイル（CSV）を選ぶ</label>
        <p class="widget-note" id="survey-file-help">
          Microsoft Forms、Googleフォーム、社内のアンケートツールから書き出したCSVを読み込めます。文字コードはUTF-8とShift_JISのどちらでもかまいません。
        </p>
        <input id="survey-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/plain,.xlsx,.xls" aria-describedby="survey-file-help" onChange={(e) => choose((e.currentTarget as HTMLInputElement).files?.[0])} />
      </div>
      {error && (
        <p class="widget-banner is-error" role="alert" data-testid="survey-error">
          {error}
        </p>
      )}
      {opened && (
        <section aria-labelledby="survey-mapping-heading">
          <h3 id="survey-mapping-heading">列と設問の対応を確かめる</h3>
          <p role="status" data-testid="survey-opened">
            {opened.fileName}（{ENCODING_LABELS[opened.encoding]}、見出しの下に{opened.rows}行）を開きました。見出しから対応を推しはかりました。違っている列は、右の欄で直してください。
          </p>
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
                {opened.header.map((h, col) => (
                  <tr key={col}>
                    <td>{col + 1}</td>
                    <th scope="row">{clip(h) || '（見出しなし）'}</th>
                    <td>{clip(opened.sample[col] ?? '', 20)}</td>
                    <td>
                      <select aria-label={`${col + 1}列目「${clip(h, 30)}」の割り当て`} value={roleValue(opened.mapping[col]!)} onChange={(e) => setRole(col, (e.currentTarget as HTMLSelectElement).value)}>
                        <option value="ignore">使わない</option>
                        <option value="extra">分類として残す（部署など）</option>
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
          {issues.length > 0 && (
            <ul class="widget-banner is-error" role="alert" data-testid="survey-mapping-issues">
              {issues.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
          <div class="button-row">
            <button type="button" class="widget-button" onClick={read} disabled={busy || issues.length > 0}>
              この対応で読み込んで集計する
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
