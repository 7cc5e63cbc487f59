/**
 * Reading the rows of a raw table whose columns are matched: each row by the sheet's row reader
 * (or its zod row schema), problems turned into located diagnostics. Rows are located lazily — a
 * Location object is made only when a message or a later check asks for one — because a sheet may
 * hold 100,000 rows and most are never pointed at.
 */
import type { z } from 'zod';
import { errorAt, type Diagnostic, type Location } from '../errors.js';
import type { CellValue, RawColumn, RawRow, RawTable } from '../load/raw-table.js';
import { CellIssue } from './cell-readers.js';
import type { ColumnSpec, RowReader } from './sheet-spec.js';

/** A validated row with where it came from, so later cross-sheet checks can point at it. */
export interface LocatedRow<Row> {
  value: Row;
  /** Sheet row number (as `location.row`, without making a Location). */
  row: number;
  location: Location;
  /** Location of a given column's cell in this row. */
  cell: (key: string) => Location;
}

export function tableLocation(table: RawTable, row?: number, column?: RawColumn): Location {
  const location: Location = { file: table.file, sheet: table.sheet };
  if (row !== undefined) location.row = row;
  if (column !== undefined) {
    location.column = column.ref;
    location.header = column.header;
  }
  return location;
}

/** The table and its matched columns: what every row of it shares. */
export interface MatchedTable {
  table: RawTable;
  /** Spec column key → the raw column index it was matched to. */
  columnIndex: ReadonlyMap<string, number>;
}

export function cellLocation(matched: MatchedTable, row: number, key: string): Location {
  const index = matched.columnIndex.get(key);
  const column = index === undefined ? undefined : matched.table.columns[index];
  return tableLocation(matched.table, row, column);
}

class TableRow<Row> implements LocatedRow<Row> {
  constructor(
    readonly value: Row,
    readonly row: number,
    private readonly matched: MatchedTable,
  ) {}

  get location(): Location {
    return tableLocation(this.matched.table, this.row);
  }

  cell(key: string): Location {
    return cellLocation(this.matched, this.row, key);
  }
}

/**
 * A cell as the row reader gets it. Excel stores a cell shown as "150%" as 1.5; in percentage
 * columns such cells are passed on as "150%" text so they are not read as 1.5%.
 */
function cellValue(raw: RawRow, index: number | undefined, percent: boolean): CellValue {
  if (index === undefined) return null; // an optional column the sheet lacks reads as empty
  const cell = raw.cells[index] ?? null;
  return percent && typeof cell === 'number' && raw.percentFormat?.[index] === true
    ? `${Number((cell * 100).toPrecision(15))}%`
    : cell;
}

/** Called with each row read without a problem, in sheet order. */
export type RowHandler<Row> = (row: LocatedRow<Row>) => void;

/**
 * Every row read cell by cell: a row without problems goes to `onRow` as soon as it is read (so a
 * caller that keeps only part of it lets the rest go young), each problem into `diagnostics`.
 */
export function readRowsWithReader<Row>(
  matched: MatchedTable,
  columns: readonly ColumnSpec[],
  reader: RowReader<Row>,
  onRow: RowHandler<Row>,
  diagnostics: Diagnostic[],
): void {
  const percentKeys = new Set(columns.filter((c) => c.percent === true).map((c) => c.key));
  const fields = Object.entries(reader.cells).map(([key, read]) => ({
    key,
    read,
    index: matched.columnIndex.get(key),
    percent: percentKeys.has(key),
  }));
  for (const raw of matched.table.rows) {
    const values: Record<string, unknown> = {};
    let valid = true;
    for (const field of fields) {
      const value = field.read(cellValue(raw, field.index, field.percent));
      if (value instanceof CellIssue) {
        valid = false;
        diagnostics.push(errorAt(cellLocation(matched, raw.row, field.key), value.message));
      } else if (value !== undefined) values[field.key] = value;
    }
    if (valid) onRow(new TableRow(reader.build(values), raw.row, matched));
  }
}

/** The row handed to a zod row schema: cells keyed by column key (null for a missing column). */
function rowObject(
  raw: RawRow,
  columns: readonly ColumnSpec[],
  matched: MatchedTable,
  percentKeys: ReadonlySet<string>,
): Record<string, CellValue> {
  const row: Record<string, CellValue> = {};
  for (const { key } of columns) row[key] = null;
  for (const [key, index] of matched.columnIndex)
    row[key] = cellValue(raw, index, percentKeys.has(key));
  return row;
}

/** Every row parsed with the zod row schema, zod's issues turned into located diagnostics. */
export function readRowsWithSchema<Row>(
  matched: MatchedTable,
  columns: readonly ColumnSpec[],
  schema: z.ZodType<Row>,
  onRow: RowHandler<Row>,
  diagnostics: Diagnostic[],
): void {
  const percentKeys = new Set(columns.filter((c) => c.percent === true).map((c) => c.key));
  for (const raw of matched.table.rows) {
    const parsed = schema.safeParse(rowObject(raw, columns, matched, percentKeys));
    if (parsed.success) {
      onRow(new TableRow(parsed.data, raw.row, matched));
      continue;
    }
    for (const issue of parsed.error.issues) {
      const key = typeof issue.path[0] === 'string' ? issue.path[0] : '';
      diagnostics.push(errorAt(cellLocation(matched, raw.row, key), issue.message));
    }
  }
}
