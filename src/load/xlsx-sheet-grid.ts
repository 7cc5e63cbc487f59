/**
 * One worksheet part → one Grid: the scanner's rows and cells read into values, then what the end
 * of the sheet says applied (hyperlinks, merged cells). Rows come out in row order and problems in
 * cell order, whatever order the XML wrote them in; a row or cell written twice keeps its last
 * version, as in Excel.
 */
import type { CellProblem, Grid, GridRow } from './build-table.js';
import type { CellValue } from './raw-table.js';
import { readCell } from './xlsx-cell.js';
import { applyMerges } from './xlsx-merges.js';
import { cellKey, hasValue, isFormula, type RawCell, type SheetContext } from './xlsx-raw-cell.js';
import { SheetDataScanner, type SheetSink } from './xlsx-sheet-scan.js';
import { readSheetLayout } from './xlsx-sheet-layout.js';
import { scanSheetChunks } from './xlsx-sheet-stream.js';
import { linkText, type ReadCell } from './xlsx-values.js';

interface OwnedProblem extends CellProblem {
  /** The row object the problem was found in; a row written again drops it. */
  owner: GridRow;
}

class GridBuilder implements SheetSink {
  readonly rows: GridRow[] = [];
  readonly problems: OwnedProblem[] = [];
  /** Rows not in ascending order, or written twice: sorted out at the end. */
  unordered = false;
  private current: GridRow | undefined;
  private readonly read: ReadCell = { value: null, problem: undefined, percent: false };

  constructor(readonly context: SheetContext) {}

  startRow(row: number, hidden: boolean): void {
    const last = this.rows.at(-1);
    if (last !== undefined && last.row >= row) this.unordered = true;
    // Rows of a sheet are alike: room for as many cells as the last one, and not a slot more.
    this.current = { row, cells: new Array<CellValue>(last?.cells.length ?? 0) };
    if (hidden) this.current.hidden = true;
    this.rows.push(this.current);
  }

  cell(cell: RawCell): void {
    const row = this.current;
    if (row === undefined) return;
    const valued = hasValue(cell) || isFormula(cell);
    // A bare <c/> is no cell; a styled empty one replaces an earlier cell at its place.
    if (!valued && cell.style === 0) return;
    const index = cell.col - 1;
    if (row.cells[index] !== undefined) this.forget(row, index);
    if (!valued) return;
    const { read } = this;
    readCell(cell, this.context, read);
    row.cells[index] = read.value;
    if (read.percent) (row.percentFormat ??= new Array<boolean>(row.cells.length))[index] = true;
    if (read.problem !== undefined) {
      this.problems.push({ row: cell.row, col: index, message: read.problem, owner: row });
    }
  }

  private forget(row: GridRow, index: number): void {
    row.cells[index] = null;
    if (row.percentFormat !== undefined) row.percentFormat[index] = false;
    const at = this.problems.findLastIndex((p) => p.owner === row && p.col === index);
    if (at !== -1) this.problems.splice(at, 1);
  }
}

function orderedRows(builder: GridBuilder): { rows: GridRow[]; problems: OwnedProblem[] } {
  if (!builder.unordered) return builder;
  const last = new Map<number, GridRow>();
  for (const row of builder.rows) last.set(row.row, row);
  const rows = [...last.values()].sort((a, b) => a.row - b.row);
  const problems = builder.problems.filter((problem) => last.get(problem.row) === problem.owner);
  return { rows, problems };
}

/**
 * A cell with a hyperlink reads as the text Excel shows for it (a linked number becomes its
 * digits, as exceljs read it); a linked cell with a problem keeps the problem.
 */
function applyHyperlinks(
  rows: readonly GridRow[],
  problems: readonly CellProblem[],
  linked: ReadonlySet<number>,
): void {
  if (linked.size === 0) return;
  const withProblem = new Set(problems.map((problem) => cellKey(problem.row, problem.col + 1)));
  for (const row of rows) {
    row.cells.forEach((value, index) => {
      const key = cellKey(row.row, index + 1);
      if (!linked.has(key) || withProblem.has(key) || value === null) return;
      row.cells[index] = linkText(value);
      if (row.percentFormat !== undefined) row.percentFormat[index] = false;
    });
  }
}

const byCell = (a: CellProblem, b: CellProblem): number => a.row - b.row || a.col - b.col;

/** What every sheet of a workbook reads with. */
export type WorkbookContext = Pick<SheetContext, 'sharedStrings' | 'styles' | 'date1904'>;

/** Reads the worksheet arriving in `chunks` into a Grid named `file` / `sheet`. */
export async function readSheetGrid(
  file: string,
  sheet: string,
  workbook: WorkbookContext,
  chunks: AsyncIterable<Buffer>,
): Promise<Grid> {
  const context: SheetContext = { ...workbook, xml: Buffer.alloc(0), sharedFormulas: new Map() };
  const builder = new GridBuilder(context);
  const tail = await scanSheetChunks(chunks, new SheetDataScanner(builder), (xml) => {
    context.xml = xml;
  });
  const layout = readSheetLayout(tail);
  const ordered = orderedRows(builder);
  applyHyperlinks(ordered.rows, ordered.problems, layout.hyperlinks);
  const merged = applyMerges(ordered.rows, ordered.problems, layout.merges);
  const problems = merged.problems.map(({ row, col, message }) => ({ row, col, message }));
  return { file, sheet, rows: merged.rows, problems: problems.sort(byCell) };
}
