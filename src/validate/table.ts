/**
 * Reading one raw table against its sheet spec: find the sheet, map the headers to the spec's
 * columns, run the row schema on every row and turn zod issues into located diagnostics.
 */
import type { z } from 'zod';
import { errorAt, type Diagnostic, type Location } from '../errors.js';
import type { CellValue, RawColumn, RawRow, RawTable, RawWorkbook } from '../load/raw-table.js';
import { editDistance, nameMatches, normaliseName, suggestName } from './names.js';
import type { ColumnSpec, SheetSpec } from './sheet-spec.js';

/** A validated row with where it came from, so later cross-sheet checks can point at it. */
export interface LocatedRow<Row> {
  value: Row;
  location: Location;
  /** Location of a given column's cell in this row. */
  cell: (key: string) => Location;
}

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

export function tableLocation(table: RawTable, row?: number, column?: RawColumn): Location {
  const location: Location = { file: table.file, sheet: table.sheet };
  if (row !== undefined) location.row = row;
  if (column !== undefined) {
    location.column = column.ref;
    location.header = column.header;
  }
  return location;
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

/**
 * The row handed to the schema: cells keyed by column key. Excel stores a cell shown as "150%" as
 * 1.5; for percentage columns such cells are passed on as "150%" text so they are not read as 1.5%.
 */
function rowObject(
  raw: RawRow,
  columns: readonly ColumnSpec[],
  columnIndex: Map<string, number>,
  percentKeys: ReadonlySet<string>,
): Record<string, CellValue> {
  // An optional column the sheet lacks reads as empty cells: cell schemas get null, never undefined.
  // (A plain loop: this runs for every row of every sheet.)
  const row: Record<string, CellValue> = {};
  for (const { key } of columns) row[key] = null;
  for (const [key, index] of columnIndex) {
    const cell = raw.cells[index] ?? null;
    const shownAsPercent =
      percentKeys.has(key) && typeof cell === 'number' && raw.percentFormat?.[index] === true;
    row[key] = shownAsPercent ? `${Number((cell * 100).toPrecision(15))}%` : cell;
  }
  return row;
}

function issueDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  cellAt: (key: string) => Location,
): Diagnostic[] {
  return issues.map((issue) => {
    const key = typeof issue.path[0] === 'string' ? issue.path[0] : '';
    return errorAt(cellAt(key), issue.message);
  });
}

/** Validates every row of `table` with the spec's row schema, collecting all problems. */
export function validateTable<Row>(
  table: RawTable,
  spec: SheetSpec<Row>,
  locale: string,
): TableResult<Row> {
  const { columnIndex, diagnostics } = mapColumns(table, spec.columns);
  if (diagnostics.length > 0) return { table, rows: [], columnIndex, diagnostics };
  const schema = spec.rowSchema(locale);
  const percentKeys = new Set(
    spec.columns.filter((column) => column.percent === true).map((column) => column.key),
  );
  const rows: LocatedRow<Row>[] = [];
  for (const raw of table.rows) {
    const cellAt = (key: string): Location => {
      const index = columnIndex.get(key);
      return tableLocation(table, raw.row, index === undefined ? undefined : table.columns[index]);
    };
    const parsed = schema.safeParse(rowObject(raw, spec.columns, columnIndex, percentKeys));
    if (parsed.success)
      rows.push({ value: parsed.data, location: tableLocation(table, raw.row), cell: cellAt });
    else diagnostics.push(...issueDiagnostics(parsed.error.issues, cellAt));
  }
  return { table, rows, columnIndex, diagnostics };
}
