import { useEffect, useRef } from 'preact/hooks';
import { chapterHref } from '../../lib/links';
import type { Diagnosis } from '../../lib/self-check/engine';
import { BAND_LABELS } from '../../lib/self-check/faces';
import { firstStep, focusFace, standingSentence } from '../../lib/self-check/summary';
import { formatScore as fmt } from '../ScorePanel';

/**
 * The result's first screen: where the person stands in plain words, the four faces at a glance, and the one thing
 * to try first. No segment name here: those come further down, for whoever wants them.
 */
export function Summary({ d, base }: { d: Diagnosis; base: string }) {
  // When the way of answering is flagged, the scores are shown as answered and nothing is read into them.
  const read = d.labelShown;
  const sentence = read ? standingSentence(d.dimensions) : null;
  const focus = read ? focusFace(d.dimensions) : null;
  const step = firstStep(d);
  const box = useRef<HTMLDivElement>(null);
  // The result replaces the last screen of questions wherever the page was scrolled: bring its heading to the top,
  // so the first screen is this summary (the heading then takes focus without moving).
  useEffect(() => box.current?.closest('section')?.querySelector('h2')?.scrollIntoView({ block: 'start' }), []);
  return (
    <div class="journey-summary" data-testid="summary" ref={box}>
      <h3>いまのあなた</h3>
      {sentence && <p data-testid="standing">{sentence}</p>}
      {focus?.reading && <p>{focus.reading}</p>}
      <ul class="axes-glance" aria-label="4つの軸の点数（100点満点）">
        {d.dimensions.map((f) => (
          <li key={f.id} data-band={read ? (f.band ?? '') : ''} data-testid={`glance-${f.id}`}>
            <span class="axes-glance-label">{f.label}</span>
            <span class="axes-glance-score">
              {fmt(f.score)}点{read && f.band && <span class="axes-glance-band">（{BAND_LABELS[f.band]}）</span>}
            </span>
            <span class="axes-glance-bar" aria-hidden="true">
              <span style={{ width: `${f.score ?? 0}%` }} />
            </span>
          </li>
        ))}
      </ul>
      {step && (
        <>
          <h3>まず試してみること</h3>
          <div class="widget-card first-step" data-testid="first-step">
            {step.kind === 'measure' && (
              <>
                <p class="measure-title">
                  <a href={chapterHref(step.measure.link, base)}>{step.measure.title}</a>
                </p>
                <p>{step.measure.summary}</p>
              </>
            )}
            {step.kind === 'answer-again' && <p>答え方の注意が出ているため、この点数をもとに何かを始めるのは控えましょう。時間をおいて、一問ずつ考えながら答え直してみてください。</p>}
            {step.kind === 'talk' && <p>次の1on1で、「{step.face.label}」について上司と話してみてください。下の「1on1で話す」で、話したいことをシートにまとめられます。</p>}
            {step.kind === 'all-high' && <p>身につけた力を、周りの人の相談相手として活かしてみてください。</p>}
          </div>
        </>
      )}
      <p class="widget-note">
        <a href="#result-details">点数の読み方と、この結果の理由を見る</a>
      </p>
    </div>
  );
}
