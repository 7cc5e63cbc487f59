/** Reading the Sales, Profit policies sheet(s). PLACEHOLDER until the profit-matrix slide is built. */
import type { Diagnostic } from '../../errors.js';
import type { SalesData } from '../../model/sales.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';

export function readSalesSheets(
  _context: SheetReaderContext,
  _diagnostics: Diagnostic[],
): SalesData | undefined {
  return undefined;
}
