/**
 * Grid rows → table rows: the values of the table's columns, blank text and holes as null, and
 * which of them are shown as percentages. Kept apart from build-table.ts, which decides the
 * columns.
 */
import type { GridRow } from './build-table.js';
import type { CellValue, RawRow } from './raw-table.js';

export function isEmptyCell(value: CellValue | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

/** `cells` with its first `count` values kept (holes and blank text as null) and nothing after. */
function keepFirst(cells: CellValue[], count: number): CellValue[] {
  for (let index = 0; index < count; index += 1) {
    if (index >= cells.length) cells.push(null);
    else if (isEmptyCell(cells[index])) cells[index] = null;
  }
  cells.length = count;
  return cells;
}

/** Which of the table's cells show a percentage; undefined when none does. */
function percentFlags(
  row: GridRow,
  columns: readonly number[],
  firstColumns: boolean,
): boolean[] | undefined {
  const flags = row.percentFormat;
  if (flags === undefined) return undefined;
  if (!firstColumns) {
    const mapped = columns.map((index) => flags[index] === true);
    return mapped.some(Boolean) ? mapped : undefined;
  }
  let any = false;
  for (let index = 0; index < columns.length; index += 1) {
    flags[index] = flags[index] === true;
    any ||= flags[index] === true;
  }
  flags.length = columns.length;
  return any ? flags : undefined;
}

/**
 * The row's values in the table's columns. When the table's columns are the first n of the sheet
 * (no spacer column), the grid row itself becomes the table row: a large sheet is not copied.
 */
export function toRawRow(row: GridRow, columns: readonly number[], firstColumns: boolean): RawRow {
  const cells = firstColumns
    ? keepFirst(row.cells, columns.length)
    : columns.map((index) => {
        const value = row.cells[index];
        return isEmptyCell(value) ? null : (value ?? null);
      });
  const percent = percentFlags(row, columns, firstColumns);
  const reusable = row.percentFormat === undefined || percent !== undefined;
  if (firstColumns && row.hidden === undefined && reusable) return row;
  const raw: RawRow = { row: row.row, cells };
  if (percent !== undefined) raw.percentFormat = percent;
  return raw;
}
