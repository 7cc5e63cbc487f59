/**
 * Reading the Sales sheet and the optional Profit policies sheet for the profit matrix. Policies
 * without sales lines have nothing to apply to: the sheet is then ignored with a warning.
 */
import { warningAt, type Diagnostic } from '../../errors.js';
import type { SalesData } from '../../model/sales.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';
import { findTable, tableLocation } from '../../validate/table.js';
import { POLICIES_SHEET, readPoliciesSheet } from './policies-sheet.js';
import { readSalesSheet } from './sales-sheet.js';
import { SALES_SHEET } from './sales-spec.js';

export function readSalesSheets(
  context: SheetReaderContext,
  diagnostics: Diagnostic[],
): SalesData | undefined {
  const sales = readSalesSheet(context, diagnostics);
  if (sales === undefined) {
    const policies = findTable(context.workbook, POLICIES_SHEET.name, POLICIES_SHEET.aliases);
    if (policies !== undefined)
      diagnostics.push(
        warningAt(
          tableLocation(policies),
          `the policies are not used: the workbook has no "${SALES_SHEET.name}" sheet for the profit matrix`,
        ),
      );
    return undefined;
  }
  const policies = readPoliciesSheet(context, diagnostics);
  return policies === undefined ? sales : { ...sales, policies };
}
