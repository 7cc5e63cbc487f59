/**
 * The optional sheets, each read by its slide kind's own reader. A workbook without a sheet simply
 * lacks that part of the model, and the slides that need it are skipped with a note.
 * To add a sheet: a field in `OptionalData` (model.ts) and one line here.
 */
import type { Diagnostic } from '../errors.js';
import type { OptionalData } from '../model/model.js';
import { readStakeholderSheets } from '../slides/org-chart/sheets.js';
import { readCharterSheet } from '../slides/charter/sheets.js';
import { readDivisionsSheet } from '../slides/division-map/sheets.js';
import { readMrrSheet } from '../slides/retention/sheets.js';
import { readSalesSheets } from '../slides/profit-matrix/sheets.js';
import { readScoringSheets } from '../slides/scoring/sheets.js';
import { readTeamSheets } from '../slides/team/sheets.js';
import { readTimelineSheet } from '../slides/timeline/sheets.js';
import type { SheetReaderContext } from './sheet-context.js';

type SheetReader<Value> = (
  context: SheetReaderContext,
  diagnostics: Diagnostic[],
) => Value | undefined;

const OPTIONAL_SHEET_READERS: {
  [Key in keyof OptionalData]-?: SheetReader<NonNullable<OptionalData[Key]>>;
} = {
  mrr: readMrrSheet,
  scoring: readScoringSheets,
  sales: readSalesSheets,
  stakeholders: readStakeholderSheets,
  timeline: readTimelineSheet,
  divisions: readDivisionsSheet,
  team: readTeamSheets,
  charter: readCharterSheet,
};

export function readOptionalSheets(
  context: SheetReaderContext,
  diagnostics: Diagnostic[],
): OptionalData {
  const data: Record<string, unknown> = {};
  for (const [key, read] of Object.entries(OPTIONAL_SHEET_READERS)) {
    const value = (read as SheetReader<unknown>)(context, diagnostics);
    if (value !== undefined) data[key] = value;
  }
  return data as OptionalData;
}
