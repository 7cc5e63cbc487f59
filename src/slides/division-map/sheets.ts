/** Reading the Divisions sheet(s). PLACEHOLDER until the division-map slide is built. */
import type { Diagnostic } from '../../errors.js';
import type { DivisionData } from '../../model/divisions.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';

export function readDivisionsSheet(
  _context: SheetReaderContext,
  _diagnostics: Diagnostic[],
): DivisionData | undefined {
  return undefined;
}
