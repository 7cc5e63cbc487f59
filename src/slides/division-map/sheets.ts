/**
 * Reading the Divisions sheet: Account ID, Client division, then one column per offering whose
 * cells hold a status and an optional value ("Active: 120000"). An Account name column and note
 * columns are allowed and ignored; every other column is an offering.
 */
import { errorAt, warningAt, type Diagnostic } from '../../errors.js';
import type { RawColumn, RawTable } from '../../load/raw-table.js';
import type { ClientDivision, DivisionCell, DivisionData } from '../../model/divisions.js';
import { nameMatches, normaliseName } from '../../validate/names.js';
import { parseText } from '../../validate/parse-cell.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';
import type { ColumnSpec } from '../../validate/sheet-spec.js';
import { ACCOUNT_ID_COLUMN, ACCOUNT_NAME_ALIASES } from '../../validate/sheets/accounts.js';
import { findTable, mapColumns, tableLocation } from '../../validate/table.js';
import { readDivisionCell } from './cell-status.js';

export const DIVISIONS_SHEET = {
  name: 'Divisions',
  aliases: ['Division map', 'Client divisions', 'Whitespace', 'Whitespace map', 'Account map'],
};

export const DIVISION_COLUMNS: readonly ColumnSpec[] = [
  ACCOUNT_ID_COLUMN,
  {
    key: 'division',
    header: 'Client division',
    aliases: ['Division', 'Client unit', 'Business unit', 'BU', 'Department', 'Divisione'],
    required: true,
    description: "A division, department or site of the client's organisation.",
  },
];

/** Columns that are neither keys nor offerings. */
const IGNORED_HEADERS = [
  'Account',
  ...ACCOUNT_NAME_ALIASES,
  'Notes',
  'Note',
  'Comment',
  'Comments',
];

interface OfferingColumn {
  index: number;
  name: string;
}

function offeringColumns(
  table: RawTable,
  keyIndexes: ReadonlySet<number>,
  diagnostics: Diagnostic[],
): OfferingColumn[] {
  const offerings: OfferingColumn[] = [];
  const seen = new Map<string, RawColumn>();
  table.columns.forEach((column, index) => {
    if (
      keyIndexes.has(index) ||
      nameMatches(column.header, IGNORED_HEADERS[0] ?? '', IGNORED_HEADERS)
    )
      return;
    const where = tableLocation(table, table.headerRow || undefined, column);
    if (column.header === '') {
      diagnostics.push(
        errorAt(where, "has values but no header; write the offering's name in the header row"),
      );
      return;
    }
    const first = seen.get(normaliseName(column.header));
    if (first !== undefined) {
      diagnostics.push(
        errorAt(
          where,
          `offering "${column.header}" appears again (first in column ${first.ref}); keep one column per offering`,
        ),
      );
      return;
    }
    seen.set(normaliseName(column.header), column);
    offerings.push({ index, name: column.header });
  });
  if (offerings.length === 0 && table.columns.length > 0) {
    diagnostics.push(
      errorAt(
        tableLocation(table, table.headerRow || undefined),
        'no offering columns; after Account ID and Client division add one column per offering',
      ),
    );
  }
  return offerings;
}

interface RowContext {
  table: RawTable;
  idIndex: number;
  divisionIndex: number;
  offerings: OfferingColumn[];
  context: SheetReaderContext;
  firstRow: Map<string, number>;
}

function readRow(
  row: RawTable['rows'][number],
  rc: RowContext,
  diagnostics: Diagnostic[],
): ClientDivision | undefined {
  const { table, idIndex, divisionIndex, offerings, context } = rc;
  const at = (index: number) => tableLocation(table, row.row, table.columns[index]);
  const accountId = parseText(row.cells[idIndex] ?? null);
  const division = parseText(row.cells[divisionIndex] ?? null);
  let valid = true;
  if (accountId === null)
    diagnostics.push(errorAt(at(idIndex), 'is empty; an account ID is required'));
  else if (!context.accountIds.has(accountId)) {
    diagnostics.push(
      errorAt(
        at(idIndex),
        `account "${accountId}" is not in the Accounts sheet; add it there or remove this row`,
      ),
    );
    valid = false;
  }
  if (division === null)
    diagnostics.push(errorAt(at(divisionIndex), 'is empty; a client division is required'));
  const cells: DivisionCell[] = [];
  for (const offering of offerings) {
    const read = readDivisionCell(row.cells[offering.index] ?? null, context.locale);
    if (read.ok) cells.push(read.cell);
    else {
      diagnostics.push(errorAt(at(offering.index), read.message));
      valid = false;
    }
  }
  if (accountId === null || division === null || !valid) return undefined;
  const key = JSON.stringify([accountId, division.toLowerCase()]);
  const first = rc.firstRow.get(key);
  if (first !== undefined) {
    diagnostics.push(
      errorAt(
        at(divisionIndex),
        `division "${division}" of account "${accountId}" appears again (first in row ${first}); put one row per division`,
      ),
    );
    return undefined;
  }
  rc.firstRow.set(key, row.row);
  if (offerings.length > 0 && cells.every((cell) => cell.status === 'None'))
    diagnostics.push(
      warningAt(
        tableLocation(table, row.row),
        `division "${division}" has no status in any offering; all its cells count as whitespace`,
      ),
    );
  return { accountId, division, cells, row: row.row };
}

export function readDivisionsSheet(
  context: SheetReaderContext,
  diagnostics: Diagnostic[],
): DivisionData | undefined {
  const table = findTable(context.workbook, DIVISIONS_SHEET.name, DIVISIONS_SHEET.aliases);
  if (table === undefined) return undefined;
  const mapped = mapColumns(table, DIVISION_COLUMNS);
  diagnostics.push(...mapped.diagnostics);
  const idIndex = mapped.columnIndex.get('id');
  const divisionIndex = mapped.columnIndex.get('division');
  if (idIndex === undefined || divisionIndex === undefined)
    return { sheet: table.sheet, offerings: [], divisions: [] };
  const offerings = offeringColumns(table, new Set([idIndex, divisionIndex]), diagnostics);
  const rc: RowContext = { table, idIndex, divisionIndex, offerings, context, firstRow: new Map() };
  const divisions = table.rows.flatMap((row) => readRow(row, rc, diagnostics) ?? []);
  return { sheet: table.sheet, offerings: offerings.map((offering) => offering.name), divisions };
}
