/**
 * The example workbook of the input contract (what `kamdeck init` writes) as fixture sheets, so
 * tests can corrupt one cell of a complete, valid input and write it as xlsx, CSV or JSON.
 */
import { INPUT_CONTRACT } from '../../src/contract/registry.js';
import type { SheetContract } from '../../src/contract/types.js';
import type { FixtureCell, FixtureSheet } from './workbook.js';

/** The header row as init writes it: fixed columns, then the example extra columns. */
export function contractHeaders(sheet: SheetContract): string[] {
  return [...sheet.columns.map((column) => column.header), ...(sheet.more?.exampleHeaders ?? [])];
}

export function contractSheet(sheet: SheetContract): FixtureSheet {
  const headers = contractHeaders(sheet);
  const rows: FixtureCell[][] = sheet.examples.map((example) =>
    headers.map((header) => example[header] ?? null),
  );
  return { name: sheet.name, rows: [headers, ...rows] };
}

/** Every contract sheet with its example rows: a complete input that builds every slide. */
export function exampleSheets(): FixtureSheet[] {
  return INPUT_CONTRACT.map(contractSheet);
}
