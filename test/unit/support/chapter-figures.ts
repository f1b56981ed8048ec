/**
 * Checks the figures a chapter derives from other figures on the same page, so that prose and tables cannot drift
 * apart (the worked case once said a ratio "exceeded 1" beside a table giving 14 : 15).
 */

/** `P%（N人中M人）`, `P%（N部署中M）`: the percentage must be M / N rounded to a whole number. */
export function percentProblems(text: string): string[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)%（(\d+)[^\d（）]*中(\d+)[^\d（）]*）/g)].flatMap(([all, p, n, m]) => {
    const exact = (100 * Number(m)) / Number(n);
    const decimals = p!.split('.')[1]?.length ?? 0;
    return Number(p) === Number(exact.toFixed(decimals)) ? [] : [`${all}: ${m}/${n} は ${exact.toFixed(1)}%`];
  });
}

/** Cells of every Markdown table in the text, column by column (one array of cell texts per column of a table). */
export function tableColumns(text: string): string[][] {
  const columns: string[][] = [];
  for (const block of text.split(/\n(?!\|)/).map((b) => b.trim()).filter((b) => b.startsWith('|'))) {
    const rows = block.split('\n').filter((r) => !/^\|[\s|:-]+\|$/.test(r)).map((r) => r.replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
    const width = Math.max(...rows.map((r) => r.length));
    for (let c = 0; c < width; c++) columns.push(rows.map((r) => r[c] ?? ''));
  }
  return columns;
}

/**
 * `A対B（R）` in the prose: R must be A / B to the decimals written, and A and B must both stand as cells of one
 * column of a table on the page (the figures the sentence cites).
 */
export function ratioProblems(text: string): string[] {
  const columns = tableColumns(text);
  const number = (cell: string) => cell.match(/^(\d+)\D*$/)?.[1];
  return [...text.matchAll(/(\d+)対(\d+)（(\d+\.\d+)）/g)].flatMap(([all, a, b, r]) => {
    const problems: string[] = [];
    const exact = (Number(a) / Number(b)).toFixed(r!.split('.')[1]!.length);
    if (exact !== r) problems.push(`${all}: ${a}/${b} は ${exact}`);
    if (!columns.some((col) => col.map(number).includes(a) && col.map(number).includes(b))) problems.push(`${all}: ${a} と ${b} が同じ表の同じ列にない`);
    return problems;
  });
}
