/**
 * Reading the Team sheet: one row per person (Name, Role, optional Region and Accounts). Names are
 * unique; every Account ID of the Accounts cell must be in the Accounts sheet.
 */
import { errorAt, warningAt, type Diagnostic, type Location } from '../../errors.js';
import type { TeamMember, TeamSheet } from '../../model/team.js';
import { normaliseName } from '../../validate/names.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';
import { findTable, validateTable } from '../../validate/table.js';
import { TEAM_SHEET } from './sheet-spec.js';

/** Account IDs are separated by commas, semicolons or line breaks (Alt+Enter in Excel). */
const ID_SEPARATORS = /[,;\n\r]+/;

function unknownIdMessage(id: string, known: ReadonlySet<string>): string {
  const sameLetters = [...known].find((candidate) => candidate.toLowerCase() === id.toLowerCase());
  const parts = id.split(/\s+/);
  let hint = '; add it to the Accounts sheet or remove it here';
  if (sameLetters !== undefined) hint = `; did you mean "${sameLetters}"?`;
  else if (parts.length > 1 && parts.every((part) => known.has(part)))
    hint = '; separate Account IDs with , or ;';
  return `account "${id}" is not in the Accounts sheet${hint}`;
}

/** The cell's Account IDs, each once and known; problems reported at the cell. */
export function readAccountIds(
  cell: string | undefined,
  known: ReadonlySet<string>,
  where: Location,
  diagnostics: Diagnostic[],
): string[] {
  if (cell === undefined) return [];
  const ids = new Set<string>(); // in the cell's order; a Set, since a KAM may list thousands
  for (const id of cell.split(ID_SEPARATORS).map((part) => part.trim())) {
    if (id === '') continue;
    if (!known.has(id)) diagnostics.push(errorAt(where, unknownIdMessage(id, known)));
    else if (ids.has(id))
      diagnostics.push(warningAt(where, `account "${id}" is listed twice; it counts once`));
    else ids.add(id);
  }
  return [...ids];
}

export function readTeamSheet(
  context: SheetReaderContext,
  diagnostics: Diagnostic[],
): TeamSheet | undefined {
  const table = findTable(context.workbook, TEAM_SHEET.name, TEAM_SHEET.aliases);
  if (table === undefined) return undefined;
  const validated = validateTable(table, TEAM_SHEET, context.locale);
  diagnostics.push(...validated.diagnostics);
  const firstRow = new Map<string, number>();
  const members: TeamMember[] = [];
  for (const row of validated.rows) {
    const { name, role, region, accounts } = row.value;
    const key = normaliseName(name);
    const first = firstRow.get(key);
    if (first !== undefined) {
      diagnostics.push(
        errorAt(
          row.cell('name'),
          `"${name}" appears again (first in row ${first}); write each person once`,
        ),
      );
      continue;
    }
    firstRow.set(key, row.location.row ?? 0);
    const accountIds = readAccountIds(
      accounts,
      context.accountIds,
      row.cell('accounts'),
      diagnostics,
    );
    members.push({
      name,
      role,
      ...(region === undefined ? {} : { region }),
      accountIds,
      row: row.location.row ?? 0,
    });
  }
  return { sheet: table.sheet, members };
}
