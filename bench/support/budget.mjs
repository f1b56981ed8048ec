/**
 * Reads bench/budget.json and sets each recorded figure against its goal. A goal applies to every figure whose
 * name matches its key, where `*` stands for any text (`cls/*` covers every page type on every device).
 */
import { readFileSync } from 'node:fs';

export function loadBudget(path = new URL('../budget.json', import.meta.url)) {
  return JSON.parse(readFileSync(path, 'utf8')).goals;
}

const pattern = (key) => new RegExp(`^${key.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/**
 * One row per goal and matching figure: { goal, figure, value, unit, limit, over }. A goal with no figure
 * gives a row with value null (the bench that measures it did not run or could not measure it).
 */
export function judge(goals, figures) {
  const rows = [];
  for (const [key, goal] of Object.entries(goals)) {
    const re = pattern(key);
    const matching = figures.filter((f) => re.test(f.name));
    const limit = goal.max !== undefined ? `≤ ${goal.max}` : `≥ ${goal.min}`;
    if (matching.length === 0) rows.push({ goal: key, figure: key, value: null, unit: goal.unit ?? '', limit, over: false });
    for (const f of matching) {
      const over = goal.max !== undefined ? f.value > goal.max : f.value < goal.min;
      rows.push({ goal: key, figure: f.name, value: f.value, unit: f.unit, limit, over });
    }
  }
  return rows;
}

/** The table printed at the end of `npm run bench`. */
export function formatBudget(rows) {
  const width = Math.max(...rows.map((r) => r.figure.length), 6);
  const lines = [`${'figure'.padEnd(width)}  ${'value'.padStart(10)}  goal`];
  for (const r of rows) {
    const value = r.value === null ? 'not measured' : `${Number.isInteger(r.value) ? r.value : r.value.toFixed(r.value < 1 ? 3 : 1)} ${r.unit}`.trim();
    lines.push(`${r.figure.padEnd(width)}  ${value.padStart(10)}  ${r.limit}${r.over ? '   OVER' : ''}`);
  }
  const over = rows.filter((r) => r.over);
  lines.push(over.length ? `\n${over.length} figure(s) over their goal: ${over.map((r) => r.figure).join(', ')}` : '\nevery measured figure is within its goal');
  return lines.join('\n');
}
