import type { MatrixSettings } from '../../schemas/matrix';
import { isTooSmall, medianSplit, quadrantOf, type MatrixRow, type QuadrantId } from './rows';

export type SplitMode = 'fixed' | 'median';
type Quadrant = MatrixSettings['quadrants'][number];

/** What the matrix draws from the rows in hand: which rows are listed, which are plotted and numbered, and where the split is. */
export interface MatrixView {
  /** Every row in the table: the reader's (or a link's) rows, or the site's illustration while there are none. */
  listed: MatrixRow[];
  isIllustration: boolean;
  /** The rows large enough to show, in table order; the plot's points. */
  showing: MatrixRow[];
  split: MatrixSettings['split'];
  hasHeadcount: boolean;
  /** The number of each shown row, from 1: the label of its point on the plot. */
  numberOf: Map<MatrixRow, number>;
  names: Record<QuadrantId, string>;
  hasSmallGroups: boolean;
}

/** Works out the matrix for the given rows, split mode and smallest headcount that may be shown. */
export function matrixView(rows: readonly MatrixRow[], settings: MatrixSettings, splitMode: SplitMode, minGroupSize: number): MatrixView {
  const listed: MatrixRow[] = rows.length ? [...rows] : settings.illustration;
  const showing = listed.filter((r) => !isTooSmall(r, minGroupSize));
  return {
    listed,
    isIllustration: rows.length === 0,
    showing,
    split: (splitMode === 'median' && medianSplit(showing)) || settings.split,
    hasHeadcount: listed.some((r) => r.headcount !== undefined),
    numberOf: new Map(showing.map((r, i) => [r, i + 1])),
    names: Object.fromEntries(settings.quadrants.map((x) => [x.id, x.label])) as Record<QuadrantId, string>,
    hasSmallGroups: listed.some((r) => isTooSmall(r, minGroupSize)),
  };
}

/** The quadrant a row falls in under the given split. */
export function quadrantFor(row: Pick<MatrixRow, 'co' | 'contribution'>, settings: MatrixSettings, split: MatrixSettings['split']): Quadrant {
  const id = quadrantOf(row, split);
  return settings.quadrants.find((x) => x.id === id)!;
}

/** The plot in words, for screen readers: each shown row's number, label, figures and quadrant. */
export function plotSummary(view: MatrixView, settings: MatrixSettings): string {
  return `散布図：${view.showing.map((r) => `${view.numberOf.get(r)}番の${r.label}はC/O体現度${r.co}、事業貢献${r.contribution}で${quadrantFor(r, settings, view.split).label}`).join('。')}`;
}

export interface RowDraft {
  label: string;
  co: string;
  contribution: string;
}

/** The saved text with one typed row added as its last line. */
export function withAddedRow(saved: string, draft: RowDraft): string {
  const line = `${draft.label},${draft.co},${draft.contribution}`;
  return saved.trim() ? `${saved.trim()}\n${line}` : line;
}
