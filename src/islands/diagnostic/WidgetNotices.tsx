import type { AnswerSet } from '../../lib/answers';
import { HASH_PREFIX } from '../../lib/hash-payload';
import type { StorageTrouble } from '../../stores/storage';
import type { OtherVersionAnswers } from '../../stores/answer-store';
import { downloadText } from '../download';
import { StorageTroubleBanner } from '../StorageTroubleBanner';
import { CarriedAnswers, type Carried } from './CarriedAnswers';
import { OtherVersions } from './OtherVersions';

interface Props {
  trouble: StorageTrouble | null;
  /** The answers so far, and their code for a new tab (none while nothing is answered). */
  set: AnswerSet;
  carryCode: string | null;
  carried: Carried | null;
  onCarried: (use: boolean) => void;
  onDismissCarried: () => void;
  otherVersions: OtherVersionAnswers[];
  version: number;
  onForgetOtherVersions: () => void;
  messages: string[];
  fileStem: string;
}

/** What the reader must know before the questions: storage trouble, carried answers, other versions, errors. */
export function WidgetNotices({ trouble, set, carryCode, carried, onCarried, onDismissCarried, otherVersions, version, onForgetOtherVersions, messages, fileStem }: Props) {
  const saveAnswers = () => downloadText(`${fileStem}-answers.json`, JSON.stringify({ ...set, savedAt: new Date().toISOString() }, null, 2), 'application/json');
  return (
    <>
      {trouble && (
        <StorageTroubleBanner trouble={trouble} thing="回答" keep="「回答をJSONで保存」で、ここまでの回答をファイルに残せます。" carry={carryCode ? HASH_PREFIX.carry + carryCode : undefined}>
          <button type="button" class="widget-button" onClick={saveAnswers}>
            回答をJSONで保存
          </button>
        </StorageTroubleBanner>
      )}
      {carried && <CarriedAnswers carried={carried} onUseCarried={() => onCarried(true)} onKeepSaved={() => onCarried(false)} onDismiss={onDismissCarried} />}
      {otherVersions.length > 0 && <OtherVersions versions={otherVersions} current={version} fileStem={fileStem} onForget={onForgetOtherVersions} />}
      {messages.map((n) => (
        <div class="widget-banner is-error" role="alert" key={n}>
          <p>{n}</p>
        </div>
      ))}
    </>
  );
}
