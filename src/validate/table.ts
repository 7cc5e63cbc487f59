/**
 * Reading one raw table against its sheet spec: find the sheet, map the headers to the spec's
 * columns, read every row (table-rows.ts) and collect the located diagnostics.
 */
import { errorAt, type Diagnostic, type Location } from '../errors.js';
import type { RawColumn, RawTable, RawWorkbook } from '../load/raw-table.js';
import { editDistance, nameMatches, normaliseName, suggestName } from './names.js';
import type { ColumnSpec, SheetSpec } from './sheet-spec.js';
import {
  cellLocation,
  readRowsWithReader,
  readRowsWithSchema,
  tableLocation,
  type LocatedRow,
  type RowHandler,
} from './table-rows.js';

export { tableLocation, type LocatedRow, type RowHandler } from './table-rows.js';

export interface TableResult<Row> {
  table: RawTable;
  rows: LocatedRow<Row>[];
  /** Spec column key → the raw column index it was matched to. */
  columnIndex: Map<string, number>;
  diagnostics: Diagnostic[];
}

export function findTable(
  workbook: RawWorkbook,
  name: string,
  aliases: readonly string[] = [],
): RawTable | undefined {
  return workbook.tables.find((table) => nameMatches(table.sheet, name, aliases));
}

export function findColumn(table: RawTable, spec: ColumnSpec): number {
  return table.columns.findIndex((column) => nameMatches(column.header, spec.header, spec.aliases));
}

/**
 * The header that is probably a typo of the spec's column ("Wieght" for "Weight"): the closest
 * near miss among the headers no other column of the sheet has claimed ("Start" is not a typo of
 * "Status" when Start is a column of its own).
 */
function nearMissColumn(
  table: RawTable,
  spec: ColumnSpec,
  claimed: ReadonlySet<number> = new Set(),
): RawColumn | undefined {
  let best: { column: RawColumn; distance: number } | undefined;
  table.columns.forEach((column, index) => {
    const known = suggestName(column.header, [spec.header, ...(spec.aliases ?? [])]);
    if (claimed.has(index) || known === undefined) return;
    const distance = editDistance(normaliseName(column.header), normaliseName(known));
    if (best === undefined || distance < best.distance) best = { column, distance };
  });
  return best?.column;
}

/** `no "Weight" column ("Wieght" looks close: did you mean "Weight"?); headers found: ...` */
export function missingColumnMessage(
  table: RawTable,
  spec: ColumnSpec,
  claimed?: ReadonlySet<number>,
): string {
  const suggestion = nearMissColumn(table, spec, claimed)?.header;
  const hint =
    suggestion === undefined
      ? ''
      : ` ("${suggestion}" looks close: did you mean "${spec.header}"?)`;
  const headers = table.columns.map((column) => `"${column.header}"`);
  const found = headers.length === 0 ? 'no headers' : headers.join(', ');
  return `no "${spec.header}" column${hint}; headers found: ${found}`;
}

/** Where a missing column is reported: the near-miss header cell, else the header row. */
export function missingColumnLocation(
  table: RawTable,
  spec: ColumnSpec,
  claimed?: ReadonlySet<number>,
): Location {
  return tableLocation(table, table.headerRow || undefined, nearMissColumn(table, spec, claimed));
}

/** Maps spec columns to raw columns; a missing required column is an error at the header row. */
export function mapColumns(table: RawTable, columns: readonly ColumnSpec[]) {
  const columnIndex = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  for (const spec of columns) {
    const index = findColumn(table, spec);
    if (index >= 0) columnIndex.set(spec.key, index);
  }
  const claimed = new Set(columnIndex.values());
  for (const spec of columns) {
    if (columnIndex.has(spec.key) || spec.required !== true) continue;
    diagnostics.push(
      errorAt(
        missingColumnLocation(table, spec, claimed),
        missingColumnMessage(table, spec, claimed),
      ),
    );
  }
  return { columnIndex, diagnostics };
}

/** A table whose columns are matched to a spec, ready to be read row by row. */
export interface OpenedTable<Row> {
  table: RawTable;
  /** Spec column key → the raw column index it was matched to. */
  columnIndex: Map<string, number>;
  /** Missing required columns; rows are read only when there are none. */
  diagnostics: Diagnostic[];
  /**
   * Reads every row (none when columns are missing): each row without problems goes to `onRow`
   * in sheet order; returns the problems found in cells.
   */
  readRows: (onRow: RowHandler<Row>) => Diagnostic[];
  /** Where a column's cell is in a sheet row (as `LocatedRow.cell`, from the row number alone). */
  cellAt: (row: number, key: string) => Location;
}

/** Matches the columns; the rows are read when asked, one at a time (for 100,000-row sheets). */
export function openTable<Row>(
  table: RawTable,
  spec: SheetSpec<Row>,
  locale: string,
): OpenedTable<Row> {
  const { columnIndex, diagnostics } = mapColumns(table, spec.columns);
  const matched = { table, columnIndex };
  const readRows = (onRow: RowHandler<Row>): Diagnostic[] => {
    const problems: Diagnostic[] = [];
    if (diagnostics.length > 0) return problems;
    if (spec.readRow !== undefined)
      readRowsWithReader(matched, spec.columns, spec.readRow(locale), onRow, problems);
    else readRowsWithSchema(matched, spec.columns, spec.rowSchema(locale), onRow, problems);
    return problems;
  };
  const cellAt = (row: number, key: string) => cellLocation(matched, row, key);
  return { table, columnIndex, diagnostics, readRows, cellAt };
}

/** Validates every row of `table` with the spec's row reader or schema, collecting all problems. */
export function validateTable<Row>(
  table: RawTable,
  spec: SheetSpec<Row>,
  locale: string,
): TableResult<Row> {
  const opened = openTable(table, spec, locale);
  const { columnIndex, diagnostics } = opened;
  if (diagnostics.length > 0) return { table, rows: [], columnIndex, diagnostics };
  const rows: LocatedRow<Row>[] = [];
  const problems = opened.readRows((row) => rows.push(row));
  return { table, rows, columnIndex, diagnostics: problems };
}
