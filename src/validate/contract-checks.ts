/**
 * Checks of the workbook against the input contract as a whole, before any sheet is read:
 * sheets kamdeck does not know (a typo in a sheet name loses a whole sheet), a second sheet read
 * as the same one, headers that look like typos of a known column, and optional sheets left
 * empty, which are then treated as absent (a blank `kamdeck init` sheet must not be an error).
 */
import { warningAt, type Diagnostic } from '../errors.js';
import type { RawTable, RawWorkbook } from '../load/raw-table.js';
import { findSheetContract, INPUT_CONTRACT, isInstructionsSheet } from '../contract/registry.js';
import type { ColumnContract, SheetContract } from '../contract/types.js';
import { editDistance, nameMatches, normaliseName, suggestName } from './names.js';
import { tableLocation } from './table.js';

const KNOWN_SHEET_NAMES = INPUT_CONTRACT.flatMap((sheet) => [sheet.name, ...sheet.aliases]);

function unknownSheetWarning(table: RawTable): Diagnostic {
  const close = suggestName(table.sheet, KNOWN_SHEET_NAMES);
  const canonical = close === undefined ? undefined : findSheetContract(close)?.name;
  const hint =
    canonical === undefined
      ? '; rename it if it holds data for the deck'
      : ` (did you mean "${canonical}"?)`;
  return warningAt(
    { file: table.file, sheet: table.sheet },
    `sheet "${table.sheet}" is not a sheet kamdeck reads and is ignored${hint}`,
  );
}

/** Unknown sheets, and sheets that repeat one already found (only the first is read). */
export function checkSheetNames(workbook: RawWorkbook): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const first = new Map<SheetContract, RawTable>();
  for (const table of workbook.tables) {
    if (isInstructionsSheet(table.sheet)) continue;
    const contract = findSheetContract(table.sheet);
    if (contract === undefined) {
      diagnostics.push(unknownSheetWarning(table));
      continue;
    }
    const earlier = first.get(contract);
    if (earlier === undefined) first.set(contract, table);
    else
      diagnostics.push(
        warningAt(
          { file: table.file, sheet: table.sheet },
          `is read as the ${contract.name} sheet, but "${earlier.sheet}" is read already; this sheet is ignored`,
        ),
      );
  }
  return diagnostics;
}

function knownColumn(contract: SheetContract, header: string): boolean {
  return contract.columns.some((column) => nameMatches(header, column.header, column.aliases));
}

/** The known column whose name (or alias) is nearest to a near-miss header, if any. */
function closestColumn(contract: SheetContract, header: string): ColumnContract | undefined {
  let best: { column: ColumnContract; distance: number } | undefined;
  for (const column of contract.columns) {
    const known = suggestName(header, [column.header, ...column.aliases]);
    if (known === undefined) continue;
    const distance = editDistance(normaliseName(header), normaliseName(known));
    if (best === undefined || distance < best.distance) best = { column, distance };
  }
  return best?.column;
}

/** Headers one or two letters away from a known optional column that the sheet lacks. */
function nearMissColumns(table: RawTable, contract: SheetContract): Diagnostic[] {
  const present = (column: ColumnContract) =>
    table.columns.some((raw) => nameMatches(raw.header, column.header, column.aliases));
  const diagnostics: Diagnostic[] = [];
  for (const raw of table.columns) {
    if (raw.header === '' || knownColumn(contract, raw.header)) continue;
    const target = closestColumn(contract, raw.header);
    // A missing required column is already an error that names this header as the likely typo.
    if (target === undefined || target.required || present(target)) continue;
    diagnostics.push(
      warningAt(
        tableLocation(table, table.headerRow || undefined, raw),
        `column "${raw.header}" is not a column of the ${contract.name} sheet and is ignored (did you mean "${target.header}"?)`,
      ),
    );
  }
  return diagnostics;
}

export function checkColumnNames(workbook: RawWorkbook): Diagnostic[] {
  return workbook.tables.flatMap((table) => {
    const contract = findSheetContract(table.sheet);
    return contract?.fixedColumns === true ? nearMissColumns(table, contract) : [];
  });
}

function isEmptyOptionalSheet(table: RawTable): SheetContract | undefined {
  const contract = findSheetContract(table.sheet);
  if (contract === undefined || contract.required || contract.fields !== undefined)
    return undefined;
  return table.rows.length === 0 ? contract : undefined;
}

/**
 * The workbook without its empty optional sheets (header only, or nothing), which are treated as
 * absent so their slides are simply left out; one warning per sheet says so.
 */
export function withoutEmptySheets(workbook: RawWorkbook): {
  workbook: RawWorkbook;
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const tables = workbook.tables.filter((table) => {
    const contract = isEmptyOptionalSheet(table);
    if (contract === undefined) return true;
    const what = table.columns.length === 0 ? 'is empty' : 'has a header row but no data';
    diagnostics.push(
      warningAt(
        { file: table.file, sheet: table.sheet },
        `${what}; it is ignored, as if there were no ${contract.name} sheet (slides that need it are left out)`,
      ),
    );
    return false;
  });
  return { workbook: { ...workbook, tables }, diagnostics };
}
