import type { OtherVersionAnswers } from '../../stores/answer-store';
import { downloadText } from '../download';

/** Answers saved for another version of the questions: kept, offered as a file, and removable. */
export function OtherVersions({ versions, current, fileStem, onForget }: { versions: OtherVersionAnswers[]; current: number; fileStem: string; onForget: () => void }) {
  const newer = versions.filter((v) => v.version > current);
  const save = (v: OtherVersionAnswers) => {
    let text = v.text;
    try {
      text = JSON.stringify(JSON.parse(v.text), null, 2);
    } catch {
      /* kept exactly as stored */
    }
    downloadText(`${fileStem}-v${v.version}-answers.json`, text, 'application/json');
  };
  return (
    <div class="widget-banner" role="status" data-testid="other-versions">
      <div>
        {newer.length === versions.length ? (
          <p>
            このブラウザには、このサイトの新しい版（第{newer.map((v) => v.version).join('・')}版の設問）で保存した回答があります。このページの設問は第{current}版のため、その回答は使えません。消さずに残してあるので、ファイルにも保存できます。
          </p>
        ) : (
          <p>
            設問が変わりました。このブラウザに保存されている回答は第{versions.map((v) => v.version).join('・')}版の設問へのもので、今の設問（第{current}版）とは合わないため、結果には使えません。お手数ですが、今の設問に答え直してください。以前の回答はファイルに保存できます。
          </p>
        )}
        <div class="button-row">
          {versions.map((v) => (
            <button type="button" class="widget-button is-secondary" key={v.version} onClick={() => save(v)}>
              第{v.version}版の回答をJSONで保存
            </button>
          ))}
          <button type="button" class="widget-link-button" onClick={onForget}>
            第{versions.map((v) => v.version).join('・')}版の回答を消す
          </button>
        </div>
      </div>
    </div>
  );
}
