/**
 * Merged cells, with the meaning kamdeck has always given them: a header or value merged down
 * (same column) belongs to each row it covers; one merged across belongs to its first column only,
 * otherwise one header "Notes" over C:D would become two columns named "Notes". The cells a merge
 * covers lose what they held themselves, problems included.
 */
import type { CellProblem, GridRow } from './build-table.js';
import type { CellValue } from './raw-table.js';
import type { MergedRange } from './xlsx-sheet-layout.js';

function rowAt(rows: Map<number, GridRow>, row: number): GridRow {
  let found = rows.get(row);
  if (found === undefined) {
    found = { row, cells: [] };
    rows.set(row, found);
  }
  return found;
}

function setCell(row: GridRow, index: number, value: CellValue, percent: boolean): void {
  row.cells[index] = value;
  if (percent) (row.percentFormat ??= [])[index] = true;
  else if (row.percentFormat?.[index] !== undefined) row.percentFormat[index] = false;
}

function applyMerge(rows: Map<number, GridRow>, range: MergedRange): void {
  const first = rows.get(range.top);
  const master = first?.cells[range.left - 1] ?? null;
  // Excel gives the covered cells the first cell's format, so its percentage flag too.
  const percent = first?.percentFormat?.[range.left - 1] === true;
  for (let number = range.top; number <= range.bottom; number += 1) {
    if (number > range.top && (master !== null || rows.has(number))) {
      setCell(rowAt(rows, number), range.left - 1, master, percent);
    }
    // Across: only cells that hold something need clearing (a merge may span every column).
    const row = rows.get(number);
    if (row === undefined) continue;
    const last = Math.min(range.right, row.cells.length);
    for (let index = range.left; index < last; index += 1) {
      if (row.cells[index] !== undefined) setCell(row, index, null, false);
    }
  }
}

function coveredBy(merges: readonly MergedRange[], problem: CellProblem): boolean {
  const col = problem.col + 1;
  return merges.some(
    (range) =>
      problem.row >= range.top &&
      problem.row <= range.bottom &&
      col >= range.left &&
      col <= range.right &&
      (problem.row !== range.top || col !== range.left),
  );
}

/** Applies `merges` to rows sorted by number; returns the rows (sorted) and the problems left. */
export function applyMerges(
  rows: readonly GridRow[],
  problems: readonly CellProblem[],
  merges: readonly MergedRange[],
): { rows: GridRow[]; problems: CellProblem[] } {
  if (merges.length === 0) return { rows: [...rows], problems: [...problems] };
  const byNumber = new Map(rows.map((row) => [row.row, row]));
  for (const range of merges) applyMerge(byNumber, range);
  return {
    rows: [...byNumber.values()].sort((a, b) => a.row - b.row),
    problems: problems.filter((problem) => !coveredBy(merges, problem)),
  };
}
