import { chapterHref } from '../lib/links';
import { CYCLE_STEP_LABELS, FRAME_LABELS, OWNER_LABELS, SUPPORT_STEP_LABELS } from '../lib/vocabulary';
import type { Measure } from '../schemas/measure';

/** Recommended measures as cards linking to the chapter sections that explain them; `text` picks the sentence shown. */
export function MeasureCards({ measures, base, showFrames = false, testId = 'measures', text = (m) => m.summary }: { measures: Measure[]; base: string; showFrames?: boolean; testId?: string; text?: (m: Measure) => string }) {
  return (
    <ol class="measure-list" data-testid={testId}>
      {measures.map((m) => (
        <li key={m.id} class="widget-card">
          <p class="measure-title">
            <a href={chapterHref(m.link, base)}>{m.title}</a>
          </p>
          <p>{text(m)}</p>
          <p class="measure-meta">
            {m.step && <span>ステップ：{SUPPORT_STEP_LABELS[m.step]}</span>}
            {m.cycle && <span>成長サイクル：{CYCLE_STEP_LABELS[m.cycle]}</span>}
            {showFrames && <span>軸：{m.frames.map((f) => FRAME_LABELS[f]).join('・')}</span>}
            <span>担い手：{m.owners.map((o) => OWNER_LABELS[o]).join('・')}</span>
          </p>
        </li>
      ))}
    </ol>
  );
}
