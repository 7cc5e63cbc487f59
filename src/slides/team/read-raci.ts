/**
 * Reading the RACI sheet: an Activity column, then one column per person or role whose cells hold
 * RACI letters (see raci-codes.ts). Headers are matched to the Team sheet's Names, then Roles; an
 * unmatched header is a warning (the column is still shown). Activities that break the RACI rules
 * (no A, several A, no R) are warnings at their row: the slide flags them too.
 */
import { errorAt, warningAt, type Diagnostic } from '../../errors.js';
import type { RawColumn, RawRow, RawTable } from '../../load/raw-table.js';
import type {
  RaciActivity,
  RaciColumn,
  RaciLetter,
  RaciSheet,
  TeamSheet,
} from '../../model/team.js';
import { nameMatches, normaliseName } from '../../validate/names.js';
import { parseText } from '../../validate/parse-cell.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';
import { findTable, mapColumns, tableLocation } from '../../validate/table.js';
import { matchRaciColumn, unmatchedHeaderMessage } from './match-columns.js';
import { parseRaciCode } from './raci-codes.js';
import { columnsWith, raciFlags, type RaciFlag } from './raci-flags.js';
import { ACTIVITY_COLUMN, RACI_IGNORED_HEADERS, RACI_SHEET } from './sheet-spec.js';

interface PartyColumn {
  index: number;
  column: RaciColumn;
}

function headerAt(table: RawTable, column: RawColumn) {
  return tableLocation(table, table.headerRow || undefined, column);
}

function hasValues(table: RawTable, index: number): boolean {
  return table.rows.some((row) => (row.cells[index] ?? null) !== null);
}

function partyColumns(
  table: RawTable,
  activityIndex: number,
  team: TeamSheet | undefined,
  diagnostics: Diagnostic[],
): PartyColumn[] {
  const parties: PartyColumn[] = [];
  const seen = new Map<string, RawColumn>();
  table.columns.forEach((raw, index) => {
    if (index === activityIndex) return;
    if (nameMatches(raw.header, RACI_IGNORED_HEADERS[0] ?? '', RACI_IGNORED_HEADERS)) return;
    const where = headerAt(table, raw);
    if (raw.header === '') {
      if (hasValues(table, index))
        diagnostics.push(
          errorAt(
            where,
            'has RACI letters but no header; write a Name or a Role in the header row',
          ),
        );
      return;
    }
    const first = seen.get(normaliseName(raw.header));
    if (first !== undefined) {
      diagnostics.push(
        errorAt(
          where,
          `"${raw.header}" appears again (first in column ${first.ref}); keep one column per person or role`,
        ),
      );
      return;
    }
    seen.set(normaliseName(raw.header), raw);
    const column = matchRaciColumn(raw.header, team);
    if (column.kind === 'unknown' && team !== undefined)
      diagnostics.push(warningAt(where, unmatchedHeaderMessage(raw.header, team)));
    parties.push({ index, column });
  });
  if (parties.length === 0)
    diagnostics.push(
      errorAt(
        tableLocation(table, table.headerRow || undefined),
        'no person or role columns; after Activity add one column per person or role',
      ),
    );
  return parties;
}

function flagMessage(activity: string, flag: RaciFlag, accountable: string[]): string {
  switch (flag) {
    case 'noAccountable':
      return `activity "${activity}" has no A: nobody answers for it; give exactly one person or role the A`;
    case 'severalAccountable':
      return `activity "${activity}" has ${accountable.length} As (${accountable.join(', ')}); exactly one person or role should answer for it`;
    case 'noResponsible':
      return `activity "${activity}" has no R: nobody is named to do it; give at least one person or role the R`;
  }
}

interface RowContext {
  table: RawTable;
  activityIndex: number;
  parties: PartyColumn[];
  firstRow: Map<string, number>;
}

function readRow(raw: RawRow, rc: RowContext, diagnostics: Diagnostic[]): RaciActivity | undefined {
  const { table, activityIndex, parties } = rc;
  const at = (index: number) => tableLocation(table, raw.row, table.columns[index]);
  const activity = parseText(raw.cells[activityIndex] ?? null);
  let valid = activity !== null;
  if (activity === null)
    diagnostics.push(errorAt(at(activityIndex), 'is empty; an activity is required'));
  const letters: RaciLetter[][] = parties.map((party) => {
    const parsed = parseRaciCode(raw.cells[party.index] ?? null);
    if (parsed.ok) return parsed.letters;
    diagnostics.push(errorAt(at(party.index), parsed.message));
    valid = false;
    return [];
  });
  if (!valid || activity === null) return undefined;
  const key = normaliseName(activity);
  const first = rc.firstRow.get(key);
  if (first !== undefined)
    diagnostics.push(
      warningAt(
        at(activityIndex),
        `activity "${activity}" appears again (first in row ${first}); both rows are shown`,
      ),
    );
  else rc.firstRow.set(key, raw.row);
  const accountable = columnsWith(letters, 'A').map((index) => parties[index]?.column.header ?? '');
  for (const flag of raciFlags(letters))
    diagnostics.push(warningAt(at(activityIndex), flagMessage(activity, flag, accountable)));
  return { activity, letters, row: raw.row };
}

export function readRaciSheet(
  context: SheetReaderContext,
  team: TeamSheet | undefined,
  diagnostics: Diagnostic[],
): RaciSheet | undefined {
  const table = findTable(context.workbook, RACI_SHEET.name, RACI_SHEET.aliases);
  if (table === undefined) return undefined;
  const mapped = mapColumns(table, [ACTIVITY_COLUMN]);
  diagnostics.push(...mapped.diagnostics);
  const activityIndex = mapped.columnIndex.get(ACTIVITY_COLUMN.key);
  if (activityIndex === undefined) return { sheet: table.sheet, columns: [], activities: [] };
  if (team === undefined)
    diagnostics.push(
      warningAt(
        { file: table.file, sheet: table.sheet },
        'there is no Team sheet, so the RACI columns cannot be checked against Names and Roles; add a Team sheet (Name, Role, Region, Accounts)',
      ),
    );
  const parties = partyColumns(table, activityIndex, team, diagnostics);
  const rc: RowContext = { table, activityIndex, parties, firstRow: new Map() };
  const activities = table.rows.flatMap((raw) => readRow(raw, rc, diagnostics) ?? []);
  return { sheet: table.sheet, columns: parties.map((party) => party.column), activities };
}
