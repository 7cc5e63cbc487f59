/** Reading the Charter sheet(s). PLACEHOLDER until the charter slide is built. */
import type { Diagnostic } from '../../errors.js';
import type { CharterData } from '../../model/charter.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';

export function readCharterSheet(
  _context: SheetReaderContext,
  _diagnostics: Diagnostic[],
): CharterData | undefined {
  return undefined;
}
