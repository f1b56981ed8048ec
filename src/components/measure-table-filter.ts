/**
 * The filters of the server-drawn measure table (MeasureTable.astro): age band, stagnation reason and step, kept in
 * the URL query so HR can link a filtered view. Rows that do not fit are taken out of the table and put back in
 * their order; the reason list offers only the chosen band's reasons. The rules are src/lib/measure-filter.ts.
 */
import { filterToQuery, matchesFilter, readFilter, withBand, type MeasureFilter } from '../lib/measure-filter';
import type { AgeBand, SupportStep } from '../schemas/vocabulary';

const words = (s: string | undefined) => (s ? s.split(' ') : []);

function enhance(root: HTMLElement) {
  const select = (name: string) => root.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)!;
  const [band, reason, step] = [select('band'), select('reason'), select('step')];
  const clear = root.querySelector<HTMLButtonElement>('[data-filter-clear]')!;
  const count = root.querySelector<HTMLElement>('.measure-count')!;
  const empty = root.querySelector<HTMLElement>('[data-filter-empty]')!;
  const tbody = root.querySelector('tbody')!;
  const rows = [...tbody.rows].map((tr) => ({
    tr,
    measure: { ageBands: words(tr.dataset.bands) as AgeBand[], reasons: words(tr.dataset.reasons), step: (tr.dataset.step || undefined) as SupportStep | undefined },
  }));
  const reasonOptions = [...reason.options].slice(1);
  const bandReasons: Record<string, string[]> = {};
  for (const o of reasonOptions) (bandReasons[o.dataset.band!] ??= []).push(o.value);

  const show = (f: MeasureFilter) => {
    reason.replaceChildren(reason.options[0]!, ...reasonOptions.filter((o) => !f.band || o.dataset.band === f.band));
    band.value = f.band ?? '';
    reason.value = f.reason ?? '';
    step.value = f.step ?? '';
    const shown = rows.filter((r) => matchesFilter(r.measure, f));
    tbody.replaceChildren(...shown.map((r) => r.tr));
    count.textContent = `${shown.length}件の施策を表示しています（全${rows.length}件）`;
    empty.hidden = shown.length > 0;
    clear.disabled = !f.band && !f.reason && !f.step;
  };
  const values = (s: HTMLSelectElement) => [...s.options].map((o) => o.value).filter(Boolean);
  const update = (next: MeasureFilter) => {
    show(next);
    history.replaceState(null, '', `${location.pathname}${filterToQuery(next)}${location.hash}`);
  };
  // One handler for the three lists: the reason stays only if the chosen band has it.
  root.addEventListener('change', () =>
    update(withBand({ reason: reason.value || undefined, step: (step.value || undefined) as SupportStep | undefined }, (band.value || undefined) as AgeBand | undefined, bandReasons)),
  );
  clear.addEventListener('click', () => update({}));
  // A hand-edited link may pair a band with another band's reason: that reason is dropped.
  const linked = readFilter(location.search, { bands: values(band), reasons: values(reason), steps: values(step) });
  show(withBand(linked, linked.band, bandReasons));
  root.dataset.enhanced = '';
}

export function enhanceMeasureTables() {
  for (const root of document.querySelectorAll<HTMLElement>('[data-measure-table]')) enhance(root);
}
