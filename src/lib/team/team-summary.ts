/**
 * Everything the team view's result shows that is counted over people: the breakdown by age band and by each
 * extra survey column, and the round's company-wide figures. Worked out in the worker that pooled the people, so
 * that the page only draws tables, whatever the number of people (100,000 rows give no long task on the page). Pure.
 */
import type { SelfCheckData } from '../self-check/engine';
import { breakdown, type Breakdown, type BreakdownBy } from './breakdown';
import type { Pool } from './pool';
import { summariseRound, type Round } from './rounds';

export interface TeamSummary {
  /** By age band first, then by each extra column in the pool's order. */
  breakdowns: Breakdown[];
  round: Round;
}

/** The ways the result can be broken down, in the order of TeamSummary.breakdowns. */
const breakdownChoices = (pool: Pick<Pool, 'extraColumns'>): BreakdownBy[] => [{ kind: 'band' }, ...pool.extraColumns.map((_, column) => ({ kind: 'extra' as const, column }))];

/** Today as the round file records it (YYYY-MM-DD). */
const roundDate = () => new Date().toISOString().slice(0, 10);

export function summariseTeam(pool: Pool, data: SelfCheckData, minSize: number, date = roundDate()): TeamSummary {
  const breakdowns = breakdownChoices(pool).map((by) => breakdown(pool, data, by, minSize));
  return { breakdowns, round: summariseRound(pool, data, minSize, date, breakdowns[0]) };
}
