import { useEffect, useMemo, useState } from 'preact/hooks';
import { chapterHref } from '../lib/links';
import { filterFromQuery, filterMeasures, filterToQuery, type MeasureFilter } from '../lib/measure-filter';
import { AGE_BAND_LABELS, OWNER_LABELS, SUPPORT_STEPS, SUPPORT_STEP_LABELS, type AgeBand, type SupportStep } from '../lib/vocabulary';
import type { Measure } from '../schemas/measure';

interface Props {
  measures: Measure[];
  bands: { id: AgeBand; label: string; reasons: { id: string; label: string }[] }[];
  base: string;
  /** The guide's print edition: the whole table, no filter controls (rendered on the server only). */
  printed?: boolean;
}

/** The 個人視点 measures as one table, filterable by age band, stagnation reason and step; the filter lives in the URL. */
export default function MeasureTable({ measures, bands, base, printed = false }: Props) {
  const reasons = useMemo(() => bands.flatMap((b) => b.reasons), [bands]);
  const [filter, setFilter] = useState<MeasureFilter>({});
  useEffect(() => setFilter(filterFromQuery(location.search, reasons.map((r) => r.id))), []);
  const update = (next: MeasureFilter) => {
    setFilter(next);
    history.replaceState(null, '', `${location.pathname}${filterToQuery(next)}${location.hash}`);
  };
  const rows = filterMeasures(measures, filter);
  const reasonOptions = filter.band ? bands.find((b) => b.id === filter.band)?.reasons ?? [] : reasons;
  const reasonLabel = (id: string) => reasons.find((r) => r.id === id)?.label ?? id;

  return (
    <div class="measure-table not-content" data-pagefind-ignore="">
      {!printed && <div class="measure-filters" role="group" aria-label="施策の絞り込み">
        <div class="measure-filter">
          <label for="mt-band">年代</label>
          <select
            id="mt-band"
            value={filter.band ?? ''}
            onChange={(e) => {
              const band = ((e.currentTarget as HTMLSelectElement).value || undefined) as AgeBand | undefined;
              const keepReason = band && filter.reason && bands.find((b) => b.id === band)?.reasons.some((r) => r.id === filter.reason);
              update({ ...filter, band, reason: keepReason ? filter.reason : undefined });
            }}
          >
            <option value="">すべて</option>
            {bands.map((b) => (
              <option value={b.id} key={b.id}>
                {AGE_BAND_LABELS[b.id]}
              </option>
            ))}
          </select>
        </div>
        <div class="measure-filter">
          <label for="mt-reason">停滞理由</label>
          <select id="mt-reason" value={filter.reason ?? ''} onChange={(e) => update({ ...filter, reason: (e.currentTarget as HTMLSelectElement).value || undefined })}>
            <option value="">すべて</option>
            {reasonOptions.map((r) => (
              <option value={r.id} key={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <div class="measure-filter">
          <label for="mt-step">ステップ</label>
          <select id="mt-step" value={filter.step ?? ''} onChange={(e) => update({ ...filter, step: ((e.currentTarget as HTMLSelectElement).value || undefined) as SupportStep | undefined })}>
            <option value="">すべて</option>
            {SUPPORT_STEPS.map((s) => (
              <option value={s} key={s}>
                {SUPPORT_STEP_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" class="widget-link-button" onClick={() => update({})} disabled={!filter.band && !filter.reason && !filter.step}>
          絞り込みを解除
        </button>
      </div>}
      {!printed && <p class="measure-count" role="status" aria-live="polite">
        {rows.length}件の施策を表示しています（全{measures.length}件）
      </p>}
      <div class="table-scroll" tabIndex={0} role="region" aria-label="施策の一覧（横にスクロールできます）">
        <table>
          <thead>
            <tr>
              <th scope="col">施策</th>
              <th scope="col">ステップ</th>
              <th scope="col">年代</th>
              <th scope="col">応える停滞理由</th>
              <th scope="col">担い手</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.id} data-measure={m.id}>
                <td>
                  <a href={chapterHref(m.link, base)}>{m.title}</a>
                  <br />
                  <span class="measure-summary">{m.summary}</span>
                </td>
                <td>{m.step ? SUPPORT_STEP_LABELS[m.step] : ''}</td>
                <td>{m.ageBands.map((b) => AGE_BAND_LABELS[b].replace(/（.*）/, '')).join('・')}</td>
                <td>{m.reasons.map(reasonLabel).join('、')}</td>
                <td>{m.owners.map((o) => OWNER_LABELS[o]).join('・')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p>この条件に合う施策はありません。条件を1つ外してみてください。</p>}
    </div>
  );
}
